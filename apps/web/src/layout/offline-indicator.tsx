import { Badge, Button, Tooltip } from 'antd';
import { CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useDrafts, useOnline, useSyncWhenOnline } from '../lib/offline-queue.ts';

/** The network state and the drafts not yet on the server; leads to the queue. Also keeps the queue moving. */
export function OfflineIndicator({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const online = useOnline();
  const drafts = useDrafts() ?? [];
  useSyncWhenOnline();
  const pending = drafts.filter((d) => d.state !== 'synced').length;
  const conflict = drafts.some((d) => d.state === 'conflict' || d.state === 'failed');
  if (online && drafts.length === 0) return null;
  const label = online ? t('offline.indicator', { count: pending }) : t('offline.offline');
  return (
    <Tooltip title={online ? t('offline.queue') : `${t('offline.offline')} · ${t('offline.indicator', { count: pending })}`}>
      <Badge count={pending} size="small" color={conflict ? 'red' : 'gold'} offset={[-4, 4]}>
        <Button
          type="text"
          danger={!online}
          icon={online ? <CloudSyncOutlined /> : <DisconnectOutlined />}
          onClick={() => navigate('/inspections/offline')}
          data-testid="offline-indicator"
          data-online={online}
          data-pending={pending}
          aria-label={label}
        >
          {compact ? null : label}
        </Button>
      </Badge>
    </Tooltip>
  );
}
