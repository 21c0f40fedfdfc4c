import { App, Card, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_KINDS, type TNotificationChannelName, type TNotificationKind } from '@shian/shared/notification';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getPreferences, savePreferences } from '../api/notifications-api.ts';

/** Per kind, in the app on or off; SMS shown as not configured until a gateway is added (core/notify.ts). */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, loading, reload, setData } = useApi((signal) => getPreferences(signal), []);
  if (error) return <LoadError error={error} onRetry={reload} />;

  const enabled = (kind: TNotificationKind, channel: TNotificationChannelName) => data?.preferences.find((p) => p.kind === kind && p.channel === channel)?.enabled ?? true;
  const configured = (channel: TNotificationChannelName) => data?.channels.find((c) => c.channel === channel)?.configured ?? false;

  async function toggle(kind: TNotificationKind, channel: TNotificationChannelName, value: boolean) {
    try {
      setData(await savePreferences({ preferences: [{ kind, channel, enabled: value }] }));
      message.success(t('notifications.saved'));
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  const channelCell = (channel: TNotificationChannelName) => (kind: TNotificationKind) =>
    configured(channel) ? (
      <Switch
        size="small"
        checked={enabled(kind, channel)}
        aria-label={`${t(`notifications.kinds.${kind}`)} ${t(`notifications.channels.${channel}`)}`}
        onChange={(v) => void toggle(kind, channel, v)}
      />
    ) : (
      <Tag>{t('notifications.notConfigured')}</Tag>
    );

  return (
    <Card title={t('notifications.settings')}>
      <Table
        rowKey={(kind) => kind}
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data ? [...NOTIFICATION_KINDS] : []}
        columns={[
          { title: t('notifications.kind'), key: 'kind', render: (_, kind) => t(`notifications.kinds.${kind}`) },
          { title: t('notifications.channels.in-app'), key: 'in-app', width: 110, render: (_, kind) => channelCell('in-app')(kind) },
          { title: t('notifications.channels.sms'), key: 'sms', width: 110, render: (_, kind) => channelCell('sms')(kind) },
        ]}
      />
    </Card>
  );
}
