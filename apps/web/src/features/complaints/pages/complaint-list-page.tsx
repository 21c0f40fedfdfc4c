import { App, Button, Col, Flex, List, Row } from 'antd';
import { AlertOutlined, AuditOutlined, PlusOutlined, QuestionCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  COMPLAINT_ISSUE_TYPE_NAMES,
  COMPLAINT_ISSUE_TYPES,
  COMPLAINT_KINDS,
  COMPLAINT_KIND_NAMES,
  COMPLAINT_MATCH_STATUS_NAMES,
  COMPLAINT_MATCH_STATUSES,
  COMPLAINT_STATUS_NAMES,
  COMPLAINT_STATUSES,
  COMPLAINT_TRADE_NAMES,
  COMPLAINT_TRADES,
} from '@shian/shared/complaint';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { useAction } from '../../../components/use-action.ts';
import { useLang } from '../../../lib/i18n.ts';
import { ExportButton } from '../../../components/list-shell/export-button.tsx';
import { matching, oneOf, text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { escalateComplaints, exportComplaints, listComplaints } from '../api/complaints-api.ts';
import { ComplaintItem } from '../components/complaint-item.tsx';

const FILTERS = ['status', 'overdue', 'kind', 'trade', 'issueType', 'unitCode', 'matchStatus', 'q'] as const;
type TFilter = (typeof FILTERS)[number];

/** Complaints in the user's scope, filtered in the URL (so a link or the back button keeps them). */
export function ComplaintListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me, can } = useAuth();
  const org = useOrg();
  const { busy, run } = useAction();
  const { message } = App.useApp();
  const list = useList(
    {
      params: {
        status: oneOf(COMPLAINT_STATUSES),
        overdue: oneOf(['true', 'false']),
        kind: oneOf(COMPLAINT_KINDS),
        trade: oneOf(COMPLAINT_TRADES),
        issueType: oneOf(COMPLAINT_ISSUE_TYPES),
        unitCode: matching(/^\d{12}$/),
        matchStatus: oneOf(COMPLAINT_MATCH_STATUSES),
        q: text(),
      },
    },
    ({ filters, page, pageSize }, signal) => listComplaints({ ...filters, page, pageSize }, signal),
  );
  const { filters } = list;
  const search = t('complaints.searchPlaceholder');
  const select = (key: TFilter, label: string, options: { value: string; label: string }[]) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <SelectFilter
        list={list}
        name={key}
        showSearch
        optionFilterProp="label"
        style={{ width: '100%' }}
        placeholder={label}
        aria-label={label}
        options={options}
        data-testid={`complaint-filter-${key}`}
      />
    </Col>
  );
  const district = me?.scope === 'district';

  async function escalate() {
    const result = await run(() => escalateComplaints());
    if (!result) return;
    message.success(t('complaints.escalatedCount', { count: result.escalated }));
    list.reload();
  }

  return (
    <ListShell
      list={list}
      title={t('complaints.listTitle')}
      filters={
        <>
          <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
            <SearchFilter list={list} name="q" enterButton placeholder={search} aria-label={search} style={{ flex: '1 1 260px', maxWidth: 420 }} />
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
              <ExportButton run={() => exportComplaints(filters)}>{t('complaints.export')}</ExportButton>
              {can('complaint.manage') && (
                <Button icon={<AlertOutlined />} loading={busy} onClick={() => void escalate()}>
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
            {select(
              'unitCode',
              t('complaints.filters.unit'),
              (org?.units ?? []).map((u) => ({ value: u.code, label: u.name })),
            )}
            {select('matchStatus', t('complaints.filters.matchStatus'), dictionaryOptions(COMPLAINT_MATCH_STATUS_NAMES, lang))}
            <Col xs={12} md={8} xl={4}>
              <Button block disabled={FILTERS.every((f) => !filters[f])} onClick={list.reset}>
                {t('complaints.filters.reset')}
              </Button>
            </Col>
          </Row>
        </>
      }
      emptyText={t('complaints.empty')}
      pagination={{ size: 'small', showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
      renderItem={(c) => (
        <List.Item key={c.id}>
          <ComplaintItem complaint={c} />
        </List.Item>
      )}
    />
  );
}
