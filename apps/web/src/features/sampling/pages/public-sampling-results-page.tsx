import { Card, DatePicker, Flex, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { VERDICTS } from '@shian/shared/sampling';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { SearchFilter, TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { listPublicResults } from '../api/sampling-api.ts';
import { PublicResultCard } from '../components/public-result-card.tsx';

/** A real calendar date as YYYY-MM-DD; anything else in the URL is dropped rather than sent to the server. */
const isoDate = (raw: string | null) => (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) && dayjs(raw).format('YYYY-MM-DD') === raw ? raw : undefined);
const PARAMS = { q: text(60), verdict: oneOf(VERDICTS), from: isoDate, to: isoDate };

/** Published sampling results for anyone: search by product, brand or business, filter by verdict and sampling date. */
export function PublicSamplingResultsPage() {
  const { t } = useTranslation();
  const list = useList({ params: PARAMS }, ({ filters: { from, to, ...filters }, page, pageSize }, signal) =>
    // A hand-edited URL whose end is before its start keeps the start only.
    listPublicResults({ ...filters, from, to: from && to && to < from ? undefined : to, page, pageSize }, signal),
  );
  const { from, to } = list.filters;
  const dateFilter = (name: 'from' | 'to') => (
    <DatePicker
      value={list.filters[name] ? dayjs(list.filters[name]) : null}
      onChange={(d) => list.set({ [name]: d ? d.format('YYYY-MM-DD') : undefined })}
      disabledDate={(d) => (name === 'to' ? !!from && d.isBefore(from, 'day') : !!to && d.isAfter(to, 'day'))}
      placeholder={t(`sampling.public.${name}`)}
      aria-label={t(`sampling.public.${name}`)}
      inputReadOnly
      data-testid={`public-sampling-${name}`}
      style={{ flex: 1, minWidth: 140 }}
    />
  );
  return (
    <PublicPage title={t('sampling.public.title')}>
      <Typography.Text type="secondary">{t('sampling.public.intro')}</Typography.Text>
      <Card size="small">
        <Flex vertical gap={8}>
          <SearchFilter list={list} name="q" enterButton placeholder={t('sampling.public.search')} aria-label={t('sampling.public.search')} data-testid="public-sampling-search" />
          <TabsFilter
            list={list}
            name="verdict"
            block
            aria-label={t('sampling.public.verdictFilter')}
            options={[{ value: '', label: t('sampling.all') }, ...VERDICTS.map((v) => ({ value: v, label: t(`sampling.verdicts.${v}`) }))]}
            data-testid="public-sampling-verdict"
          />
          <Flex gap={8}>
            {dateFilter('from')}
            {dateFilter('to')}
          </Flex>
        </Flex>
      </Card>
      <ListShell
        list={list}
        header={list.data && <Typography.Text data-testid="public-sampling-total">{t('sampling.public.total', { total: list.data.total })}</Typography.Text>}
        emptyText={t('sampling.public.empty')}
        pagination={{ size: 'small', align: 'center' }}
        renderItem={(r) => (
          <List.Item key={r.sampleNo} style={{ padding: '6px 0', borderBlockEnd: 'none' }}>
            <PublicResultCard result={r} />
          </List.Item>
        )}
      />
    </PublicPage>
  );
}
