import { Card, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { CASE_STATUSES, type TCaseStatus } from '@shian/shared/enforcement-case';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listCases } from '../api/cases-api.ts';

export const STATUS_COLORS: Record<TCaseStatus, string> = {
  filing_pending: 'gold',
  investigating: 'blue',
  notified: 'cyan',
  decision_pending: 'gold',
  decided: 'geekblue',
  delivered: 'geekblue',
  executed: 'purple',
  closed: 'default',
  filing_rejected: 'default',
  transferred: 'magenta',
};

/** Cases in the user's scope, by state, searchable by party, cause or number. */
export function CaseListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as TCaseStatus | '';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? 1);
  const { data, error, loading, reload } = useApi((signal) => listCases({ status: status || undefined, q: q || undefined, page, pageSize: 20 }, signal), [status, q, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  const set = (next: Record<string, string>) => setParams(Object.fromEntries(Object.entries({ status, q, ...next }).filter(([, v]) => v)));
  return (
    <Card title={t('enforcementCases.title')}>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          value={status}
          style={{ minWidth: 160 }}
          onChange={(value) => set({ status: value, page: '' })}
          options={[{ value: '', label: t('enforcementCases.status.all') }, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`enforcementCases.status.${s}`) }))]}
        />
        <Input.Search allowClear defaultValue={q} placeholder={t('enforcementCases.search')} onSearch={(value) => set({ q: value, page: '' })} style={{ maxWidth: 320 }} />
      </Flex>
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('enforcementCases.empty') }}
        pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, size: 'small', onChange: (p) => set({ page: String(p) }) } : false}
        renderItem={(c) => (
          <List.Item key={c.id} data-testid="case-item">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Link to={`/cases/${c.id}`}>
                  <Typography.Text strong>{c.partyName}</Typography.Text>
                </Link>
                <Tag color={STATUS_COLORS[c.status]}>{t(`enforcementCases.status.${c.status}`)}</Tag>
                {c.overdue && <Tag color="red">{t('enforcementCases.overdue')}</Tag>}
                {!c.online && <Tag>{t('enforcementCases.paper')}</Tag>}
              </Flex>
              <Typography.Text>{c.cause}</Typography.Text>
              <Typography.Text type="secondary">
                {[c.caseNo, c.decisionNo, c.handlingUnitName, c.decisionDueOn && `${t('enforcementCases.clocks.decision')} ${c.decisionDueOn}`].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
