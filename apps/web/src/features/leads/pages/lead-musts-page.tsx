import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEAD_MUSTS } from '@shian/shared/lead';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listMusts } from '../api/leads-api.ts';
import { LeadItem } from './lead-item.tsx';

/** Every lead in scope breaking one of the four musts, with the count of each. */
export function LeadMustsPage() {
  const { t } = useTranslation();
  const list = useList({ params: { must: oneOf(LEAD_MUSTS) }, pageSize: 50 }, ({ filters, page, pageSize }, signal) => listMusts({ ...filters, page, pageSize }, signal));
  const { data } = list;
  return (
    <ListShell
      list={list}
      title={t('leads.musts.title')}
      filters={
        <>
          <Typography.Paragraph type="secondary">{t('leads.musts.hint')}</Typography.Paragraph>
          <TabsFilter
            list={list}
            name="must"
            options={[{ value: '', label: t('leads.musts.all') }, ...LEAD_MUSTS.map((m) => ({ value: m, label: `${t(`leads.musts.kinds.${m}`)} ${data?.counts[m] ?? ''}` }))]}
            style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
            data-testid="musts-filter"
          />
        </>
      }
      emptyText={t('leads.musts.none')}
      pagination={{ size: 'small' }}
      renderItem={(lead) => (
        <LeadItem key={lead.id} lead={lead} testId="must-item" badge={lead.handlingUnitName && <Typography.Text type="secondary">{lead.handlingUnitName}</Typography.Text>} />
      )}
    />
  );
}
