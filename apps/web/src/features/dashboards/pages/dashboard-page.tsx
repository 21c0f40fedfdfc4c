import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Empty, Flex, Row, Select } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import type { TOperatorType } from '@shian/shared/operator';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useOrg } from '../../../api/use-org.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { EChart, type TEChartOption } from '../../../components/echart.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { useLang } from '../../../lib/i18n.ts';
import { exportInspectionDashboard, getInspectionDashboard } from '../api/dashboards-api.ts';
import { gradesByUnitOption, nonconformityByTypeOption, overdueOption, planVsDoneOption, topItemsOption } from '../dashboard-charts.ts';

const thisYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

export function DashboardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const { message } = App.useApp();
  const org = useOrg();
  const [year, setYear] = useState(thisYear);
  const [stationId, setStationId] = useState<string | undefined>();
  const query = { year, stationId };
  const { data, error, loading, reload } = useApi((signal) => getInspectionDashboard(query, signal), [year, stationId]);

  const charts = useMemo(() => {
    if (!data) return [];
    const labels = {
      done: t('dashboards.done'),
      remaining: t('dashboards.remaining'),
      overdue: t('dashboards.overdue'),
      rate: t('dashboards.rate'),
      nonconforming: t('dashboards.nonconforming'),
      ungraded: t('dashboards.ungraded'),
      month: t('dashboards.monthSuffix'),
    };
    const typeName = (type: string) => OPERATOR_TYPE_NAMES[type as TOperatorType]?.[lang === 'en' ? 'en' : 'zh'] ?? type;
    const list: { key: string; option: TEChartOption; empty: boolean }[] = [
      { key: 'planVsDone', option: planVsDoneOption(data, labels), empty: data.planVsDone.length === 0 },
      { key: 'overdue', option: overdueOption(data, labels), empty: data.overdueRectifications.length === 0 },
      { key: 'byType', option: nonconformityByTypeOption(data, labels, typeName), empty: data.nonconformityByType.length === 0 },
      { key: 'topItems', option: topItemsOption(data, labels), empty: data.topNonconformingItems.length === 0 },
      { key: 'grades', option: gradesByUnitOption(data, labels), empty: data.gradesByUnit.length === 0 },
    ];
    return list;
  }, [data, t, lang]);

  async function onExport() {
    try {
      await exportInspectionDashboard(query);
    } catch (e) {
      message.error(asApiError(e).message);
    }
  }

  if (error) return <LoadError error={error} onRetry={reload} />;
  const stations = org?.stations.filter((s) => s.kind === 'station') ?? [];

  return (
    <Flex vertical gap={16}>
      <Card title={t('dashboards.title')} loading={loading && !data}>
        <Flex wrap gap={8}>
          <Select
            value={year}
            onChange={setYear}
            options={[0, 1, 2].map((i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
            style={{ width: 100 }}
            aria-label={t('dashboards.year')}
          />
          {me?.scope !== 'station' && (
            <Select
              allowClear
              value={stationId}
              onChange={setStationId}
              placeholder={t('dashboards.allStations')}
              options={stations.map((s) => ({ value: s.id, label: s.name }))}
              style={{ flex: '1 1 200px', maxWidth: 320 }}
              aria-label={t('dashboards.station')}
            />
          )}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        {charts.map((c) => (
          <Col key={c.key} xs={24} xl={c.key === 'grades' ? 24 : 12}>
            <Card
              size="small"
              title={t(`dashboards.charts.${c.key}` as 'dashboards.charts.planVsDone')}
              extra={<Button size="small" icon={<DownloadOutlined />} onClick={onExport} aria-label={t('dashboards.export')} />}
              data-testid={`chart-${c.key}`}
            >
              {c.empty ? <Empty description={t('dashboards.noData')} /> : <EChart option={c.option} height={c.key === 'topItems' ? 360 : 300} />}
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
