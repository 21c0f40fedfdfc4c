import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TDisposalClock } from '@shian/shared/disposal';

/** One statutory clock: done, days left, due today or overdue. */
export function ClockTag({ clock }: { clock: TDisposalClock }) {
  const { t } = useTranslation();
  const name = t(`disposals.clocks.${clock.kind}`);
  if (clock.doneAt) return <Tag color="green">{`${name} · ${t('disposals.done')}`}</Tag>;
  if (clock.overdue) return <Tag color="red">{`${name} · ${t('disposals.overdueBy', { count: -clock.daysLeft })}`}</Tag>;
  if (clock.daysLeft <= 0) return <Tag color="orange">{`${name} · ${clock.dueOn}`}</Tag>;
  return <Tag color={clock.daysLeft <= 2 ? 'orange' : 'blue'}>{`${name} · ${clock.dueOn} · ${t('disposals.daysLeft', { count: clock.daysLeft })}`}</Tag>;
}
