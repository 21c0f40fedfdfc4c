import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TChecklistSummary } from '@shian/shared/checklist';
import { useApi } from '../../../api/use-api.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { listChecklists } from '../api/checklists-api.ts';

export const STATUS_COLORS = { draft: 'gold', published: 'green', retired: 'default' } as const;

export function ChecklistListPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi((signal) => listChecklists(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;
  return (
    <Card title={t('checklists.listTitle')}>
      <Table<TChecklistSummary>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('checklists.scope'), dataIndex: 'scope', render: (s: TChecklistSummary['scope']) => t(`checklists.scopes.${s}`) },
          { title: t('checklists.name'), dataIndex: 'name', render: (name: string, c) => <Link to={`/checklists/${c.id}`}>{name}</Link> },
          { title: t('checklists.versionNo'), dataIndex: 'versionNo', render: (v: number) => `v${v}` },
          { title: t('checklists.status'), dataIndex: 'status', render: (s: TChecklistSummary['status']) => <Tag color={STATUS_COLORS[s]}>{t(`checklists.statuses.${s}`)}</Tag> },
          { title: t('checklists.items'), dataIndex: 'itemCount' },
          { title: t('checklists.keyItems'), dataIndex: 'keyItemCount' },
          { title: t('checklists.publishedAt'), dataIndex: 'publishedAt', render: (v: string | null) => formatDateTime(v) },
        ]}
      />
    </Card>
  );
}
