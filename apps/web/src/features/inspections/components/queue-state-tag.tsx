import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TQueueState } from '../../../lib/offline-queue.ts';

const COLORS: Record<TQueueState, string> = { waiting: 'gold', syncing: 'processing', synced: 'green', conflict: 'orange', failed: 'red' };

export function QueueStateTag({ state }: { state: TQueueState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="queue-state" data-state={state}>
      {t(`offline.states.${state}`)}
    </Tag>
  );
}
