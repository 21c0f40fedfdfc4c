// The hotspot page's charts as echarts options. The shared EChart component bundles bar charts only;
// the map, heat map, scatter and line charts and the PNG toolbox are registered here, where they are used,
// with Huangpi's outline (huangpi.geo.json, see huangpi.geo.md) as the map 'huangpi'.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, ToolboxComponent, VisualMapComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, GridComponentOption, LegendComponentOption, ToolboxComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { TComplaintHotspots } from '@shian/shared/complaint-hotspot';
import type { TEChartOption } from '../../components/echart.tsx';
import huangpi from './huangpi.geo.json';

echarts.use([BarChart, HeatmapChart, LineChart, ScatterChart, GeoComponent, ToolboxComponent, VisualMapComponent]);
echarts.registerMap('huangpi', huangpi as Parameters<typeof echarts.registerMap>[1]);

type THotspotOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GeoComponentOption
  | GridComponentOption
  | LegendComponentOption
  | ToolboxComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** The shared component takes the bar-chart option type; these options use the components registered above. */
const asChart = (option: THotspotOption) => option as unknown as TEChartOption;

export type THotspotLabels = {
  rate: string;
  complaints: string;
  operators: string;
  heat: string;
  holidayWeek: string;
  savePng: string;
  trade: (key: string) => string;
  issueType: (key: string) => string;
};

const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
const RATE_COLOURS = ['#fff1b8', '#fa8c16', '#cf1322'];

/** Every chart saves itself as a PNG (echarts' saveAsImage), named after what it shows. */
const toolbox = (name: string, l: THotspotLabels) => ({ right: 8, top: 0, feature: { saveAsImage: { name, title: l.savePng, pixelRatio: 2 } } });

const maxOf = (values: number[]) => Math.max(1, ...values);

export function mapOption(d: TComplaintHotspots, l: THotspotLabels, name: string) {
  const located = d.units.filter((u) => u.longitude !== null && u.latitude !== null);
  return asChart({
    toolbox: toolbox(name, l),
    tooltip: { trigger: 'item' },
    geo: {
      map: 'huangpi',
      roam: true,
      itemStyle: { areaColor: '#f0f5ff', borderColor: '#597ef7', borderWidth: 1.5 },
      emphasis: { disabled: true },
      label: { show: false },
    },
    visualMap: [
      {
        type: 'continuous',
        seriesIndex: 1,
        dimension: 2,
        min: 0,
        max: maxOf(located.map((u) => u.rate ?? 0)),
        text: [l.rate, ''],
        inRange: { color: RATE_COLOURS },
        left: 0,
        bottom: 0,
        itemHeight: 80,
        calculable: true,
      },
      {
        type: 'continuous',
        seriesIndex: 0,
        min: 0,
        max: maxOf(d.heat.map((h) => h[2])),
        show: false,
        inRange: { color: ['rgba(22,119,255,0)', 'rgba(22,119,255,0.35)', 'rgba(207,19,34,0.6)'] },
      },
    ],
    series: [
      { name: l.heat, type: 'heatmap', coordinateSystem: 'geo', data: d.heat, pointSize: 6, blurSize: 12 },
      {
        name: l.rate,
        type: 'scatter',
        coordinateSystem: 'geo',
        data: located.map((u) => ({ name: u.unitName, value: [u.longitude!, u.latitude!, u.rate ?? 0, u.complaints, u.operators] })),
        symbolSize: (value: number[]) => 8 + Math.sqrt(value[3]) * 3,
        label: { show: true, formatter: '{b}', position: 'right', fontSize: 10, color: '#434343' },
        tooltip: {
          formatter: (p) => {
            const v = (p as { value: number[]; name: string }).value;
            return `${(p as { name: string }).name}<br/>${l.complaints}: ${v[3]}<br/>${l.operators}: ${v[4]}<br/>${l.rate}: ${v[2]}`;
          },
        },
      },
    ],
  });
}

export function unitRateOption(d: TComplaintHotspots, l: THotspotLabels, name: string) {
  const units = [...d.units].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  return asChart({
    toolbox: toolbox(name, l),
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 0 },
    grid,
    xAxis: { type: 'category', data: units.map((u) => u.unitName), axisLabel: { rotate: 40 } },
    yAxis: [{ type: 'value' }, { type: 'value', minInterval: 1 }],
    series: [
      { name: l.rate, type: 'bar', barMaxWidth: 32, data: units.map((u) => u.rate), itemStyle: { color: '#fa541c' } },
      { name: l.complaints, type: 'line', yAxisIndex: 1, data: units.map((u) => u.complaints), symbolSize: 6 },
    ],
  });
}

/** Units down, trades across, each cell coloured by its rate (empty where the unit has none of that trade). */
export function unitTradeOption(d: TComplaintHotspots, l: THotspotLabels, name: string) {
  const units = [...new Set(d.unitTrade.map((c) => c.unitName))];
  const trades = [...new Set(d.unitTrade.map((c) => c.trade))];
  const cells = d.unitTrade.filter((c) => c.rate !== null).map((c) => [trades.indexOf(c.trade), units.indexOf(c.unitName), c.rate!, c.complaints, c.operators]);
  return asChart({
    toolbox: toolbox(name, l),
    tooltip: {
      formatter: (p) => {
        const v = (p as { value: number[] }).value;
        return `${units[v[1]]} · ${l.trade(trades[v[0]])}<br/>${l.complaints}: ${v[3]}<br/>${l.operators}: ${v[4]}<br/>${l.rate}: ${v[2]}`;
      },
    },
    grid: { ...grid, top: 32, bottom: 56 },
    xAxis: { type: 'category', data: trades.map(l.trade), axisLabel: { interval: 0, rotate: 30 }, splitArea: { show: true } },
    yAxis: { type: 'category', data: units, splitArea: { show: true } },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: maxOf(cells.map((c) => c[2])),
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      calculable: true,
      inRange: { color: RATE_COLOURS },
    },
    series: [{ name: l.rate, type: 'heatmap', data: cells, label: { show: true, formatter: (p) => String((p as { value: number[] }).value[2]) } }],
  });
}

export function issueTypeOption(d: TComplaintHotspots, l: THotspotLabels, name: string) {
  const rows = [...d.issueTypes].sort((a, b) => a.complaints - b.complaints);
  return asChart({
    toolbox: toolbox(name, l),
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 0 },
    // Room on the right for the share labels at the bars' ends.
    grid: { ...grid, right: 56 },
    xAxis: [{ type: 'value', minInterval: 1 }],
    yAxis: { type: 'category', data: rows.map((r) => l.issueType(r.issueType)) },
    series: [
      {
        name: l.complaints,
        type: 'bar',
        data: rows.map((r) => r.complaints),
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'right', formatter: (p) => `${rows[(p as { dataIndex: number }).dataIndex].share}%` },
      },
    ],
  });
}

/** Oldest week first; holiday weeks grey, since the spike rule leaves them out of its baseline. */
export function weeklyOption(d: TComplaintHotspots, l: THotspotLabels, name: string) {
  const weeks = [...d.weekly].reverse();
  return asChart({
    toolbox: toolbox(name, l),
    tooltip: {
      trigger: 'axis',
      formatter: (p) => {
        const w = weeks[(p as { dataIndex: number }[])[0].dataIndex];
        return `${w.from} ~ ${w.to}<br/>${l.complaints}: ${w.complaints}${w.holidayWeek ? `<br/>${l.holidayWeek}` : ''}`;
      },
    },
    grid,
    xAxis: { type: 'category', data: weeks.map((w) => w.to.slice(5)), axisLabel: { rotate: 40 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: l.complaints,
        type: 'bar',
        barMaxWidth: 28,
        data: weeks.map((w, i) => ({ value: w.complaints, itemStyle: { color: w.holidayWeek ? '#bfbfbf' : i === weeks.length - 1 ? '#cf1322' : '#1677ff' } })),
      },
    ],
  });
}
