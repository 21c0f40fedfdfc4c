import { List, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_SCOPE } from '@shian/shared/access';
import type { TQuery } from '../../../api/client.ts';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { listProblems } from '../api/cadre-visits-api.ts';
import { ProblemItem } from '../components/problem-item.tsx';

const TABS = ['open', 'escalated', 'overdue', 'closed', 'all'] as const;
type TTab = (typeof TABS)[number];
const QUERIES: Record<TTab, TQuery> = { open: { status: 'open' }, escalated: { status: 'escalated' }, overdue: { overdue: 'true' }, closed: { status: 'closed' }, all: {} };

/** Problems cadres handed over: a station closes its own with evidence or escalates them; the office sees all. */
export function ProblemListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const station = me ? ROLE_SCOPE[me.role] === 'station' : false;
  // The URL keeps the status the workbench opened (status=open / escalated) as the tab.
  const list = useList({ params: { status: oneOf(TABS, station ? 'open' : 'all') } }, ({ filters, page, pageSize }, signal) =>
    listProblems({ ...QUERIES[filters.status], page, pageSize }, signal),
  );
  return (
    <ListShell
      list={list}
      title={t('cadreVisits.problemsTitle')}
      filters={
        <Segmented
          value={list.filters.status}
          options={TABS.map((value) => ({ value, label: t(`cadreVisits.tabs.${value}`) }))}
          onChange={(value) => list.set({ status: value })}
          style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        />
      }
      emptyText={t('cadreVisits.problemsEmpty')}
      pagination={{ size: 'small' }}
      renderItem={(p) => (
        <List.Item key={p.id}>
          <ProblemItem problem={p} mayHandle={can('cadre-problem.handle')} mayEscalate={station} showVisit onChange={list.reload} />
        </List.Item>
      )}
    />
  );
}
