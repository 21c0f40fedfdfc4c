import { App, Button, List } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TRectification } from '@shian/shared/rectification';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import type { TQuery } from '../../../api/client.ts';
import { asApiError } from '../../../api/client.ts';
import { useAuth } from '../../../auth/auth-context.ts';
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
  const list = useList({ params: { tab: oneOf(TABS, business ? 'all' : 'review') } }, ({ filters, page, pageSize }, signal) =>
    listRectifications({ ...QUERIES[filters.tab], page, pageSize }, signal),
  );
  const { data, reload, setData } = list;

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
    <ListShell
      list={list}
      title={business ? t('rectifications.businessTitle') : t('rectifications.listTitle')}
      extra={
        can('rectification.review') && (
          <Button size="small" icon={<AlertOutlined />} onClick={() => void escalate()}>
            {t('rectifications.escalate')}
          </Button>
        )
      }
      filters={!business && <TabsFilter list={list} name="tab" options={TABS.map((value) => ({ value, label: t(`rectifications.tabs.${value}`) }))} style={{ marginBottom: 12 }} />}
      emptyText={t('rectifications.empty')}
      pagination={{ size: 'small' }}
      renderItem={(r) => (
        <List.Item key={r.id}>
          <RectificationItem rectification={r} mayAnswer={business && can('rectification.answer')} mayReview={can('rectification.review')} onChange={replace} />
        </List.Item>
      )}
    />
  );
}
