import { Button, Flex } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../../auth/auth-context.ts';
import { mayCreateOperator } from '@shian/shared/access';
import { OPERATOR_SORTS } from '@shian/shared/operator';
import { ExportButton } from '../../../components/list-shell/export-button.tsx';
import { oneOf } from '../../../components/list-shell/list-params.ts';
import { SearchFilter } from '../../../components/list-shell/filters.tsx';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { exportOperators, listOperators } from '../api/operators-api.ts';
import { OperatorFilters } from '../components/operator-filters.tsx';
import { useOperatorColumns } from '../components/operator-columns.tsx';
import { OPERATOR_LIST } from '../components/operator-list-filters.ts';

export function OperatorListPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const navigate = useNavigate();
  const columns = useOperatorColumns();
  const list = useList(OPERATOR_LIST, ({ filters, page, pageSize }, signal) => listOperators({ ...filters, page, pageSize }, signal));
  const params = { ...list.filters, page: list.page, pageSize: list.pageSize };
  const update = list.set;
  const search = t('operators.searchPlaceholder');

  return (
    <ListShell
      list={list}
      title={t('operators.listTitle')}
      filters={
        <>
          <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 12 }}>
            <SearchFilter list={list} name="q" enterButton placeholder={search} aria-label={search} style={{ flex: '1 1 280px', maxWidth: 480 }} data-testid="operator-search" />
            <Flex wrap gap={8}>
              {can('operator.write') && !!me && mayCreateOperator(me.scope) && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/operators/new')} data-testid="operator-create">
                  {t('operators.create')}
                </Button>
              )}
              {can('operator.import') && (
                <Button icon={<UploadOutlined />} onClick={() => navigate('/operators/import')} data-testid="operator-import">
                  {t('operators.import')}
                </Button>
              )}
              {can('operator.export') && (
                <ExportButton run={() => exportOperators(list.filters)} testId="operator-export">
                  {t('operators.export')}
                </ExportButton>
              )}
            </Flex>
          </Flex>
          <OperatorFilters params={params} onChange={update} />
        </>
      }
      // The filters stay on screen above a load error, so a bad combination can be undone.
      inlineError
      testId="operator-table"
      table={{ rowKey: 'id', size: 'middle', scroll: { x: 'max-content' } }}
      columns={columns}
      sort={{ sort: list.filters.sort, onSort: (sort) => update({ sort: oneOf(OPERATOR_SORTS, 'name')(sort ?? null) }) }}
      pagination={{ showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
    />
  );
}
