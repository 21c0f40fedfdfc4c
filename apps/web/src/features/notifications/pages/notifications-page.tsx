import { useCallback } from 'react';
import { Button, List, Space } from 'antd';
import { CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TNotification } from '@shian/shared/notification';
import { useAction } from '../../../components/use-action.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listNotifications, readAllNotifications, readNotification } from '../api/notifications-api.ts';
import { NotificationItem } from '../components/notification-item.tsx';
import { useNotificationStream } from '../notification-live.ts';

const TABS = ['all', 'unread'] as const;

/** Every notification of the signed-in user, newest first; a new one appears without a reload. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const action = useAction();
  const list = useList({ params: { tab: oneOf(TABS, 'all') } }, ({ filters, page, pageSize }, signal) =>
    listNotifications({ unread: filters.tab === 'unread' ? 'true' : undefined, page, pageSize }, signal),
  );
  const { reload } = list;
  useNotificationStream(useCallback((event) => event.type === 'notification' && reload(), [reload]));

  async function open(n: TNotification) {
    if (!n.readAt) await readNotification(n.id).catch(() => undefined);
    navigate(n.link);
  }

  async function readAll() {
    if ((await action.run(readAllNotifications)) !== undefined) reload();
  }

  return (
    <ListShell
      list={list}
      title={t('notifications.title')}
      extra={
        <Space wrap>
          <Button size="small" icon={<CheckOutlined />} disabled={!list.data?.unread} loading={action.busy} onClick={() => void readAll()}>
            {t('notifications.readAll')}
          </Button>
          <Button size="small" icon={<SettingOutlined />} onClick={() => navigate('/notifications/settings')}>
            {t('notifications.settings')}
          </Button>
        </Space>
      }
      filters={<TabsFilter list={list} name="tab" options={TABS.map((value) => ({ value, label: t(`notifications.tabs.${value}`) }))} style={{ marginBottom: 12 }} />}
      emptyText={t('notifications.empty')}
      pagination={{ size: 'small' }}
      renderItem={(n) => (
        <List.Item key={n.id} style={{ cursor: 'pointer' }} onClick={() => void open(n)} data-testid="notification-row">
          <NotificationItem notification={n} />
        </List.Item>
      )}
    />
  );
}
