import { Flex, List, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LEAD_MUSTS, type TLeadMust } from '@shian/shared/lead';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listMusts } from '../api/leads-api.ts';
import { DueTag, MustTags } from './due-tag.tsx';

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
          <Segmented
            value={list.filters.must ?? ''}
            options={[{ value: '', label: t('leads.musts.all') }, ...LEAD_MUSTS.map((m) => ({ value: m, label: `${t(`leads.musts.kinds.${m}`)} ${data?.counts[m] ?? ''}` }))]}
            onChange={(value) => list.set({ must: (value as TLeadMust | '') || undefined })}
            style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
            data-testid="musts-filter"
          />
        </>
      }
      emptyText={t('leads.musts.none')}
      pagination={{ size: 'small' }}
      renderItem={(lead) => (
        <List.Item key={lead.id} data-testid="must-item">
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap={8} wrap align="center">
              <Link to={`/leads/${lead.id}`}>
                <Typography.Text strong>{lead.operatorName ?? t('leads.noOperator')}</Typography.Text>
              </Link>
              <Tag>{t(`leads.sources.${lead.source}`)}</Tag>
              {lead.handlingUnitName && <Typography.Text type="secondary">{lead.handlingUnitName}</Typography.Text>}
            </Flex>
            <Typography.Text>{lead.summary}</Typography.Text>
            <Flex gap={4} wrap>
              <Typography.Text type="secondary">{`${t('leads.discoveredOn')} ${lead.discoveredOn}`}</Typography.Text>
              <DueTag lead={lead} />
              <MustTags musts={lead.musts} />
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}
