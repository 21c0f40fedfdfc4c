import { Card, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listInspections } from '../api/inspections-api.ts';
import { InspectionResultTag } from '../components/inspection-result-tag.tsx';

const STATUS_FILTERS = ['all', 'open', 'closed'] as const;

export function InspectionListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? 'all') as (typeof STATUS_FILTERS)[number];
  const page = Number(params.get('page') ?? 1);
  const { data, error, loading, reload } = useApi(
    (signal) => listInspections({ status: status === 'all' ? undefined : status, page, pageSize: 20 }, signal),
    [status, page],
  );
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card title={t('inspections.listTitle')}>
      <Segmented
        value={status}
        options={STATUS_FILTERS.map((s) => ({ value: s, label: s === 'all' ? t('inspections.filters.all') : t(`inspections.statuses.${s}`) }))}
        onChange={(value) => setParams(value === 'all' ? {} : { status: value })}
        style={{ marginBottom: 12 }}
      />
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('inspections.empty') }}
        pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, onChange: (p) => setParams({ ...(status === 'all' ? {} : { status }), page: String(p) }), size: 'small' } : false}
        renderItem={(inspection) => (
          <List.Item data-testid="inspection-row">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Link to={`/inspections/${inspection.id}`}>{inspection.operatorName}</Link>
              <Flex gap={6} wrap align="center">
                <Tag>{t(`inspections.kinds.${inspection.kind}`)}</Tag>
                <Typography.Text type="secondary">{inspection.inspectedOn}</Typography.Text>
                <InspectionResultTag result={inspection.result} status={inspection.status} />
                <Typography.Text type="secondary">{inspection.inspectors.map((i) => i.displayName).join('、')}</Typography.Text>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
