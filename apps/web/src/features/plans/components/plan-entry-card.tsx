import { Button, Card, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TPlanEntry } from '@shian/shared/plan';
import { RiskGradeTag } from '../../../components/risk-grade-tag.tsx';

const STATUS_COLOURS: Record<string, string> = { planned: 'processing', done: 'success', cancelled: 'default' };

export function PlanEntryCard({ entry, manage, onReassign, onCancel }: { entry: TPlanEntry; manage: boolean; onReassign: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const editable = manage && entry.status === 'planned';
  return (
    <Card size="small" data-testid="plan-entry">
      <Flex vertical gap={6}>
        <Flex justify="space-between" gap={8} wrap>
          <Link to={`/operators/${entry.operatorId}`} style={{ fontWeight: 500 }}>
            {entry.operatorName}
          </Link>
          <Space size={4} wrap>
            <RiskGradeTag grade={entry.riskGrade} />
            <Tag color={STATUS_COLOURS[entry.status]}>{t(`plans.status.${entry.status}`)}</Tag>
            {entry.source === 'draw' && <Tag color="purple">{t('plans.fromDraw')}</Tag>}
          </Space>
        </Flex>
        <Space size={4} wrap>
          <Tag color={entry.overdue ? 'red' : undefined} data-testid="plan-due">
            {entry.overdue ? t('plans.overdue', { date: entry.dueOn }) : t('plans.due', { date: entry.dueOn })}
          </Tag>
          <Typography.Text type="secondary">{entry.stationName}</Typography.Text>
        </Space>
        <Typography.Text data-testid="plan-inspectors">
          {t('plans.inspectors')}：{entry.inspectors.map((i) => i.displayName).join('、')}
        </Typography.Text>
        {editable && (
          <Space wrap>
            <Button size="small" onClick={onReassign} data-testid="plan-reassign">
              {t('plans.reassign')}
            </Button>
            <Popconfirm title={t('plans.cancelConfirm')} okText={t('plans.cancelEntry')} cancelText={t('common.cancel')} onConfirm={onCancel}>
              <Button size="small" danger>
                {t('plans.cancelEntry')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Flex>
    </Card>
  );
}
