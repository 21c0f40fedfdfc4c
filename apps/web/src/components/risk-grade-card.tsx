import { Card, Collapse, Descriptions, Empty, List, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TOperatorRisk } from '@shian/shared/risk';
import { useApi } from '../api/use-api.ts';
import { formatDateTime } from './date-text.ts';
import { getOperatorRisk } from '../api/operator-risk.ts';
import { RiskGradeTag } from './risk-grade-tag.tsx';

/** The operator's risk grade with the points behind it, on the operator detail page. */
export function RiskGradeCard({ operatorId }: { operatorId: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<TOperatorRisk>((signal) => getOperatorRisk(operatorId, signal), [operatorId]);
  if (error) return null;
  const current = data?.current;

  return (
    <Card title={t('riskGrades.cardTitle')} loading={!data} data-testid="risk-grade-card">
      {data && !current && <Empty description={t('riskGrades.notYetGraded')} />}
      {data && current && (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          <Descriptions column={{ xs: 1, sm: 3 }} size="small">
            <Descriptions.Item label={t('riskGrades.gradeLabel')}>
              <RiskGradeTag grade={current.grade} />
            </Descriptions.Item>
            <Descriptions.Item label={t('riskGrades.score')}>
              <span data-testid="risk-score">{current.score}</span>
              {t('riskGrades.staticDynamic', { fixed: current.staticScore, dynamic: current.dynamicScore })}
            </Descriptions.Item>
            <Descriptions.Item label={t('riskGrades.assessedAt')}>{formatDateTime(current.assessedAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Text strong>{t('riskGrades.why', { grade: current.grade })}</Typography.Text>
          <List
            size="small"
            bordered
            dataSource={current.breakdown}
            renderItem={(line) => <List.Item data-testid="risk-breakdown-line">{line.text}</List.Item>}
            footer={<Typography.Text type="secondary">{t('riskGrades.bandsHint', { b: data.bands.minScoreB, c: data.bands.minScoreC, d: data.bands.minScoreD })}</Typography.Text>}
          />
          <Collapse
            size="small"
            items={[
              {
                key: 'history',
                label: t('riskGrades.history', { n: data.history.length }),
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    scroll={{ x: 'max-content' }}
                    dataSource={data.history}
                    columns={[
                      { key: 'at', dataIndex: 'assessedAt', title: t('riskGrades.assessedAt'), render: (v: string) => formatDateTime(v) },
                      { key: 'grade', dataIndex: 'grade', title: t('riskGrades.gradeLabel'), render: (g: string) => <RiskGradeTag grade={g} /> },
                      { key: 'score', dataIndex: 'score', title: t('riskGrades.score') },
                      { key: 'trigger', dataIndex: 'trigger', title: t('riskGrades.trigger'), render: (v: string) => t(`riskGrades.triggers.${v}`, { defaultValue: v }) },
                    ]}
                  />
                ),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
