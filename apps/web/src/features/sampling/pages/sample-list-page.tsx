import { Button, Flex, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { listSamples } from '../api/sampling-api.ts';
import { SampleVerdictTag } from '../components/sample-verdict-tag.tsx';

const FILTERS = ['all', 'sampled', 'conforming', 'nonconforming'] as const;

export function SampleListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useList({ params: { filter: oneOf(FILTERS, 'all') } }, ({ filters: { filter }, page, pageSize }, signal) =>
    listSamples({ ...(filter === 'sampled' ? { status: 'sampled' } : filter === 'all' ? {} : { verdict: filter }), page, pageSize }, signal),
  );
  const manage = can('sampling.manage');
  return (
    <ListShell
      list={list}
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
      filters={
        <TabsFilter
          list={list}
          name="filter"
          options={FILTERS.map((f) => ({
            value: f,
            label: f === 'all' ? t('sampling.all') : f === 'sampled' ? t('sampling.sampleStatuses.sampled') : t(`sampling.verdicts.${f}`),
          }))}
          style={{ marginBottom: 12 }}
        />
      }
      emptyText={t('sampling.empty')}
      pagination={{ size: 'small' }}
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
  );
}
