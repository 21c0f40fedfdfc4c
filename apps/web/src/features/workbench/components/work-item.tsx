import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { WORKBENCH_MODULE_NAMES, WORKBENCH_MODULES, type TWorkbenchModule, type TWorkItem } from '@shian/shared/workbench';
import { nameOf } from '@shian/shared/dictionary';
import { chinaToday } from '@shian/shared/working-days';
import { useLang } from '../../../lib/i18n.ts';

// Tag colours by the module's place in the list, so a new module needs no web change.
const COLOURS = ['blue', 'cyan', 'purple', 'gold', 'magenta', 'volcano', 'geekblue', 'green', 'lime', 'orange'];
const colourOf = (module: TWorkbenchModule) => COLOURS[WORKBENCH_MODULES.indexOf(module) % COLOURS.length];

/** The clock in working days: left, due today, or overdue by (red). */
function Clock({ item }: { item: TWorkItem }) {
  const { t } = useTranslation();
  const n = Math.abs(item.workingDaysLeft);
  if (item.overdue) {
    return (
      <Typography.Text type="danger" strong data-testid="workbench-clock">
        {n > 0 ? t('workbench.clock.overdueBy', { n }) : t('workbench.clock.overdue')}
      </Typography.Text>
    );
  }
  // Due on a day off after today leaves 0 working days without being due today.
  const today = item.dueOn === chinaToday();
  return (
    <Typography.Text strong={today} style={today ? { color: '#d46b08' } : undefined} data-testid="workbench-clock">
      {today ? t('workbench.clock.today') : t('workbench.clock.left', { n })}
    </Typography.Text>
  );
}

/** One step to take; the whole row opens it. On a phone each row is a card. */
export function WorkItem({ item, card }: { item: TWorkItem; card: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const title = lang === 'en' ? item.title.en : item.title.zh;
  const body = (
    <Flex vertical gap={4} style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Flex gap={6} align="start" style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Tag color={colourOf(item.module)} style={{ marginInlineEnd: 0 }} data-testid="workbench-module">
            {nameOf(WORKBENCH_MODULE_NAMES, item.module, lang)}
          </Tag>
          {/* The link makes the row reachable by keyboard; a click anywhere on the row opens it too. */}
          <Link to={item.link} onClick={(e) => e.stopPropagation()} style={{ fontWeight: 500, overflowWrap: 'anywhere' }} data-testid="workbench-title">
            {title}
          </Link>
        </Flex>
        <Clock item={item} />
      </Flex>
      <Typography.Text type="secondary">
        {/* Most titles start with the operator; a lead's names only its summary. */}
        {item.operatorName && !title.includes(item.operatorName) ? `${item.operatorName} · ` : ''}
        {t('workbench.dueOn', { date: item.dueOn })}
      </Typography.Text>
    </Flex>
  );
  return (
    <List.Item
      onClick={() => navigate(item.link)}
      style={{ cursor: 'pointer', padding: card ? '0 0 8px' : undefined, borderBlockEnd: card ? 'none' : undefined }}
      data-testid="workbench-item"
    >
      {card ? (
        <Card size="small" style={{ width: '100%', borderColor: item.overdue ? '#ffa39e' : undefined }}>
          {body}
        </Card>
      ) : (
        body
      )}
    </List.Item>
  );
}
