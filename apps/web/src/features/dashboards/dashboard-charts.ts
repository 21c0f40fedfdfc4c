// The dashboard's figures as chart options; labels come from the caller's translations.
import type { TInspectionDashboard } from '@shian/shared/dashboard';
import type { TEChartOption } from '../../components/echart.tsx';

type TLabels = Record<'done' | 'remaining' | 'overdue' | 'rate' | 'nonconforming' | 'ungraded' | 'month', string>;

const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
const legend = { top: 0 };
const barMaxWidth = 40;
const GRADE_COLOURS = ['#52c41a', '#1677ff', '#fa8c16', '#f5222d', '#bfbfbf'];

export function planVsDoneOption(d: TInspectionDashboard, l: TLabels): TEChartOption {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const sum = (m: number, key: 'planned' | 'done') => d.planVsDone.filter((r) => r.month === m).reduce((s, r) => s + r[key], 0);
  return {
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: { type: 'category', data: months.map((m) => `${m}${l.month}`) },
    yAxis: { type: 'value' },
    series: [
      { name: l.done, type: 'bar', stack: 'plan', barMaxWidth, data: months.map((m) => sum(m, 'done')) },
      { name: l.remaining, type: 'bar', stack: 'plan', barMaxWidth, data: months.map((m) => Math.max(0, sum(m, 'planned') - sum(m, 'done'))) },
    ],
  };
}

export function overdueOption(d: TInspectionDashboard, l: TLabels): TEChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: d.overdueRectifications.map((r) => r.stationName.replace('市场监督管理所', '所')), axisLabel: { rotate: 40 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: l.overdue, type: 'bar', barMaxWidth, data: d.overdueRectifications.map((r) => r.count), itemStyle: { color: '#f5222d' } }],
  };
}

export function nonconformityByTypeOption(d: TInspectionDashboard, l: TLabels, typeName: (type: string) => string): TEChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}%` },
    grid,
    xAxis: { type: 'category', data: d.nonconformityByType.map((r) => typeName(r.type)), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', max: 100 },
    series: [{ name: l.rate, type: 'bar', barMaxWidth, data: d.nonconformityByType.map((r) => r.rate) }],
  };
}

export function topItemsOption(d: TInspectionDashboard, l: TLabels): TEChartOption {
  const items = [...d.topNonconformingItems].reverse();
  return {
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: items.map((r) => (r.content.length > 16 ? `${r.content.slice(0, 16)}…` : r.content)) },
    series: [{ name: l.nonconforming, type: 'bar', data: items.map((r) => r.nonconforming), itemStyle: { color: '#fa8c16' } }],
  };
}

export function gradesByUnitOption(d: TInspectionDashboard, l: TLabels): TEChartOption {
  const keys = ['A', 'B', 'C', 'D', 'ungraded'] as const;
  return {
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: { type: 'category', data: d.gradesByUnit.map((u) => u.unitName), axisLabel: { rotate: 40 } },
    yAxis: { type: 'value' },
    series: keys.map((k, i) => ({
      name: k === 'ungraded' ? l.ungraded : k,
      type: 'bar' as const,
      stack: 'grade',
      barMaxWidth,
      itemStyle: { color: GRADE_COLOURS[i] },
      data: d.gradesByUnit.map((u) => u.counts[k]),
    })),
  };
}
