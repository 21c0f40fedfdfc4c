import { useState } from 'react';
import { App, Button, Empty, List, Select } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TPlanEntry } from '@shian/shared/plan';
import { asApiError } from '../../../api/client.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { matching, oneOf, UUID } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SelectFilter, TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { generatePlan, listPlanEntries, patchPlanEntry } from '../api/plans-api.ts';
import { PlanEntryCard } from '../components/plan-entry-card.tsx';
import { ReassignModal } from '../components/reassign-modal.tsx';

// China time: the plan month is the stations' month.
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const YEARS = [0, 1, 2, 3].map((i) => String(Number(today.slice(0, 4)) + 1 - i));
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

const params = {
  year: oneOf(YEARS, today.slice(0, 4)),
  month: oneOf(MONTHS, String(Number(today.slice(5, 7)))),
  stationId: matching(UUID),
  overdue: oneOf(['true'] as const),
};

export function PlanPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const org = useOrg();
  const ownStation = me?.scope === 'station' ? (me.stationId ?? undefined) : undefined;
  // 48 cards fill whole rows of one to four columns.
  const list = useList({ params, pageSize: 48 }, ({ filters, page, pageSize }, signal) =>
    listPlanEntries({ ...filters, year: Number(filters.year), month: Number(filters.month), stationId: ownStation ?? filters.stationId, page, pageSize }, signal),
  );
  const { year, month } = list.filters;
  const stationId = ownStation ?? list.filters.stationId;
  const [editing, setEditing] = useState<TPlanEntry | null>(null);
  const [generating, setGenerating] = useState(false);
  const manage = can('plan.manage');

  async function generate() {
    setGenerating(true);
    try {
      const result = await generatePlan({ year: Number(year), month: Number(month), stationId });
      message.success(t('plans.generated', result));
      list.reload();
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setGenerating(false);
    }
  }

  async function change(entry: TPlanEntry, patch: { inspectorIds?: string[]; status?: 'cancelled' }) {
    try {
      await patchPlanEntry(entry.id, { version: entry.version, ...patch });
      message.success(t('plans.saved'));
      setEditing(null);
      list.reload();
      return null;
    } catch (e) {
      const apiError = asApiError(e);
      if (apiError.status === 409) list.reload();
      return apiError.fields[0]?.message ?? apiError.message;
    }
  }

  const stations = org?.stations.filter((s) => s.kind === 'station') ?? [];

  return (
    <ListShell
      list={list}
      title={t('plans.title')}
      filters={
        <FilterBar>
          {/* Year and month always name one month, so they have no "clear". */}
          <Select
            value={year}
            onChange={(v) => list.set({ year: v })}
            options={YEARS.map((y) => ({ value: y, label: t('plans.yearOption', { y }) }))}
            style={{ width: 110 }}
            aria-label={t('plans.year')}
          />
          <Select
            value={month}
            onChange={(v) => list.set({ month: v })}
            options={MONTHS.map((m) => ({ value: m, label: t('plans.monthOption', { m }) }))}
            style={{ width: 90 }}
            aria-label={t('plans.month')}
            data-testid="plan-month"
          />
          {!ownStation && (
            <SelectFilter
              list={list}
              name="stationId"
              placeholder={t('plans.allStations')}
              options={stations.map((s) => ({ value: s.id, label: s.name }))}
              style={{ flex: '1 1 180px', minWidth: 160 }}
              aria-label={t('plans.station')}
            />
          )}
          <TabsFilter
            list={list}
            name="overdue"
            options={[
              { value: '', label: t('plans.all') },
              { value: 'true', label: t('plans.overdueOnly') },
            ]}
          />
          {manage && (
            <Button type="primary" icon={<ThunderboltOutlined />} loading={generating} onClick={generate} data-testid="plan-generate">
              {t('plans.generate')}
            </Button>
          )}
        </FilterBar>
      }
      emptyText={<Empty description={t('plans.empty')} />}
      grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 4 }}
      header={list.data && t('plans.count', { n: list.data.total })}
      renderItem={(entry) => (
        <List.Item>
          <PlanEntryCard entry={entry} manage={manage} onReassign={() => setEditing(entry)} onCancel={() => change(entry, { status: 'cancelled' })} />
        </List.Item>
      )}
    >
      {editing && <ReassignModal entry={editing} onClose={() => setEditing(null)} onSave={(inspectorIds) => change(editing, { inspectorIds })} />}
    </ListShell>
  );
}
