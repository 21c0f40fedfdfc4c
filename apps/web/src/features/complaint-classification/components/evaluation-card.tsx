import { useState } from 'react';
import { Card, Col, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLASSIFIER_HEADS, type TClassifierHead, type THeadEvaluation, type TModelEvaluation } from '@shian/shared/complaint-classification';
import { EChart, type TEChartOption } from '../../../components/echart.tsx';
import { COMPLAINT_ISSUE_TYPE_NAMES, COMPLAINT_TRADE_NAMES } from '@shian/shared/complaint';
import { useLang } from '../../../lib/i18n.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * The confusion matrix as stacked bars: one bar per true class, green for the texts it got right, one
 * coloured segment per wrong predicted class.
 */
function confusionOption(evaluation: THeadEvaluation, name: (label: string) => string, labels: { correct: string; predictedAs: string }): TEChartOption {
  const rows = evaluation.labels
    .map((label, i) => ({ label, i }))
    .filter(({ i }) => evaluation.confusion[i].some((n) => n > 0))
    .reverse();
  const wrong = evaluation.labels.map((label, j) => ({ label, j })).filter(({ j }) => rows.some(({ i }) => i !== j && evaluation.confusion[i][j] > 0));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => name(r.label)) },
    series: [
      { name: labels.correct, type: 'bar', stack: 'confusion', data: rows.map(({ i }) => evaluation.confusion[i][i]), itemStyle: { color: '#52c41a' } },
      ...wrong.map(({ label, j }) => ({
        name: `${labels.predictedAs} ${name(label)}`,
        type: 'bar' as const,
        stack: 'confusion',
        data: rows.map(({ i }) => (i === j ? 0 : evaluation.confusion[i][j])),
      })),
    ],
  };
}

export function EvaluationCard({ evaluation }: { evaluation: TModelEvaluation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [head, setHead] = useState<TClassifierHead>('issueType');
  const current = evaluation[head];
  const name = (label: string) => nameIn(head === 'trade' ? COMPLAINT_TRADE_NAMES : COMPLAINT_ISSUE_TYPE_NAMES, label, lang);
  const rows = current.perClass.filter(
    (c) => c.support > 0 || current.confusion.some((row, i) => i !== current.labels.indexOf(c.label) && row[current.labels.indexOf(c.label)] > 0),
  );

  return (
    <Card title={t('complaintClassification.evaluation')} data-testid="classifier-evaluation">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('complaintClassification.evaluationIntro')}</Typography.Text>
        <Segmented
          value={head}
          onChange={(v) => setHead(v as TClassifierHead)}
          options={CLASSIFIER_HEADS.map((h) => ({ value: h, label: t(`complaintClassification.heads.${h}`) }))}
        />
        <Row gutter={[12, 12]}>
          <Col xs={12} md={6}>
            <Statistic title={t('complaintClassification.accuracy')} value={percent(current.accuracy)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('complaintClassification.macroF1')} value={current.macroF1.toFixed(3)} />
          </Col>
          <Col xs={24} md={12}>
            <Typography.Text type="secondary">{t('complaintClassification.testSize', { count: current.testSize, train: current.trainSize })}</Typography.Text>
          </Col>
        </Row>
        <Typography.Text strong>{t('complaintClassification.confusion')}</Typography.Text>
        <EChart
          option={confusionOption(current, name, { correct: t('complaintClassification.right'), predictedAs: t('complaintClassification.predictedAs') })}
          height={Math.max(220, 44 * current.labels.length)}
          testId="classifier-confusion"
        />
        <Table
          size="small"
          rowKey="label"
          pagination={false}
          scroll={{ x: 420 }}
          dataSource={rows}
          columns={[
            { title: t('complaintClassification.label'), dataIndex: 'label', render: (label: string) => name(label) },
            { title: t('complaintClassification.precision'), dataIndex: 'precision', render: percent },
            { title: t('complaintClassification.recall'), dataIndex: 'recall', render: percent },
            { title: t('complaintClassification.f1'), dataIndex: 'f1', render: (f1: number) => f1.toFixed(3) },
            { title: t('complaintClassification.support'), dataIndex: 'support' },
          ]}
        />
      </Flex>
    </Card>
  );
}
