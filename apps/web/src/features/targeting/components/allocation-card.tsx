import { Alert, App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { DownloadOutlined, ScheduleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TAllocation } from '@shian/shared/targeting';
import { formatDateTime } from '../../../components/date-text.ts';
import { useAction } from '../../../components/use-action.ts';
import { exportAllocation, planAllocation } from '../api/targeting-api.ts';
import { percent, ReasonList } from './reason-list.tsx';

const STATUS_COLOR = { draft: 'blue', planned: 'green', superseded: 'default' } as const;

/** One station's list, grouped by township unit in route order. */
export function AllocationCard({ allocation: a, manage, onChanged, onError }: { allocation: TAllocation; manage: boolean; onChanged: () => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const toPlan = a.items.filter((i) => !i.existingEntryId).length;

  async function plan() {
    const result = await run(() => planAllocation(a.id, a.version));
    if (result) {
      message.success(t('targeting.planned', result));
      onChanged();
    }
  }

  return (
    <Card
      size="small"
      data-testid="allocation-card"
      title={
        <Flex gap={8} wrap align="center">
          <span>{a.stationName}</span>
          <Tag color={STATUS_COLOR[a.status]}>{t(`targeting.status.${a.status}`)}</Tag>
        </Flex>
      }
      extra={
        <Flex gap={4} wrap>
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportAllocation(a).catch(onError)}>
            {t('targeting.export')}
          </Button>
          {manage && a.status === 'draft' && (
            <Popconfirm title={t('targeting.toPlanConfirm', { count: toPlan })} onConfirm={() => void plan()}>
              <Button size="small" type="primary" icon={<ScheduleOutlined />} loading={busy} data-testid="allocation-plan">
                {t('targeting.toPlan')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text data-testid="allocation-summary">
          {`${t('targeting.summary', { capacity: a.capacity, legal: a.legalCount, risk: a.riskCount })} · ${t('targeting.dueOn', { date: a.dueOn })}`}
        </Typography.Text>
        {a.overCapacity > 0 && <Alert type="warning" showIcon message={t('targeting.overCapacity', { count: a.overCapacity })} />}
        {a.plannedAt && <Typography.Text type="success">{t('targeting.plannedAt', { at: formatDateTime(a.plannedAt), count: a.plannedEntries })}</Typography.Text>}
        {a.items.map((item, k) => (
          <Flex key={item.operatorId} vertical gap={2} data-testid="allocation-item">
            {(k === 0 || a.items[k - 1].unitCode !== item.unitCode) && (
              <Typography.Text strong style={{ marginTop: 8 }}>
                {item.unitName}
              </Typography.Text>
            )}
            <Flex gap={6} wrap align="center">
              <Tag color={item.reason === 'legal_minimum' ? 'purple' : 'red'}>{t(`targeting.reason.${item.reason}`)}</Tag>
              <Typography.Text>{item.operatorName}</Typography.Text>
              {item.riskGrade && <Tag>{t('targeting.grade', { grade: item.riskGrade })}</Tag>}
              <Typography.Text type="secondary">{percent(item.probability)}</Typography.Text>
              {item.existingEntryId && <Tag>{t('targeting.alreadyPlanned')}</Tag>}
            </Flex>
            <ReasonList reasons={item.reasons} />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
