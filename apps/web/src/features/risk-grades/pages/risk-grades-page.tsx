import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TRiskBandsView, TRiskDistributionRow } from '@shian/shared/risk';
import { asApiError } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getRiskBands, getRiskDistribution, putRiskBands, recomputeRisk } from '../api/risk-api.ts';
import { RiskGradeTag } from '../../../components/risk-grade-tag.tsx';

type TBandValues = Pick<TRiskBandsView, 'minScoreB' | 'minScoreC' | 'minScoreD'>;

export function RiskGradesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<TBandValues>();
  const bands = useApi((signal) => getRiskBands(signal), []);
  const distribution = useApi((signal) => getRiskDistribution(signal), []);
  const [busy, setBusy] = useState(false);
  const manage = can('risk.manage');

  async function run(action: () => Promise<string>) {
    setBusy(true);
    try {
      message.success(await action());
      bands.reload();
      distribution.reload();
    } catch (e) {
      const error = asApiError(e);
      form.setFields(error.fields.map((f) => ({ name: f.path as keyof TBandValues, errors: [f.message] })));
      message.error(error.message);
    } finally {
      setBusy(false);
    }
  }

  const save = (values: TBandValues) =>
    run(async () => {
      const saved = await putRiskBands({ version: bands.data!.version, ...values });
      return t('riskGrades.bandsSaved', { n: saved.regraded.changed });
    });
  const recompute = () =>
    run(async () => {
      const result = await recomputeRisk();
      return t('riskGrades.recomputed', { n: result.operators, changed: result.changed });
    });

  if (bands.error) return <LoadError error={bands.error} onRetry={bands.reload} />;
  const totals = distribution.data?.totals;

  return (
    <Flex vertical gap={16}>
      <Card title={t('riskGrades.bandsTitle')} loading={!bands.data}>
        {bands.data && (
          <Form form={form} layout="inline" initialValues={bands.data} key={bands.data.version} onFinish={save} disabled={!manage} style={{ rowGap: 12 }}>
            {(['minScoreB', 'minScoreC', 'minScoreD'] as const).map((name) => (
              <Form.Item key={name} name={name} label={t(`riskGrades.${name}`)} rules={[{ required: true }]}>
                <InputNumber min={0} max={1000} data-testid={`band-${name}`} />
              </Form.Item>
            ))}
            {manage && (
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="bands-save">
                  {t('riskGrades.saveBands')}
                </Button>
              </Form.Item>
            )}
          </Form>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('riskGrades.bandsExplain')}
        </Typography.Paragraph>
      </Card>
      <Card
        title={t('riskGrades.distributionTitle')}
        extra={
          manage && (
            <Button icon={<ReloadOutlined />} onClick={recompute} loading={busy} data-testid="risk-recompute">
              {t('riskGrades.recompute')}
            </Button>
          )
        }
      >
        {distribution.error && <Alert type="error" message={distribution.error.message} />}
        {totals && (
          <Flex wrap gap={12} style={{ marginBottom: 12 }}>
            {(['A', 'B', 'C', 'D'] as const).map((g) => (
              <span key={g}>
                <RiskGradeTag grade={g} /> {totals[g]}
              </span>
            ))}
            <span>
              <RiskGradeTag grade={null} /> {totals.ungraded}
            </span>
          </Flex>
        )}
        <Table<TRiskDistributionRow>
          size="small"
          rowKey="unitCode"
          loading={distribution.loading}
          dataSource={distribution.data?.units}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'unit', dataIndex: 'unitName', title: t('riskGrades.unit') },
            { key: 'station', dataIndex: 'stationName', title: t('riskGrades.station') },
            ...(['A', 'B', 'C', 'D', 'ungraded'] as const).map((g) => ({
              key: g,
              title: g === 'ungraded' ? t('riskGrades.ungraded') : g,
              render: (_: unknown, row: TRiskDistributionRow) => row.counts[g],
            })),
          ]}
        />
      </Card>
    </Flex>
  );
}
