import { useMemo, useState } from 'react';
import { Button, Card, Flex, Select, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TIndicatorRow } from '@shian/shared/enforcement-case';
import { useApi } from '../../../api/use-api.ts';
import { EChart, type TEChartOption } from '../../../components/echart.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { exportIndicators, getIndicators } from '../api/cases-api.ts';

const RATES = ['mustsCompliance', 'onlineRate', 'publicationRate'] as const;
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** The annual assessment's figures per unit, a chart of the rates, and the workbook. */
export function CaseIndicatorsPage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data, error, loading, reload } = useApi((signal) => getIndicators(year, signal), [year]);
  const { busy, run } = useAction();
  const option = useMemo<TEChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      dataset: { source: (data?.rows ?? []).map((r) => ({ unit: r.unitName.replace('市场监督管理', ''), ...Object.fromEntries(RATES.map((k) => [k, r[k]])) })) },
      xAxis: { type: 'category', axisLabel: { interval: 0, rotate: 40 } },
      yAxis: { type: 'value', max: 100 },
      // Without the curly quotes: the canvas measures them narrower than it draws them, and the legend overlapped.
      series: RATES.map((k) => ({ type: 'bar', name: t(`enforcementCases.indicators.${k}`).replace(/[“”]/g, ''), encode: { x: 'unit', y: k } })),
    }),
    [data, t],
  );
  if (error) return <LoadError error={error} onRetry={reload} />;
  const rows = data ? [...data.rows, data.total] : [];
  const number = (key: keyof TIndicatorRow) => ({ title: t(`enforcementCases.indicators.${key as 'leads'}`), dataIndex: key, width: 90 });
  return (
    <Flex vertical gap={12}>
      <Card
        title={t('enforcementCases.indicators.title')}
        extra={
          <Flex gap={8}>
            <Select value={year} onChange={setYear} options={[thisYear - 2, thisYear - 1, thisYear].map((y) => ({ value: y, label: String(y) }))} data-testid="indicators-year" />
            <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run(() => exportIndicators(year))} data-testid="indicators-export">
              {t('enforcementCases.indicators.export')}
            </Button>
          </Flex>
        }
      >
        <EChart option={option} height={340} testId="indicators-chart" />
      </Card>
      <Card size="small">
        <Table<TIndicatorRow>
          rowKey={(r) => r.unitId ?? r.unitName}
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('enforcementCases.indicators.unit'), dataIndex: 'unitName', fixed: 'left', width: 180 },
            number('leads'),
            number('leadsBreakingMusts'),
            { title: t('enforcementCases.indicators.mustsCompliance'), dataIndex: 'mustsCompliance', width: 110, render: pct },
            number('casesFiled'),
            number('casesOnline'),
            { title: t('enforcementCases.indicators.onlineRate'), dataIndex: 'onlineRate', width: 100, render: pct },
            number('toPublish'),
            number('publishedOnTime'),
            { title: t('enforcementCases.indicators.publicationRate'), dataIndex: 'publicationRate', width: 100, render: pct },
            number('decisions'),
            { title: t('enforcementCases.indicators.averageHandlingDays'), dataIndex: 'averageHandlingDays', width: 110, render: (v: number | null) => v ?? '—' },
          ]}
        />
      </Card>
    </Flex>
  );
}
