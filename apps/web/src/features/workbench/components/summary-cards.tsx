import { Card, Col, Flex, Row, Typography } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { TWorkbench, TWorkbenchDue } from '@shian/shared/workbench';

const CARDS: { due: TWorkbenchDue; count: keyof TWorkbench['summary']; colour: string; icon: ReactNode }[] = [
  { due: 'today', count: 'dueToday', colour: '#fa8c16', icon: <ClockCircleOutlined /> },
  { due: 'week', count: 'dueThisWeek', colour: '#1677ff', icon: <FieldTimeOutlined /> },
  { due: 'overdue', count: 'overdue', colour: '#cf1322', icon: <ExclamationCircleOutlined /> },
];

/** Due today, this week, overdue: each card is also the filter for its items (a second click clears it). */
export function SummaryCards({ summary, selected, onSelect }: { summary?: TWorkbench['summary']; selected?: TWorkbenchDue; onSelect: (due: TWorkbenchDue | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {CARDS.map(({ due, count, colour, icon }) => {
        const active = selected === due;
        return (
          // Stacked on a phone, side by side from a tablet up.
          <Col key={due} xs={24} sm={8} title={t('workbench.cardHint')}>
            <Card
              size="small"
              hoverable
              role="button"
              aria-pressed={active}
              tabIndex={0}
              onClick={() => onSelect(active ? undefined : due)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(active ? undefined : due);
                }
              }}
              style={{ borderColor: active ? colour : undefined, boxShadow: active ? `0 0 0 1px ${colour}` : undefined }}
              data-testid={`workbench-card-${due}`}
            >
              <Flex justify="space-between" align="center">
                <Typography.Text style={{ color: colour }}>
                  {icon} {t(`workbench.cards.${due}`)}
                </Typography.Text>
                <Typography.Text strong style={{ fontSize: 24, color: colour }} data-testid="workbench-card-count">
                  {summary?.[count] ?? '–'}
                </Typography.Text>
              </Flex>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
