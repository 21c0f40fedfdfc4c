import { Button, List } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CADRE_VISIT_STATUSES } from '@shian/shared/cadre-visit';
import { FilterBar, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { matching, oneOf, UUID } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { listVisits } from '../api/cadre-visits-api.ts';
import { VisitCard } from '../components/visit-card.tsx';

export function VisitListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useList({ params: { status: oneOf(CADRE_VISIT_STATUSES), operatorId: matching(UUID) } }, ({ filters, page, pageSize }, signal) =>
    listVisits({ ...filters, page, pageSize }, signal),
  );
  return (
    <ListShell
      list={list}
      title={t('cadreVisits.listTitle')}
      extra={
        can('cadre-visit.record') && (
          <Link to="/cadre-visits/new">
            <Button type="primary" size="small" icon={<PlusOutlined />}>
              {t('cadreVisits.record')}
            </Button>
          </Link>
        )
      }
      filters={
        <FilterBar>
          <SelectFilter
            list={list}
            name="status"
            all={t('cadreVisits.tabs.all')}
            options={CADRE_VISIT_STATUSES.map((value) => ({ value, label: t(`cadreVisits.statuses.${value}`) }))}
            style={{ minWidth: 140 }}
          />
        </FilterBar>
      }
      emptyText={t('cadreVisits.empty')}
      pagination={{ size: 'small' }}
      renderItem={(v) => (
        <List.Item key={v.id}>
          <VisitCard visit={v} />
        </List.Item>
      )}
    />
  );
}
