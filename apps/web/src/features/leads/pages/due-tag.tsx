import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLead, TLeadMust } from '@shian/shared/lead';

/** The assessment clock of a lead: days left, due today or overdue; nothing once assessed. */
export function DueTag({ lead }: { lead: TLead }) {
  const { t } = useTranslation();
  if (lead.daysLeft === null) return null;
  const label = `${t('leads.assessDueOn')} ${lead.assessDueOn}`;
  if (lead.daysLeft < 0) return <Tag color="red">{`${label} · ${t('leads.overdueBy', { count: -lead.daysLeft })}`}</Tag>;
  if (lead.daysLeft === 0) return <Tag color="orange">{`${label} · ${t('leads.dueToday')}`}</Tag>;
  return <Tag color={lead.daysLeft <= 3 ? 'orange' : 'blue'}>{`${label} · ${t('leads.dueIn', { count: lead.daysLeft })}`}</Tag>;
}

export function MustTags({ musts }: { musts: TLeadMust[] }) {
  const { t } = useTranslation();
  return (
    <>
      {musts.map((m) => (
        <Tag key={m} color="volcano" data-testid="must-tag">
          {t(`leads.musts.kinds.${m}`)}
        </Tag>
      ))}
    </>
  );
}
