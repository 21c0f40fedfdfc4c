import { App, Button, Card, Checkbox, Flex, Progress, Space, Tag, Typography } from 'antd';
import { MailOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { SELF_CHECK_ENTITY_KINDS, type TComplianceRow, type TSelfCheckSettings } from '@shian/shared/self-check';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { EChart } from '../../../components/echart.tsx';
import { FilterBar, SearchFilter, SelectFilter, TabsFilter } from '../../../components/list-shell/filters.tsx';
import { matching, oneOf, text } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAction } from '../../../components/use-action.ts';
import { complianceSummary, getSettings, listCompliance, updateSettings } from '../api/self-checks-api.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function UnitChart({ from, to }: { from?: string; to?: string }) {
  const { t } = useTranslation();
  const { data } = useApi((signal) => complianceSummary({ from, to }, signal), [from, to]);
  if (!data || data.length === 0) return null;
  return (
    <Card size="small" title={t('selfChecks.chartTitle')} data-testid="compliance-chart">
      <EChart
        height={Math.max(220, data.length * 28)}
        option={{
          tooltip: { trigger: 'axis' },
          legend: {},
          grid: { left: 8, right: 24, containLabel: true },
          xAxis: [
            { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
            { type: 'value', position: 'top' },
          ],
          yAxis: { type: 'category', inverse: true, data: data.map((u) => u.unitName) },
          series: [
            { name: t('selfChecks.chartRecorded'), type: 'bar', data: data.map((u) => Math.round(u.rate * 100)) },
            { name: t('selfChecks.chartBehind'), type: 'bar', xAxisIndex: 1, data: data.map((u) => u.behind) },
          ],
        }}
      />
    </Card>
  );
}

/** Who must keep the records (the department's setting). */
function RequiredKinds() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, setData } = useApi(getSettings, []);
  const { busy, run } = useAction();
  if (!data) return null;
  const current = data;
  async function change(kinds: TSelfCheckSettings['requiredEntityKinds']) {
    const saved = await run(() => updateSettings({ version: current.version, requiredEntityKinds: kinds }));
    if (saved) {
      setData(saved);
      message.success(t('selfChecks.settingsSaved'));
    }
  }
  return (
    <Card size="small" title={t('selfChecks.settingsTitle')}>
      <Checkbox.Group
        disabled={busy}
        value={data.requiredEntityKinds}
        onChange={(v) => void change(v)}
        options={SELF_CHECK_ENTITY_KINDS.map((k) => ({ value: k, label: t(`selfChecks.entityKinds.${k}`) }))}
      />
    </Card>
  );
}

/** 记录合规: the operators in scope that must keep the records, the worst first, with a reminder letter each and a chart by unit. */
export function CompliancePage() {
  const { t } = useTranslation();
  const org = useOrg();
  const { can } = useAuth();
  const navigate = useNavigate();
  const list = useList(
    { params: { behind: oneOf(['true', 'false'] as const), unitCode: matching(/^\d{12}$/), q: text(), from: matching(DATE), to: matching(DATE) } },
    ({ filters, page, pageSize }, signal) => listCompliance({ ...filters, page, pageSize }, signal),
  );
  const to = list.filters.to ?? chinaToday();
  const from = list.filters.from ?? `${to.slice(0, 4)}-01-01`;
  const dueTo = [to, addDays(chinaToday(), -1)].sort()[0];

  function remind(r: TComplianceRow) {
    const reason = t('selfChecks.remindReason', { name: r.operatorName, from, to: dueTo, due: r.daysDue, n: r.daysRecorded, weeks: r.weeksMissing, months: r.monthsMissing });
    navigate(`/notice-letters?create=reminder&operatorId=${r.operatorId}&reason=${encodeURIComponent(reason)}`);
  }

  return (
    <Flex vertical gap={12}>
      <ListShell
        list={list}
        title={t('selfChecks.complianceTitle')}
        testId="compliance-list"
        filters={
          <Flex vertical gap={8}>
            <FilterBar>
              <TabsFilter
                list={list}
                name="behind"
                options={[
                  { value: '', label: t('selfChecks.all') },
                  { value: 'true', label: t('selfChecks.behindOnly') },
                ]}
              />
              <SelectFilter
                list={list}
                name="unitCode"
                all={t('selfChecks.allUnits')}
                options={(org?.units ?? []).map((u) => ({ value: u.code, label: u.name }))}
                style={{ minWidth: 160 }}
              />
              <SearchFilter list={list} name="q" placeholder={t('selfChecks.search')} style={{ maxWidth: 260 }} />
            </FilterBar>
            <Typography.Text type="secondary">{t('selfChecks.window', { from, to })}</Typography.Text>
          </Flex>
        }
        emptyText={t('selfChecks.empty')}
        table={{ rowKey: 'operatorId', scroll: { x: 900 }, size: 'small' }}
        columns={[
          {
            key: 'operator',
            title: t('selfChecks.operator'),
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Link to={`/operators/${r.operatorId}`}>{r.operatorName}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.unitName}
                </Typography.Text>
              </Space>
            ),
          },
          {
            key: 'days',
            title: t('selfChecks.days'),
            width: 200,
            render: (_, r) => (
              <div>
                <Progress percent={Math.round(r.rate * 100)} size="small" status={r.behind ? 'exception' : 'success'} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('selfChecks.daysValue', { n: r.daysRecorded, due: r.daysDue })}
                </Typography.Text>
              </div>
            ),
          },
          { key: 'weeks', title: t('selfChecks.weeksMissing'), width: 90, render: (_, r) => (r.weeksMissing > 0 ? <Tag color="orange">{r.weeksMissing}</Tag> : 0) },
          { key: 'months', title: t('selfChecks.monthsMissing'), width: 100, render: (_, r) => (r.monthsMissing > 0 ? <Tag color="orange">{r.monthsMissing}</Tag> : 0) },
          { key: 'problems', title: t('selfChecks.problems'), width: 110, render: (_, r) => `${r.problems} / ${r.openProblems}` },
          { key: 'last', title: t('selfChecks.lastRecorded'), width: 110, render: (_, r) => r.lastRecordedOn ?? '—' },
          {
            key: 'flags',
            title: '',
            width: 180,
            render: (_, r) => (
              <Space wrap size={4}>
                {r.behind && <Tag color="red">{t('selfChecks.behind')}</Tag>}
                {r.allOk && <Tag color="gold">{t('selfChecks.allOk')}</Tag>}
                {r.behind && (
                  <Button size="small" icon={<MailOutlined />} onClick={() => remind(r)} data-testid={`remind-${r.operatorId}`}>
                    {t('selfChecks.remind')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UnitChart from={list.filters.from} to={list.filters.to} />
      {can('self-check.configure') && <RequiredKinds />}
    </Flex>
  );
}
