import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { TabsFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listInspections } from '../api/inspections-api.ts';
import { InspectionResultTag } from '../../../components/inspection-result-tag.tsx';

const STATUS_FILTERS = ['all', 'open', 'closed'] as const;

export function InspectionListPage() {
  const { t } = useTranslation();
  const list = useList({ params: { status: oneOf(STATUS_FILTERS, 'all') } }, ({ filters, page, pageSize }, signal) =>
    listInspections({ status: filters.status === 'all' ? undefined : filters.status, page, pageSize }, signal),
  );
  return (
    <ListShell
      list={list}
      title={t('inspections.listTitle')}
      filters={
        <TabsFilter
          list={list}
          name="status"
          options={STATUS_FILTERS.map((s) => ({ value: s, label: s === 'all' ? t('inspections.filters.all') : t(`inspections.statuses.${s}`) }))}
          style={{ marginBottom: 12 }}
        />
      }
      emptyText={t('inspections.empty')}
      pagination={{ size: 'small' }}
      renderItem={(inspection) => (
        <List.Item data-testid="inspection-row">
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Link to={`/inspections/${inspection.id}`}>{inspection.operatorName}</Link>
            <Flex gap={6} wrap align="center">
              <Tag>{t(`inspections.kinds.${inspection.kind}`)}</Tag>
              <Typography.Text type="secondary">{inspection.inspectedOn}</Typography.Text>
              <InspectionResultTag result={inspection.result} status={inspection.status} />
              <Typography.Text type="secondary">{inspection.inspectors.map((i) => i.displayName).join('、')}</Typography.Text>
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}
