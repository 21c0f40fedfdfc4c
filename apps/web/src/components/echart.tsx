// A chart from echarts' tree-shakable core: only bar charts and the components the dashboards
// use are bundled. The chart follows its container's size (phones rotate, sidebars collapse).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption } from 'echarts/charts';
import type { DatasetComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

echarts.use([BarChart, DatasetComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type TEChartOption = ComposeOption<BarSeriesOption | DatasetComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export function EChart({ option, height = 320, testId }: { option: TEChartOption; height?: number; testId?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(null);

  useEffect(() => {
    const instance = echarts.init(element.current!);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} style={{ width: '100%', height }} data-testid={testId} />;
}
