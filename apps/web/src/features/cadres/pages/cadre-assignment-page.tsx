import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TAdjustmentDue, TAssignmentSuggestion, TOverloadedCadre } from '@shian/shared/cadre';
import { ADJUSTMENT_REASON_NAMES, CADRE_LEVEL_NAMES } from '@shian/shared/dictionary';
import { asApiError } from '../../../api/client.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { confirmAssignments, listDue, listOverloaded, suggestAssignments } from '../api/cadres-api.ts';
import { CadreSettingsTab } from './cadre-settings-tab.tsx';

const TABS = ['suggest', 'uncovered', 'overloaded', 'due', 'settings'] as const;

/** Assignments (包保分配): the rule's suggestion to review and confirm, uncovered subjects, overloaded cadres, changes due, the rule. */
export function CadreAssignmentPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((k) => k === search.get('tab')) ?? 'suggest';
  return (
    <Card title={t('cadres.assignmentsTitle')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key })}
        destroyOnHidden
        items={[
          { key: 'suggest', label: t('cadres.tabs.suggest'), children: <SuggestTab /> },
          { key: 'uncovered', label: t('cadres.tabs.uncovered'), children: <DueTab view="uncovered" /> },
          { key: 'overloaded', label: t('cadres.tabs.overloaded'), children: <OverloadedTab /> },
          { key: 'due', label: t('cadres.tabs.due'), children: <DueTab view="due" /> },
          { key: 'settings', label: t('cadres.settings.tab'), children: <CadreSettingsTab /> },
        ]}
      />
    </Card>
  );
}

function SuggestTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [items, setItems] = useState<TAssignmentSuggestion[]>();
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function suggest() {
    setBusy(true);
    try {
      const s = await suggestAssignments();
      setItems(s.items);
      setSelected(s.items.filter((i) => i.cadreId).map((i) => i.operatorId));
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setBusy(false);
    }
  }
  async function confirm() {
    setBusy(true);
    try {
      const chosen = items!.filter((i) => i.cadreId && selected.includes(i.operatorId)).map((i) => ({ operatorId: i.operatorId, cadreId: i.cadreId! }));
      const r = await confirmAssignments({ assignments: chosen });
      message.success(t('cadres.confirmed', { assigned: r.assigned + r.reassigned, skipped: r.skipped.length }));
      await suggest();
    } catch (e) {
      message.error(asApiError(e).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => void suggest()} data-testid="cadre-suggest">
          {t('cadres.runSuggest')}
        </Button>
        {items && items.length > 0 && (
          <Button loading={busy} disabled={selected.length === 0} onClick={() => void confirm()} data-testid="cadre-confirm">
            {t('cadres.confirm', { count: selected.length })}
          </Button>
        )}
      </Space>
      {items && items.length === 0 && <Alert type="success" showIcon message={t('cadres.allCovered')} data-testid="cadre-all-covered" />}
      {items && items.length > 0 && (
        <Table
          size="small"
          rowKey="operatorId"
          scroll={{ x: 'max-content' }}
          dataSource={items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (i) => ({ disabled: !i.cadreId }) }}
          columns={[
            { title: t('cadres.subject'), dataIndex: 'operatorName', render: (v: string, i) => <Link to={`/operators/${i.operatorId}`}>{v}</Link> },
            { title: t('cadres.unit'), dataIndex: 'unitName' },
            { title: t('cadres.grade'), dataIndex: 'riskGrade', render: (v: string | null) => v ?? '—' },
            { title: t('cadres.level'), dataIndex: 'level', render: (v: string) => nameIn(CADRE_LEVEL_NAMES, v, lang) },
            { title: t('cadres.currentCadre'), dataIndex: 'currentCadreName', render: (v: string | null) => v ?? '—' },
            {
              title: t('cadres.proposed'),
              dataIndex: 'cadreName',
              render: (v: string | null, i) => (v ? `${v}（${i.cadreLoad}）` : <Tag color="red">{t('cadres.noneFree')}</Tag>),
            },
          ]}
        />
      )}
    </Space>
  );
}

function DueTab({ view }: { view: 'due' | 'uncovered' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listDue(view, { page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      filters={
        list.data && (
          <Typography.Paragraph type="secondary" data-testid={`cadre-${view}-total`}>
            {t('cadres.total', { count: list.data.total })}
          </Typography.Paragraph>
        )
      }
      emptyText={t('cadres.nothingDue')}
      table={{ size: 'small', rowKey: 'operatorId', scroll: { x: 'max-content' } }}
      columns={[
        { title: t('cadres.subject'), dataIndex: 'operatorName', render: (v: string, d: TAdjustmentDue) => <Link to={`/operators/${d.operatorId}`}>{v}</Link> },
        { title: t('cadres.unit'), dataIndex: 'unitName' },
        { title: t('cadres.reason'), dataIndex: 'reason', render: (v: string) => nameIn(ADJUSTMENT_REASON_NAMES, v, lang) },
        { title: t('cadres.level'), dataIndex: 'requiredLevel', render: (v: string) => nameIn(CADRE_LEVEL_NAMES, v, lang) },
        { title: t('cadres.currentCadre'), dataIndex: 'cadreName', render: (v: string | null) => v ?? '—' },
        {
          title: t('cadres.dueOn'),
          dataIndex: 'dueOn',
          render: (v: string, d: TAdjustmentDue) => (
            <Space size={4} wrap>
              {v}
              <Tag color={d.overdue ? 'red' : d.workingDaysLeft <= 2 ? 'orange' : 'blue'}>
                {d.overdue ? t('cadres.overdue', { days: -d.workingDaysLeft }) : t('cadres.daysLeft', { days: d.workingDaysLeft })}
              </Tag>
            </Space>
          ),
        },
      ]}
    />
  );
}

function OverloadedTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useList({ params: {} }, ({ page, pageSize }, signal) => listOverloaded({ page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      emptyText={t('cadres.noneOverloaded')}
      table={{ size: 'small', rowKey: 'cadreId', scroll: { x: 'max-content' } }}
      columns={[
        { title: t('cadres.name'), dataIndex: 'name', render: (v: string, c: TOverloadedCadre) => <Link to={`/cadres/${c.cadreId}`}>{v}</Link> },
        { title: t('cadres.level'), dataIndex: 'level', render: (v: string) => nameIn(CADRE_LEVEL_NAMES, v, lang) },
        { title: t('cadres.unit'), dataIndex: 'unitName' },
        { title: t('cadres.subjects'), render: (_, c: TOverloadedCadre) => `${c.subjects} / ${c.limit}` },
      ]}
    />
  );
}
