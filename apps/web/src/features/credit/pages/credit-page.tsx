import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Input, List, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { LIST_ENTRY_STATUSES, REPAIR_STATUSES } from '@shian/shared/credit';
import type { TOperatorSummary } from '@shian/shared/operator';
import { api, asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { useAction } from '../../../components/use-action.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../lib/i18n.ts';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { expireListings, exportCredit, listEntries, listRepairs } from '../api/credit-api.ts';
import { EntryStatusTag, groundText, RepairStatusTag } from '../components/credit-tags.tsx';

/** Staff: the serious-violation list, repair applications, the national export, and a way to an operator's record. */
export function CreditPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'entries';
  const items = [
    { key: 'entries', label: t('credit.tabs.entries'), children: <EntriesTab /> },
    { key: 'repairs', label: t('credit.tabs.repairs'), children: <RepairsTab /> },
    { key: 'lookup', label: t('credit.tabs.lookup'), children: <LookupTab /> },
    ...(can('credit.manage') ? [{ key: 'export', label: t('credit.tabs.export'), children: <ExportTab /> }] : []),
  ];
  return (
    <Card title={t('credit.title')}>
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key })} items={items} />
    </Card>
  );
}

function EntriesTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAuth();
  const { message } = App.useApp();
  // Prefixed keys: the repairs tab lists with the same names on the same page.
  const list = useList({ params: { status: oneOf(['all', ...LIST_ENTRY_STATUSES], 'all') }, prefix: 'entries.' }, ({ filters: { status }, page, pageSize }, signal) =>
    listEntries({ status: status === 'all' ? undefined : status, page, pageSize }, signal),
  );

  async function expire() {
    try {
      const { exited } = await expireListings();
      message.success(t('credit.expire.done', { count: exited }));
      list.reload();
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap justify="space-between">
        <TabsFilter
          list={list}
          name="status"
          options={[{ value: 'all', label: t('credit.filterAll') }, ...LIST_ENTRY_STATUSES.map((s) => ({ value: s, label: t(`credit.entryStatus.${s}`) }))]}
        />
        {can('credit.manage') && (
          <Button size="small" onClick={() => void expire()}>
            {t('credit.expire.button')}
          </Button>
        )}
      </Flex>
      <ListShell
        list={list}
        emptyText={t('credit.empty')}
        pagination={{ size: 'small' }}
        renderItem={(e) => (
          <List.Item key={e.id} data-testid="credit-entry-item">
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Link to={`/credit/list-entries/${e.id}`}>
                  <Typography.Text strong>{e.operatorName}</Typography.Text>
                </Link>
                <EntryStatusTag status={e.status} />
              </Flex>
              <Typography.Text type="secondary">{e.grounds.map((g) => groundText(g, lang)).join('；')}</Typography.Text>
              <Typography.Text type="secondary">
                {[e.penaltyDecisionNo, e.listedOn && `${t('credit.entry.listedOn')} ${e.listedOn}`, e.lastDay && `${t('credit.entry.lastDay')} ${e.lastDay}`]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

function RepairsTab() {
  const { t } = useTranslation();
  const list = useList({ params: { status: oneOf([...REPAIR_STATUSES, 'all'], 'submitted') }, prefix: 'repairs.' }, ({ filters: { status }, page, pageSize }, signal) =>
    listRepairs({ status: status === 'all' ? undefined : status, page, pageSize }, signal),
  );
  return (
    <Flex vertical gap={8}>
      <TabsFilter
        list={list}
        name="status"
        options={[...REPAIR_STATUSES.map((s) => ({ value: s, label: t(`credit.repairStatus.${s}`) })), { value: 'all', label: t('credit.filterAll') }]}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
      />
      <ListShell
        list={list}
        emptyText={t('credit.empty')}
        pagination={{ size: 'small' }}
        renderItem={(r) => (
          <List.Item key={r.id} data-testid="credit-repair-item">
            <Flex vertical gap={2}>
              <Flex gap={8} wrap align="center">
                <Link to={`/credit/list-entries/${r.entryId}`}>
                  <Typography.Text strong>{r.operatorName}</Typography.Text>
                </Link>
                <RepairStatusTag status={r.status} />
              </Flex>
              <Typography.Text type="secondary">
                {`${formatDateTime(r.submittedAt)} · ${r.status === 'submitted' ? t('credit.repair.acceptDueOn', { date: r.acceptDueOn }) : r.decideDueOn ? t('credit.repair.decideDueOn', { date: r.decideDueOn }) : ''}`}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

function LookupTab() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, loading } = useApi(
    (signal) => (q.length >= 2 ? api.get<{ items: TOperatorSummary[] }>('/api/operators', { q, pageSize: 20 }, signal) : Promise.resolve({ items: [] as TOperatorSummary[] })),
    [q],
  );
  return (
    <Flex vertical gap={8}>
      <Input.Search allowClear placeholder={t('credit.lookup.placeholder')} onSearch={(v) => setQ(v.trim())} enterButton data-testid="credit-lookup" />
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('credit.empty') }}
        renderItem={(o) => (
          <List.Item key={o.id} extra={<Link to={`/operators/${o.id}/credit`}>{t('credit.lookup.open')}</Link>}>
            <Flex vertical>
              <Typography.Text strong>{o.name}</Typography.Text>
              <Typography.Text type="secondary">{`${o.uscc} · ${o.unitName}`}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}

function ExportTab() {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  return (
    <Flex vertical gap={8} style={{ maxWidth: 560 }}>
      <Typography.Text strong>{t('credit.export.title')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('credit.export.hint')}</Typography.Paragraph>
      <DatePicker.RangePicker value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} allowClear={false} aria-label={t('credit.export.range')} />
      <Button type="primary" loading={busy} onClick={() => void run(() => exportCredit(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')))} data-testid="credit-export">
        {t('credit.export.download')}
      </Button>
    </Flex>
  );
}
