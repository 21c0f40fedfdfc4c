import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TComplaintClock } from '@shian/shared/complaint';

/** One statutory clock in working days: done, days left, due today or overdue. */
export function ComplaintClockTag({ clock }: { clock: TComplaintClock }) {
  const { t } = useTranslation();
  const name = t(`complaints.clocks.${clock.kind}`);
  if (clock.doneAt) return <Tag color="green">{`${name} · ${t('complaints.done')}`}</Tag>;
  if (clock.overdue) return <Tag color="red">{`${name} · ${clock.dueOn} · ${t('complaints.overdueBy', { count: -clock.daysLeft })}`}</Tag>;
  if (clock.daysLeft <= 0) return <Tag color="orange">{`${name} · ${t('complaints.dueToday')}`}</Tag>;
  return <Tag color={clock.daysLeft <= 2 ? 'orange' : 'blue'}>{`${name} · ${clock.dueOn} · ${t('complaints.daysLeft', { count: clock.daysLeft })}`}</Tag>;
}
