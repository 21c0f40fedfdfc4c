import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CASE_STATUSES, type TCaseStatus } from '@shian/shared/enforcement-case';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listCases } from '../api/cases-api.ts';

export const STATUS_COLORS: Record<TCaseStatus, string> = {
  filing_pending: 'gold',
  investigating: 'blue',
  notified: 'cyan',
  decision_pending: 'gold',
  decided: 'geekblue',
  delivered: 'geekblue',
  executed: 'purple',
  closed: 'default',
  filing_rejected: 'default',
  transferred: 'magenta',
};

/** Cases in the user's scope, by state, searchable by party, cause or number. */
export function CaseListPage() {
  const { t } = useTranslation();
  const list = useList({ params: { status: oneOf(CASE_STATUSES), q: text() } }, ({ filters, page, pageSize }, signal) => listCases({ ...filters, page, pageSize }, signal));
  return (
    <ListShell
      list={list}
      title={t('enforcementCases.title')}
      filters={
        <FilterBar>
          <SelectFilter
            list={list}
            name="status"
            all={t('enforcementCases.status.all')}
            options={CASE_STATUSES.map((s) => ({ value: s, label: t(`enforcementCases.status.${s}`) }))}
            style={{ minWidth: 160 }}
          />
          <SearchFilter list={list} name="q" placeholder={t('enforcementCases.search')} style={{ maxWidth: 320 }} />
        </FilterBar>
      }
      emptyText={t('enforcementCases.empty')}
      pagination={{ size: 'small' }}
      renderItem={(c) => (
        <List.Item key={c.id} data-testid="case-item">
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap={8} wrap align="center">
              <Link to={`/cases/${c.id}`}>
                <Typography.Text strong>{c.partyName}</Typography.Text>
              </Link>
              <Tag color={STATUS_COLORS[c.status]}>{t(`enforcementCases.status.${c.status}`)}</Tag>
              {c.overdue && <Tag color="red">{t('enforcementCases.overdue')}</Tag>}
              {!c.online && <Tag>{t('enforcementCases.paper')}</Tag>}
            </Flex>
            <Typography.Text>{c.cause}</Typography.Text>
            <Typography.Text type="secondary">
              {[c.caseNo, c.decisionNo, c.handlingUnitName, c.decisionDueOn && `${t('enforcementCases.clocks.decision')} ${c.decisionDueOn}`].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}
