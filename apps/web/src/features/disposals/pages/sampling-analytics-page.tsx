import { useState } from 'react';
import { App, Button, Card, Col, Empty, Flex, Row, Select, Statistic } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFailureRate } from '@shian/shared/sampling-analytics';
import type { TDisposalsByStation } from '@shian/shared/disposal';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { EChart, type TEChartOption } from '../../../components/echart.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { exportSamplingDashboard, getSamplingDashboard } from '../api/disposals-api.ts';

const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };

function rateOption(rows: { label: string; tested: number; failed: number; rate: number }[], l: { rate: string; failed: string }): TEChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { rotate: rows.length > 6 ? 40 : 0 } },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', axisLabel: { formatter: '{value}%' } },
    ],
    series: [
      { name: l.failed, type: 'bar', barMaxWidth: 40, data: rows.map((r) => r.failed), itemStyle: { color: '#f5222d' } },
      { name: l.rate, type: 'bar', barMaxWidth: 40, yAxisIndex: 1, data: rows.map((r) => r.rate) },
    ],
  };
}

function disposalsOption(rows: TDisposalsByStation[], l: { onTime: string; overdue: string }): TEChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid,
    xAxis: { type: 'category', data: rows.map((r) => r.stationName.replace('市场监督管理所', '')), axisLabel: { rotate: rows.length > 6 ? 40 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: l.onTime, type: 'bar', stack: 'open', barMaxWidth: 40, data: rows.map((r) => r.open - r.overdue), itemStyle: { color: '#1677ff' } },
      { name: l.overdue, type: 'bar', stack: 'open', barMaxWidth: 40, data: rows.map((r) => r.overdue), itemStyle: { color: '#f5222d' } },
    ],
  };
}

/** Failure rates by category, test item, unit, month and operator type, each exportable in the workbook. */
export function SamplingAnalyticsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data, error, reload } = useApi((signal) => getSamplingDashboard(year, signal), [year]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  const labels = { rate: t('disposals.rate'), failed: t('disposals.failed') };
  const charts: { key: 'category' | 'items' | 'unit' | 'month' | 'type'; rows: TFailureRate[] | { label: string; tested: number; failed: number; rate: number }[] }[] = data
    ? [
        { key: 'category', rows: data.byFoodCategory },
        { key: 'items', rows: data.topFailingItems.map((i) => ({ ...i, label: i.name })) },
        { key: 'unit', rows: data.byUnit },
        { key: 'month', rows: data.byMonth },
        { key: 'type', rows: data.byOperatorType },
      ]
    : [];
  const empty = data !== null && data !== undefined && data.byFoodCategory.length === 0;
  // Every sample has one food category: the categories add up to the year.
  const tested = data?.byFoodCategory.reduce((sum, r) => sum + r.tested, 0) ?? 0;
  const failed = data?.byFoodCategory.reduce((sum, r) => sum + r.failed, 0) ?? 0;

  async function exportIt() {
    try {
      await exportSamplingDashboard(year);
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  return (
    <Flex vertical gap={12}>
      <Card
        title={t('disposals.analyticsTitle')}
        extra={
          <Flex gap={8}>
            <Select
              value={year}
              onChange={setYear}
              options={[thisYear - 2, thisYear - 1, thisYear].map((y) => ({ value: y, label: String(y) }))}
              aria-label={t('disposals.year')}
            />
            <Button icon={<DownloadOutlined />} onClick={() => void exportIt()}>
              {t('disposals.export')}
            </Button>
          </Flex>
        }
      >
        {empty ? (
          <Empty description={t('disposals.noData')} />
        ) : (
          <Row gutter={[12, 12]} data-testid="sampling-totals">
            <Col xs={8}>
              <Statistic title={t('disposals.tested')} value={tested} />
            </Col>
            <Col xs={8}>
              <Statistic title={t('disposals.failed')} value={failed} valueStyle={{ color: failed ? '#f5222d' : undefined }} />
            </Col>
            <Col xs={8}>
              <Statistic title={t('disposals.rate')} value={tested ? Math.round((failed / tested) * 1000) / 10 : 0} suffix="%" />
            </Col>
          </Row>
        )}
      </Card>
      {data && data.disposalsByStation.length > 0 && (
        <Card title={t('disposals.disposalsChart')}>
          <EChart option={disposalsOption(data.disposalsByStation, { onTime: t('disposals.openOnTime'), overdue: t('disposals.overdue') })} testId="sampling-chart-disposals" />
        </Card>
      )}
      {!empty && (
        <Row gutter={[12, 12]}>
          {charts.map((c) => (
            <Col key={c.key} xs={24} lg={12}>
              <Card title={t(`disposals.charts.${c.key}`)}>
                <EChart option={rateOption(c.rows, labels)} testId={`sampling-chart-${c.key}`} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}
