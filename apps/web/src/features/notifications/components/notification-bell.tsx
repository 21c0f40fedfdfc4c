// The bell in the header: the unread count (live, from the stream), the newest notifications in a popover, and
// the popup for a new one in the one tab that claims it (notification-live.ts).
import { useCallback, useState } from 'react';
import { App, Badge, Button, Grid, List, Popover, Space } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { TNotification, TNotificationStreamEvent } from '@shian/shared/notification';
import { asApiError } from '../../../api/client.ts';
import { useLang } from '../../../lib/i18n.ts';
import { listNotifications, readAllNotifications, readNotification } from '../api/notifications-api.ts';
import { claimPopup, useNotificationStream } from '../notification-live.ts';
import { NotificationItem } from './notification-item.tsx';

const LATEST = 8;

export function NotificationBell() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { message, notification: popup } = App.useApp();
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<TNotification[] | null>(null);
  const text = useCallback((value: { zh: string; en: string }) => (lang === 'en' ? value.en : value.zh), [lang]);
  // On a phone the header leaves no room for a popover beside the bell: the bell opens the full list.
  const phone = !Grid.useBreakpoint().md;

  const load = useCallback(async () => {
    try {
      const page = await listNotifications({ pageSize: LATEST });
      setItems(page.items);
      setUnread(page.unread);
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }, [message]);

  const go = useCallback(
    async (n: TNotification) => {
      setOpen(false);
      if (!n.readAt) await readNotification(n.id).catch(() => undefined);
      navigate(n.link);
    },
    [navigate],
  );

  const onEvent = useCallback(
    (event: TNotificationStreamEvent) => {
      setUnread(event.unread);
      if (event.type !== 'notification') return;
      const n = event.notification;
      setItems((current) => (current ? [n, ...current.filter((i) => i.id !== n.id)].slice(0, LATEST) : current));
      void claimPopup(n.id).then((mine) => {
        if (!mine) return;
        popup.info({
          key: n.id,
          message: text(n.title),
          description: n.body ? text(n.body) : undefined,
          icon: <BellOutlined />,
          placement: 'topRight',
          onClick: () => {
            popup.destroy(n.id);
            void go(n);
          },
        });
      });
    },
    [popup, text, go],
  );
  useNotificationStream(onEvent);

  async function readAll() {
    try {
      await readAllNotifications();
      await load();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  const content = (
    <div style={{ width: 'min(360px, calc(100vw - 32px))' }} data-testid="notification-popover">
      <List
        size="small"
        loading={items === null}
        dataSource={items ?? []}
        locale={{ emptyText: t('notifications.empty') }}
        renderItem={(n) => (
          <List.Item key={n.id} style={{ cursor: 'pointer', paddingInline: 4 }} onClick={() => void go(n)}>
            <NotificationItem notification={n} compact />
          </List.Item>
        )}
      />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Button size="small" disabled={unread === 0} onClick={() => void readAll()}>
          {t('notifications.readAll')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            navigate('/notifications');
          }}
        >
          {t('notifications.viewAll')}
        </Button>
      </Space>
    </div>
  );

  const bell = (
    <Button type="text" aria-label={t('notifications.bell', { count: unread })} data-testid="notification-bell" onClick={phone ? () => navigate('/notifications') : undefined}>
      <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
        <BellOutlined style={{ fontSize: 16 }} />
      </Badge>
    </Button>
  );
  if (phone) return bell;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('notifications.title')}
      content={content}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void load();
      }}
    >
      {bell}
    </Popover>
  );
}
