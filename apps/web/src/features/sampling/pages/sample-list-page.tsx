import { Button, Card, Flex, List, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAuth } from '../../../auth/auth-context.ts';
import { listSamples } from '../api/sampling-api.ts';
import { SampleVerdictTag } from '../components/sample-verdict-tag.tsx';

const FILTERS = ['all', 'sampled', 'conforming', 'nonconforming'] as const;

export function SampleListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const filter = (params.get('filter') ?? 'all') as (typeof FILTERS)[number];
  const page = Number(params.get('page') ?? 1);
  const query = filter === 'sampled' ? { status: 'sampled' } : filter === 'all' ? {} : { verdict: filter };
  const { data, error, loading, reload } = useApi((signal) => listSamples({ ...query, page, pageSize: 20 }, signal), [filter, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  const manage = can('sampling.manage');
  return (
    <Card
      title={t('sampling.samplesTitle')}
      extra={
        manage && (
          <Space wrap>
            <Link to="/samples/import">{t('sampling.labImport')}</Link>
            <Link to="/samples/new">
              <Button type="primary">{t('sampling.newSample')}</Button>
            </Link>
          </Space>
        )
      }
    >
      <Segmented
        value={filter}
        options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('sampling.all') : f === 'sampled' ? t('sampling.sampleStatuses.sampled') : t(`sampling.verdicts.${f}`) }))}
        onChange={(value) => setParams(value === 'all' ? {} : { filter: value })}
        style={{ marginBottom: 12 }}
      />
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('sampling.empty') }}
        pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, onChange: (p) => setParams({ ...(filter === 'all' ? {} : { filter }), page: String(p) }), size: 'small' } : false}
        renderItem={(sample) => (
          <List.Item data-testid="sample-row">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Link to={`/samples/${sample.id}`}>
                {sample.productName} · {sample.sampleNo}
              </Link>
              <Flex gap={6} wrap align="center">
                <SampleVerdictTag status={sample.status} verdict={sample.verdict} />
                <Typography.Text type="secondary">{sample.operatorName}</Typography.Text>
                <Typography.Text type="secondary">{sample.sampledOn}</Typography.Text>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
