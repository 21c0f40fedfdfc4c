import { useMemo, useState, type ReactNode } from 'react';
import { App, Button, Card, Col, DatePicker, Empty, Flex, InputNumber, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { COMPLAINT_ISSUE_TYPE_NAMES, COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADE_NAMES, COMPLAINT_TRADES } from '@shian/shared/complaint';
import type { THotspotChart, THotspotOperator, THotspotSpike } from '@shian/shared/complaint-hotspot';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { EChart } from '../../../components/echart.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { InterviewCreateModal } from '../../../components/interview-create-modal.tsx';
import { enrol } from '../../../api/odr-enrol.ts';
import { exportHotspotChart, getHotspots, type THotspotFilters } from '../api/complaint-hotspots-api.ts';
import { issueTypeOption, mapOption, unitRateOption, unitTradeOption, weeklyOption, type THotspotLabels } from '../hotspot-charts.ts';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';

const DATE = 'YYYY-MM-DD';

/**
 * Where complaints concentrate: rates per 1,000 operators by unit, trade and issue type, the weeks that
 * spike, the businesses to act on (interview, ODR) and the map; every chart exports its figures as .xlsx.
 */
export function HotspotPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(89, 'day'), dayjs()]);
  const [trade, setTrade] = useState<string>();
  const [issueType, setIssueType] = useState<string>();
  const [minSpikeCount, setMinSpikeCount] = useState(5);
  const [interviewing, setInterviewing] = useState<THotspotOperator>();
  const [invited, setInvited] = useState<Set<string>>(new Set());
  const filters: THotspotFilters = { from: range[0].format(DATE), to: range[1].format(DATE), trade, issueType, minSpikeCount };
  const { data, error, loading, reload } = useApi((signal) => getHotspots(filters, signal), [filters.from, filters.to, trade, issueType, minSpikeCount]);

  const labels: THotspotLabels = useMemo(
    () => ({
      rate: t('complaintHotspots.rate'),
      complaints: t('complaintHotspots.complaints'),
      operators: t('complaintHotspots.operators'),
      heat: t('complaintHotspots.heat'),
      holidayWeek: t('complaintHotspots.holidayWeek'),
      savePng: t('complaintHotspots.savePng'),
      trade: (key) => nameIn(COMPLAINT_TRADE_NAMES, key, lang),
      issueType: (key) => nameIn(COMPLAINT_ISSUE_TYPE_NAMES, key, lang),
    }),
    [t, lang],
  );
  const charts = useMemo(() => {
    if (!data) return null;
    const name = (chart: string) => `${t(`complaintHotspots.charts.${chart}` as 'complaintHotspots.charts.map')}-${data.from}-${data.to}`;
    return {
      map: mapOption(data, labels, name('map')),
      units: unitRateOption(data, labels, name('units')),
      unitTrade: unitTradeOption(data, labels, name('unitTrade')),
      issueTypes: issueTypeOption(data, labels, name('issueTypes')),
      weekly: weeklyOption(data, labels, name('weekly')),
    };
  }, [data, labels, t]);

  if (error) return <LoadError error={error} onRetry={reload} />;

  async function exportChart(chart: THotspotChart) {
    try {
      await exportHotspotChart(filters, chart);
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  async function invite(o: THotspotOperator) {
    try {
      await enrol(o.operatorId);
      setInvited(new Set([...invited, o.operatorId]));
      message.success(t('complaintHotspots.odrInvited'));
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  const card = (chart: THotspotChart | 'map', children: ReactNode, extra?: ReactNode) => (
    <Card
      title={t(`complaintHotspots.charts.${chart}`)}
      size="small"
      extra={
        <Flex gap={8}>
          {extra}
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportChart(chart === 'map' ? 'units' : chart)} data-testid={`hotspot-export-${chart}`}>
            {t('complaintHotspots.exportXlsx')}
          </Button>
        </Flex>
      }
    >
      {children}
    </Card>
  );

  const spikeLabel = (s: THotspotSpike) =>
    s.dimension === 'trade'
      ? labels.trade(s.key)
      : s.dimension === 'issueType'
        ? labels.issueType(s.key)
        : s.dimension === 'total'
          ? t('complaintHotspots.dimensions.total')
          : s.label;

  return (
    <Flex vertical gap={12}>
      <Card title={t('complaintHotspots.title')} size="small">
        <Flex gap={8} wrap align="center">
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
            aria-label={t('complaintHotspots.period')}
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('complaintHotspots.allTrades')}
            value={trade}
            onChange={setTrade}
            options={COMPLAINT_TRADES.map((k) => ({ value: k, label: labels.trade(k) }))}
          />
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('complaintHotspots.allIssueTypes')}
            value={issueType}
            onChange={setIssueType}
            options={COMPLAINT_ISSUE_TYPES.map((k) => ({ value: k, label: labels.issueType(k) }))}
          />
          <Flex gap={4} align="center">
            <Typography.Text type="secondary">{t('complaintHotspots.minSpikeCount')}</Typography.Text>
            <InputNumber min={1} max={1000} precision={0} value={minSpikeCount} onChange={(v) => v && setMinSpikeCount(v)} style={{ width: 72 }} />
          </Flex>
        </Flex>
      </Card>

      {data && (
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6}>
            <Card size="small" loading={loading}>
              <Statistic title={t('complaintHotspots.kpi.complaints')} value={data.totals.complaints} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('complaintHotspots.kpi.previous', { from: data.previous.from, to: data.previous.to, count: data.totals.previousComplaints })}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small" loading={loading}>
              <Statistic title={t('complaintHotspots.kpi.operators')} value={data.totals.operators} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small" loading={loading}>
              <Statistic title={t('complaintHotspots.kpi.rate')} value={data.totals.rate ?? '—'} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small" loading={loading}>
              <Statistic title={t('complaintHotspots.charts.spikes')} value={data.spikes.length} valueStyle={{ color: data.spikes.length > 0 ? '#cf1322' : undefined }} />
            </Card>
          </Col>
        </Row>
      )}

      {data && charts && (
        <>
          {data.totals.complaints === 0 && <Empty description={t('complaintHotspots.empty')} />}
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              {card(
                'map',
                <>
                  <EChart option={charts.map} height={420} testId="hotspot-chart-map" />
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                    {t('complaintHotspots.mapNote')}
                  </Typography.Paragraph>
                </>,
              )}
            </Col>
            <Col xs={24} lg={12}>
              {card('units', <EChart option={charts.units} height={440} testId="hotspot-chart-units" />)}
            </Col>
            <Col xs={24}>{card('unitTrade', <EChart option={charts.unitTrade} height={Math.max(320, 28 * data.units.length + 120)} testId="hotspot-chart-unit-trade" />)}</Col>
            <Col xs={24} lg={12}>
              {card('issueTypes', <EChart option={charts.issueTypes} height={360} testId="hotspot-chart-issue-types" />)}
            </Col>
            <Col xs={24} lg={12}>
              {card('weekly', <EChart option={charts.weekly} height={360} testId="hotspot-chart-weekly" />)}
            </Col>
            <Col xs={24}>
              {card(
                'spikes',
                <Table<THotspotSpike>
                  size="small"
                  rowKey={(s) => `${s.dimension}:${s.key}`}
                  dataSource={data.spikes}
                  pagination={false}
                  scroll={{ x: true }}
                  locale={{ emptyText: t('complaintHotspots.noSpikes', { count: minSpikeCount }) }}
                  columns={[
                    { title: t('complaintHotspots.dimension'), render: (_, s) => t(`complaintHotspots.dimensions.${s.dimension}`) },
                    { title: t('complaintHotspots.object'), render: (_, s) => <Typography.Text strong>{spikeLabel(s)}</Typography.Text> },
                    {
                      title: t('complaintHotspots.count'),
                      dataIndex: 'count',
                      render: (v: number, s) =>
                        s.holidayWeek ? (
                          <>
                            {v} <Tag>{t('complaintHotspots.holidayWeek')}</Tag>
                          </>
                        ) : (
                          v
                        ),
                    },
                    { title: t('complaintHotspots.mean'), dataIndex: 'mean' },
                    { title: t('complaintHotspots.sd'), dataIndex: 'sd' },
                    { title: t('complaintHotspots.z'), dataIndex: 'z', render: (v: number) => <Tag color="red">{v}</Tag> },
                    { title: t('complaintHotspots.baselineWeeks'), dataIndex: 'baselineWeeks' },
                  ]}
                />,
              )}
            </Col>
            <Col xs={24}>
              {card(
                'topOperators',
                <Table<THotspotOperator>
                  size="small"
                  rowKey="operatorId"
                  dataSource={data.topOperators}
                  pagination={false}
                  scroll={{ x: true }}
                  data-testid="hotspot-top-operators"
                  columns={[
                    {
                      title: t('complaintHotspots.operator'),
                      dataIndex: 'name',
                      render: (v: string, o) => <Typography.Link onClick={() => navigate(`/operators/${o.operatorId}`)}>{v}</Typography.Link>,
                    },
                    { title: t('complaintHotspots.unit'), dataIndex: 'unitName' },
                    { title: t('complaintHotspots.trade'), dataIndex: 'trade', render: (v: string) => labels.trade(v) },
                    { title: t('complaintHotspots.complaints'), dataIndex: 'complaints' },
                    { title: t('complaintHotspots.previousComplaints'), dataIndex: 'previousComplaints' },
                    { title: t('complaintHotspots.perThirtyDays'), dataIndex: 'perThirtyDays' },
                    { title: t('complaintHotspots.topIssueType'), dataIndex: 'topIssueType', render: (v: string | null) => (v ? labels.issueType(v) : '—') },
                    ...(can('complaint.manage')
                      ? [
                          {
                            title: t('complaintHotspots.actions'),
                            key: 'actions',
                            render: (_: unknown, o: THotspotOperator) => (
                              <Flex gap={4}>
                                <Button size="small" type="primary" onClick={() => setInterviewing(o)} data-testid="hotspot-interview">
                                  {t('complaintHotspots.interview')}
                                </Button>
                                <Button size="small" disabled={invited.has(o.operatorId)} onClick={() => void invite(o)}>
                                  {t('complaintHotspots.odr')}
                                </Button>
                              </Flex>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />,
              )}
            </Col>
          </Row>
        </>
      )}
      {interviewing && data && (
        <InterviewCreateModal
          operator={{ id: interviewing.operatorId, name: interviewing.name }}
          period={{ from: data.from, to: data.to }}
          onClose={() => setInterviewing(undefined)}
          onCreated={(created) => navigate(`/interviews/${created.id}`)}
        />
      )}
    </Flex>
  );
}
