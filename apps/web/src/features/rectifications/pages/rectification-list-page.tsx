import { App, Button, Card, List, Segmented } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { TRectification } from '@shian/shared/rectification';
import type { TQuery } from '../../../api/client.ts';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { escalateOverdue, listRectifications } from '../api/rectifications-api.ts';
import { RectificationItem } from '../components/rectification-item.tsx';

const TABS = ['review', 'outstanding', 'overdue', 'all'] as const;
type TTab = (typeof TABS)[number];
const QUERIES: Record<TTab, TQuery> = { review: { status: 'answered' }, outstanding: { status: 'open' }, overdue: { overdue: 'true' }, all: {} };

/** Staff: review queue and overdue list. Business: its rectification notices with the answer form. */
export function RectificationListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const business = me?.scope === 'operator';
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') ?? (business ? 'all' : 'review')) as TTab;
  const page = Number(params.get('page') ?? 1);
  const { data, error, loading, reload, setData } = useApi((signal) => listRectifications({ ...QUERIES[tab], page, pageSize: 20 }, signal), [tab, page]);
  if (error) return <LoadError error={error} onRetry={reload} />;

  function replace(next: TRectification) {
    if (data) setData({ ...data, items: data.items.map((r) => (r.id === next.id ? next : r)) });
  }

  async function escalate() {
    try {
      const { escalated } = await escalateOverdue();
      message.success(t('rectifications.escalatedCount', { count: escalated }));
      reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Card
      title={business ? t('rectifications.businessTitle') : t('rectifications.listTitle')}
      extra={
        can('rectification.review') && (
          <Button size="small" icon={<AlertOutlined />} onClick={() => void escalate()}>
            {t('rectifications.escalate')}
          </Button>
        )
      }
    >
      {!business && (
        <Segmented
          value={tab}
          options={TABS.map((value) => ({ value, label: t(`rectifications.tabs.${value}`) }))}
          onChange={(value) => setParams({ tab: value })}
          style={{ marginBottom: 12 }}
        />
      )}
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('rectifications.empty') }}
        pagination={data && data.total > 20 ? { current: page, pageSize: 20, total: data.total, size: 'small', onChange: (p) => setParams({ tab, page: String(p) }) } : false}
        renderItem={(r) => (
          <List.Item key={r.id}>
            <RectificationItem rectification={r} mayAnswer={business && can('rectification.answer')} mayReview={can('rectification.review')} onChange={replace} />
          </List.Item>
        )}
      />
    </Card>
  );
}
