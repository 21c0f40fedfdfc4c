import { Badge, Space, Typography } from 'antd';
import type { TNotification } from '@shian/shared/notification';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../lib/i18n.ts';

/** One notification: unread ones marked with a dot and in bold. */
export function NotificationItem({ notification: n, compact }: { notification: TNotification; compact?: boolean }) {
  const lang = useLang();
  const text = (t: { zh: string; en: string }) => (lang === 'en' ? t.en : t.zh);
  return (
    <Space direction="vertical" size={0} style={{ width: '100%', minWidth: 0 }}>
      <Space size={6} align="start">
        <Badge status={n.readAt ? 'default' : 'processing'} />
        <Typography.Text strong={!n.readAt} ellipsis={compact ? { tooltip: text(n.title) } : false} style={{ maxWidth: compact ? 280 : undefined }}>
          {text(n.title)}
        </Typography.Text>
      </Space>
      {n.body && !compact && <Typography.Text type="secondary">{text(n.body)}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(n.createdAt)}
      </Typography.Text>
    </Space>
  );
}
