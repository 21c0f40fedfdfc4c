import { App, Button, Card, Col, Flex, Input, List, Row, Select } from 'antd';
import { AlertOutlined, AuditOutlined, DownloadOutlined, PlusOutlined, QuestionCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  COMPLAINT_ISSUE_TYPE_NAMES,
  COMPLAINT_KIND_NAMES,
  COMPLAINT_MATCH_STATUS_NAMES,
  COMPLAINT_STATUS_NAMES,
  COMPLAINT_TRADE_NAMES,
} from '@shian/shared/complaint';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { useLang } from '../../../locales/i18n.ts';
import { escalateComplaints, exportComplaints, listComplaints } from '../api/complaints-api.ts';
import { ComplaintItem } from '../components/complaint-item.tsx';

const FILTERS = ['status', 'overdue', 'kind', 'trade', 'issueType', 'unitCode', 'matchStatus', 'q'] as const;
type TFilter = (typeof FILTERS)[number];
const PAGE_SIZE = 20;

/** Complaints in the user's scope, filtered in the URL (so a link or the back button keeps them). */
export function ComplaintListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me, can } = useAuth();
  const org = useOrg();
  const { busy, run } = useAction();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? undefined])) as Record<TFilter, string | undefined>;
  const page = Number(params.get('page') ?? 1);
  const { data, error, loading, reload } = useApi((signal) => listComplaints({ ...filters, page, pageSize: PAGE_SIZE }, signal), [params.toString()]);
  if (error) return <LoadError error={error} onRetry={reload} />;

  const update = (patch: Partial<Record<TFilter, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setParams(next);
  };
  const select = (key: TFilter, label: string, options: { value: string; label: string }[]) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: '100%' }}
        placeholder={label}
        aria-label={label}
        value={filters[key]}
        options={options}
        onChange={(value: string | undefined) => update({ [key]: value })}
        data-testid={`complaint-filter-${key}`}
      />
    </Col>
  );
  const district = me?.scope === 'district';

  async function escalate() {
    const result = await run(() => escalateComplaints());
    if (!result) return;
    message.success(t('complaints.escalatedCount', { count: result.escalated }));
    reload();
  }

  return (
    <Card title={t('complaints.listTitle')}>
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search
          key={filters.q ?? ''}
          defaultValue={filters.q}
          allowClear
          enterButton
          placeholder={t('complaints.searchPlaceholder')}
          aria-label={t('complaints.searchPlaceholder')}
          style={{ flex: '1 1 260px', maxWidth: 420 }}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
        <Flex wrap gap={8}>
          {can('complaint.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/complaints/new')}>
              {t('complaints.create')}
            </Button>
          )}
          {can('complaint.manage') && district && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/complaints/import')} data-testid="complaint-import">
              {t('complaints.import')}
            </Button>
          )}
          <Button icon={<AuditOutlined />} onClick={() => navigate('/complaints/review')}>
            {t('complaints.review')}
          </Button>
          <Button icon={<QuestionCircleOutlined />} onClick={() => navigate('/complaints/unmatched')}>
            {t('complaints.unmatched')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run(() => exportComplaints(filters))}>
            {t('complaints.export')}
          </Button>
          {can('complaint.manage') && (
            <Button
              icon={<AlertOutlined />}
              loading={busy}
              onClick={() => void escalate()}
            >
              {t('complaints.escalate')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        {select('status', t('complaints.filters.status'), dictionaryOptions(COMPLAINT_STATUS_NAMES, lang))}
        {select('overdue', t('complaints.filters.overdue'), [
          { value: 'true', label: t('complaints.filters.overdueOnly') },
          { value: 'false', label: t('complaints.filters.onTime') },
        ])}
        {select('kind', t('complaints.filters.kind'), dictionaryOptions(COMPLAINT_KIND_NAMES, lang))}
        {select('trade', t('complaints.filters.trade'), dictionaryOptions(COMPLAINT_TRADE_NAMES, lang))}
        {select('issueType', t('complaints.filters.issueType'), dictionaryOptions(COMPLAINT_ISSUE_TYPE_NAMES, lang))}
        {select('unitCode', t('complaints.filters.unit'), (org?.units ?? []).map((u) => ({ value: u.code, label: u.name })))}
        {select('matchStatus', t('complaints.filters.matchStatus'), dictionaryOptions(COMPLAINT_MATCH_STATUS_NAMES, lang))}
        <Col xs={12} md={8} xl={4}>
          <Button block disabled={FILTERS.every((f) => !filters[f])} onClick={() => setParams({})}>
            {t('complaints.filters.reset')}
          </Button>
        </Col>
      </Row>
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('complaints.empty') }}
        pagination={
          data && data.total > PAGE_SIZE
            ? {
                current: page,
                pageSize: PAGE_SIZE,
                total: data.total,
                size: 'small',
                showSizeChanger: false,
                showTotal: (total) => t('common.total', { total }),
                onChange: (p) => {
                  const next = new URLSearchParams(params);
                  next.set('page', String(p));
                  setParams(next);
                },
              }
            : false
        }
        renderItem={(c) => (
          <List.Item key={c.id}>
            <ComplaintItem complaint={c} />
          </List.Item>
        )}
      />
    </Card>
  );
}
