import { useEffect, useState } from 'react';
import { App, Button, Flex, InputNumber, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TAllocation } from '@shian/shared/targeting';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';
import { capacityDefaults, createAllocations, listAllocations } from '../api/targeting-api.ts';
import { AllocationCard } from './allocation-card.tsx';

// China time: the stations' week.
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
function addDays(day: string, n: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
const thisMonday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
const MONDAYS = [0, 1, 2, 3, 4].map((k) => addDays(thisMonday, 7 * k));

export function AllocationTab() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { busy, run } = useAction();
  // The week is the lists' filter and the week new lists are drawn up for; superseded lists are history.
  const lists = useList({ params: { weekStart: oneOf(MONDAYS, MONDAYS[1]) } }, ({ filters, page, pageSize }, signal) =>
    listAllocations({ ...filters, current: 'true', page, pageSize }, signal),
  );
  const { weekStart } = lists.filters;
  const [weeks, setWeeks] = useState(1);
  const [visits, setVisits] = useState<Record<string, number>>({});
  const capacities = useApi((signal) => capacityDefaults(weeks, signal), [weeks]);
  const manage = can('plan.manage');

  useEffect(() => {
    if (capacities.data) setVisits(Object.fromEntries(capacities.data.items.map((c) => [c.stationId, c.suggestedVisits])));
  }, [capacities.data]);

  async function generate() {
    const result = await run(() => createAllocations({ weekStart, weeks, capacities: Object.entries(visits).map(([stationId, v]) => ({ stationId, visits: v })) }));
    if (result) {
      message.success(t('targeting.generated', { count: result.items.length }));
      lists.reload();
    }
  }

  if (capacities.error) return <LoadError error={capacities.error} onRetry={capacities.reload} />;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          value={weekStart}
          onChange={(v) => lists.set({ weekStart: v })}
          options={MONDAYS.map((d) => ({ value: d, label: d }))}
          style={{ width: 140 }}
          aria-label={t('targeting.weekStart')}
          data-testid="allocation-week"
        />
        <Select
          value={weeks}
          onChange={setWeeks}
          options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('targeting.weeksOption', { n }) }))}
          style={{ width: 100 }}
          aria-label={t('targeting.weeks')}
        />
      </Flex>
      {manage && (
        <>
          <Typography.Text type="secondary">{t('targeting.capacityHint')}</Typography.Text>
          <List
            size="small"
            loading={capacities.loading}
            dataSource={capacities.data?.items ?? []}
            renderItem={(c) => (
              <List.Item key={c.stationId} data-testid="capacity-row">
                <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
                  <Flex vertical>
                    <Typography.Text>{c.stationName}</Typography.Text>
                    <Typography.Text type="secondary">{t('targeting.inspectors', { n: c.inspectors })}</Typography.Text>
                  </Flex>
                  <InputNumber
                    min={0}
                    max={5000}
                    precision={0}
                    value={visits[c.stationId]}
                    onChange={(v) => setVisits((all) => ({ ...all, [c.stationId]: v ?? 0 }))}
                    addonAfter={t('targeting.capacity')}
                    style={{ width: 170 }}
                    aria-label={`${c.stationName} ${t('targeting.capacity')}`}
                  />
                </Flex>
              </List.Item>
            )}
          />
          <Button type="primary" loading={busy} onClick={() => void generate()} disabled={!capacities.data?.items.length} data-testid="allocation-generate">
            {t('targeting.generate')}
          </Button>
        </>
      )}
      <Typography.Title level={5}>{t('targeting.lists')}</Typography.Title>
      <ListShell
        list={lists}
        emptyText={t('targeting.empty')}
        pagination={{ size: 'small' }}
        renderItem={(a: TAllocation) => (
          <List.Item key={a.id} style={{ display: 'block' }}>
            <AllocationCard allocation={a} manage={manage} onChanged={lists.reload} onError={(e) => message.error(asApiError(e).message)} />
          </List.Item>
        )}
      />
    </Flex>
  );
}
