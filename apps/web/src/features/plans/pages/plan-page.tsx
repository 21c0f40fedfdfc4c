import { useState } from 'react';
import { App, Button, Card, Empty, Flex, List, Segmented, Select } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TPlanEntry } from '@shian/shared/plan';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { generatePlan, listPlanEntries, patchPlanEntry } from '../api/plans-api.ts';
import { PlanEntryCard } from '../components/plan-entry-card.tsx';
import { ReassignModal } from '../components/reassign-modal.tsx';

// China time: the plan month is the stations' month.
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const YEARS = [0, 1, 2, 3].map((i) => Number(today.slice(0, 4)) + 1 - i);

export function PlanPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const org = useOrg();
  const ownStation = me?.scope === 'station' ? (me.stationId ?? undefined) : undefined;
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const [stationId, setStationId] = useState<string | undefined>(ownStation);
  const [view, setView] = useState<'all' | 'overdue'>('all');
  const [editing, setEditing] = useState<TPlanEntry | null>(null);
  const [generating, setGenerating] = useState(false);
  const query = { year, month, stationId, overdue: view === 'overdue' ? 'true' : undefined, pageSize: 500 };
  const { data, error, loading, reload } = useApi((signal) => listPlanEntries(query, signal), [JSON.stringify(query)]);
  const manage = can('plan.manage');

  async function generate() {
    setGenerating(true);
    try {
      const result = await generatePlan({ year, month, stationId });
      message.success(t('plans.generated', result));
      reload();
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
      reload();
      return null;
    } catch (e) {
      const apiError = asApiError(e);
      if (apiError.status === 409) reload();
      return apiError.fields[0]?.message ?? apiError.message;
    }
  }

  if (error) return <LoadError error={error} onRetry={reload} />;
  const stations = org?.stations.filter((s) => s.kind === 'station') ?? [];

  return (
    <Card title={t('plans.title')}>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: t('plans.yearOption', { y }) }))}
          style={{ width: 110 }}
          aria-label={t('plans.year')}
        />
        <Select
          value={month}
          onChange={setMonth}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('plans.monthOption', { m: i + 1 }) }))}
          style={{ width: 90 }}
          aria-label={t('plans.month')}
          data-testid="plan-month"
        />
        {!ownStation && (
          <Select
            allowClear
            value={stationId}
            onChange={setStationId}
            placeholder={t('plans.allStations')}
            options={stations.map((s) => ({ value: s.id, label: s.name }))}
            style={{ flex: '1 1 180px', minWidth: 160 }}
            aria-label={t('plans.station')}
          />
        )}
        <Segmented
          value={view}
          onChange={(v) => setView(v as 'all' | 'overdue')}
          options={[
            { value: 'all', label: t('plans.all') },
            { value: 'overdue', label: t('plans.overdueOnly') },
          ]}
        />
        {manage && (
          <Button type="primary" icon={<ThunderboltOutlined />} loading={generating} onClick={generate} data-testid="plan-generate">
            {t('plans.generate')}
          </Button>
        )}
      </Flex>
      <List
        loading={loading}
        dataSource={data?.items}
        locale={{ emptyText: <Empty description={t('plans.empty')} /> }}
        grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 4 }}
        header={data && t('plans.count', { n: data.total })}
        renderItem={(entry) => (
          <List.Item>
            <PlanEntryCard entry={entry} manage={manage} onReassign={() => setEditing(entry)} onCancel={() => change(entry, { status: 'cancelled' })} />
          </List.Item>
        )}
      />
      {editing && <ReassignModal entry={editing} onClose={() => setEditing(null)} onSave={(inspectorIds) => change(editing, { inspectorIds })} />}
    </Card>
  );
}
