import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { TLead } from '@shian/shared/lead';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listLeads } from '../api/leads-api.ts';

/** Case leads with their source, until the enforcement module assesses them. */
export function LeadListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1);
  const { data, error, loading, reload } = useApi((signal) => listLeads({ page, pageSize: 20 }, signal), [page]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card title={t('leads.title')}>
      <Table<TLead>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('leads.empty') }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: (p) => setParams({ page: String(p) }) }}
        columns={[
          { title: t('leads.discoveredOn'), dataIndex: 'discoveredOn', width: 120 },
          { title: t('leads.source'), dataIndex: 'source', width: 120, render: (s: TLead['source']) => t(`leads.sources.${s}`) },
          { title: t('leads.operator'), dataIndex: 'operatorName' },
          { title: t('leads.summary'), dataIndex: 'summary' },
          { title: '', dataIndex: 'link', width: 100, render: (link: string | null) => link && <Link to={link}>{t('leads.open')}</Link> },
        ]}
      />
    </Card>
  );
}
