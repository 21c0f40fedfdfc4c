import { useMemo } from 'react';
import { Button, Card, Col, Flex, Row, Select, Spin, Statistic, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { quarterOf, type TCoverage } from '@shian/shared/cadre-coverage';
import { chinaToday } from '@shian/shared/working-days';
import { useApi } from '../../../api/use-api.ts';
import { EChart, type TEChartOption } from '../../../components/echart.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { downloadBulletin, getCoverage } from '../api/cadre-visits-api.ts';
import { CoverageByCadre } from '../components/coverage-by-cadre.tsx';

type TUnit = TCoverage['byUnit'][number];

/** Units ranked by coverage, the best on top (a horizontal bar reads on a phone). */
function unitsOption(units: TUnit[], label: string): TEChartOption {
  const rows = [...units].reverse();
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map((u) => u.unitName) },
    series: [{ type: 'bar', name: label, data: rows.map((u) => u.rate), label: { show: true, position: 'right', formatter: '{c}%' }, itemStyle: { color: '#1677ff' } }],
  };
}

/** Coverage of a quarter: the figures, units ranked as a chart and a table, each cadre's coverage, the bulletin to download. */
export function CoveragePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const today = chinaToday();
  const year = Number(search.get('year')) || Number(today.slice(0, 4));
  const quarter = Number(search.get('quarter')) || quarterOf(today);
  const { data, error, reload } = useApi((signal) => getCoverage({ year, quarter }, signal), [year, quarter]);
  const { busy, run } = useAction();
  const option = useMemo(() => data && unitsOption(data.byUnit, t('cadreVisits.rate')), [data, t]);
  const set = (patch: Record<string, number>) =>
    setSearch((s) => new URLSearchParams({ ...Object.fromEntries(s), ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, String(v)])) }));
  if (error) return <LoadError error={error} onRetry={reload} />;

  const years = Array.from({ length: 4 }, (_, i) => Number(today.slice(0, 4)) - i);
  const columns = [
    { title: t('cadreVisits.rank'), key: 'rank', width: 56, render: (_: unknown, __: TUnit, i: number) => i + 1 },
    { title: t('cadreVisits.unit'), dataIndex: 'unitName' },
    { title: t('cadreVisits.subjects'), dataIndex: 'subjects' },
    { title: t('cadreVisits.visited'), dataIndex: 'visited' },
    { title: t('cadreVisits.rate'), dataIndex: 'rate', render: (r: number) => `${r}%` },
    { title: t('cadreVisits.found'), dataIndex: 'found' },
    { title: t('cadreVisits.closedCount'), dataIndex: 'closed' },
    { title: t('cadreVisits.overdueCount'), dataIndex: 'overdue' },
  ];
  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={t('cadreVisits.coverageTitle')}
        extra={
          <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void run(() => downloadBulletin({ year, quarter }))} data-testid="coverage-bulletin">
            {t('cadreVisits.bulletin')}
          </Button>
        }
      >
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select aria-label={t('cadreVisits.year')} value={year} onChange={(y) => set({ year: y })} options={years.map((y) => ({ value: y, label: String(y) }))} />
          <Select
            aria-label={t('cadreVisits.quarter')}
            value={quarter}
            onChange={(q) => set({ quarter: q })}
            options={[1, 2, 3, 4].map((n) => ({ value: n, label: t('cadreVisits.quarterOption', { n }) }))}
          />
          {data && <Typography.Text type="secondary">{t('cadreVisits.asOf', { date: data.asOf })}</Typography.Text>}
        </Flex>
        {!data ? (
          <Spin />
        ) : (
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Statistic title={t('cadreVisits.rate')} value={data.rate} suffix="%" data-testid="coverage-rate" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={`${t('cadreVisits.visited')} / ${t('cadreVisits.subjects')}`} value={`${data.visited} / ${data.subjects}`} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={`${t('cadreVisits.closedCount')} / ${t('cadreVisits.found')}`} value={`${data.problems.closed} / ${data.problems.found}`} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('cadreVisits.overdueCount')} value={data.problems.overdue} valueStyle={data.problems.overdue ? { color: '#cf1322' } : undefined} />
            </Col>
          </Row>
        )}
      </Card>
      {data && (
        <>
          <Card size="small" title={t('cadreVisits.byLevel')}>
            <Row gutter={[12, 12]}>
              {data.byLevel.map((l) => (
                <Col key={l.level} xs={12} md={6}>
                  <Statistic title={t(`cadreVisits.levels.${l.level}`)} value={l.rate} suffix="%" />
                  <Typography.Text type="secondary">{`${t('cadreVisits.visited')} ${l.visited} / ${l.subjects}`}</Typography.Text>
                </Col>
              ))}
            </Row>
          </Card>
          <Card size="small" title={t('cadreVisits.byUnit')}>
            {option && <EChart option={option} height={Math.max(200, data.byUnit.length * 26)} testId="coverage-chart" />}
            <Table<TUnit> size="small" rowKey="unitCode" columns={columns} dataSource={data.byUnit} pagination={false} scroll={{ x: 640 }} />
          </Card>
          <CoverageByCadre year={year} quarter={quarter} units={data.byUnit} />
        </>
      )}
    </Flex>
  );
}
