import { useMemo, useState } from 'react';
import { Flex, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { THitCount, TMonitoring, TTargetingDecile } from '@shian/shared/targeting';
import { useApi } from '../../../api/use-api.ts';
import { EChart, type TEChartOption } from '../../../components/echart.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { getMonitoring } from '../api/targeting-api.ts';

const rate = (c: THitCount) => (c.inspections ? Math.round((c.serious / c.inspections) * 1000) / 10 : null);
const SERIES = ['topDecile', 'otherDeciles', 'targeted', 'rest'] as const;

function weeklyOption(m: TMonitoring, name: (key: (typeof SERIES)[number]) => string): TEChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
    legend: { top: 0 },
    grid: { left: 40, right: 8, top: 48, bottom: 40 },
    xAxis: { type: 'category', data: m.weeks.map((w) => w.weekStart.slice(5)) },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: SERIES.map((key) => ({ type: 'bar', name: name(key), data: m.weeks.map((w) => rate(w[key])) })),
  };
}

function decileOption(deciles: TTargetingDecile[], label: string): TEChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${String(v)}%` },
    grid: { left: 40, right: 8, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: deciles.map((d) => String(d.decile)) },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'bar', name: label, data: deciles.map((d) => Math.round(d.rate * 1000) / 10) }],
  };
}

export function MonitoringTab() {
  const { t } = useTranslation();
  const [weeks, setWeeks] = useState(12);
  const { data, error, reload } = useApi((signal) => getMonitoring(weeks, signal), [weeks]);
  const weekly = useMemo(() => data && weeklyOption(data, (key) => t(`targeting.series.${key}`)), [data, t]);
  const deciles = useMemo(() => data && decileOption(data.deciles, t('targeting.rate')), [data, t]);
  const evaluation = useMemo(() => data?.model && decileOption(data.model.evaluation.deciles, t('targeting.rate')), [data, t]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return null;

  return (
    <Flex vertical gap={16}>
      <Select
        value={weeks}
        onChange={setWeeks}
        options={[8, 12, 26, 52].map((n) => ({ value: n, label: t('targeting.weeksOption', { n }) }))}
        style={{ width: 120 }}
        aria-label={t('targeting.weeksShown')}
      />
      <Typography.Title level={5}>{t('targeting.weeklyTitle')}</Typography.Title>
      <Typography.Text type="secondary">{t('targeting.weeklyHint')}</Typography.Text>
      {weekly && <EChart option={weekly} testId="targeting-weekly-chart" />}
      <Typography.Title level={5}>{t('targeting.decileTitle')}</Typography.Title>
      {deciles && <EChart option={deciles} height={240} testId="targeting-decile-chart" />}
      {data.model && evaluation && (
        <>
          <Typography.Title level={5}>
            {t('targeting.evaluationTitle', { number: data.model.number, from: data.model.evaluation.splitOn, count: data.model.evaluation.testRows })}
          </Typography.Title>
          <EChart option={evaluation} height={240} testId="targeting-evaluation-chart" />
        </>
      )}
      <Typography.Title level={5}>{t('targeting.consistencyTitle')}</Typography.Title>
      <Typography.Text type="secondary">{t('targeting.consistencyHint')}</Typography.Text>
      <List
        size="small"
        dataSource={data.consistency}
        locale={{ emptyText: t('targeting.noConsistency') }}
        renderItem={(c) => (
          <List.Item key={c.inspectorId} data-testid="consistency-row">
            <Flex vertical gap={2}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{c.inspectorName}</Typography.Text>
                <Tag color={c.flagged ? 'gold' : 'default'}>{c.flagged ? t('targeting.review') : t('targeting.consistent')}</Tag>
              </Flex>
              <Typography.Text type="secondary">
                {t('targeting.consistencyLine', { station: c.stationName ?? '', n: c.inspections, observed: c.observed, expected: c.expected, z: c.z })}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
