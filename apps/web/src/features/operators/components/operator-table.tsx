import { Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { OPERATOR_TYPE_NAMES, nameOf } from '@shian/shared/dictionary';
import type { TOperatorSummary, TPage } from '@shian/shared/operator';
import { formatDateTime } from '../../../components/date-text.ts';
import { useLang } from '../../../locales/i18n.ts';
import { PAGE_SIZES, type TListParams, type TOperatorSort } from '../hooks/use-list-params.ts';
import { OperatorStatusTag } from './operator-status-tag.tsx';

type TProps = {
  data?: TPage<TOperatorSummary>;
  loading: boolean;
  params: TListParams;
  onChange: (patch: Partial<TListParams>) => void;
};

type TSortable = 'name' | 'updatedAt';
// Listing 'ascend' twice stops antd from cycling to "unsorted", which the server has no notion of.
const SORT_DIRECTIONS: ('ascend' | 'descend')[] = ['ascend', 'descend', 'ascend'];

function orderOf(sort: TOperatorSort, column: TSortable) {
  if (sort === column) return 'ascend' as const;
  if (sort === `-${column}`) return 'descend' as const;
  return null;
}

export function OperatorTable({ data, loading, params, onChange }: TProps) {
  const { t } = useTranslation();
  const lang = useLang();

  const columns: TableColumnsType<TOperatorSummary> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('operators.fields.name'),
      sorter: true,
      sortDirections: SORT_DIRECTIONS,
      sortOrder: orderOf(params.sort, 'name'),
      render: (name: string, record) => <Link to={`/operators/${record.id}`}>{name}</Link>,
    },
    { key: 'uscc', dataIndex: 'uscc', title: t('operators.fields.uscc') },
    {
      key: 'type',
      dataIndex: 'type',
      title: t('operators.fields.type'),
      render: (type: TOperatorSummary['type']) => nameOf(OPERATOR_TYPE_NAMES, type, lang),
    },
    { key: 'unitName', dataIndex: 'unitName', title: t('operators.fields.unit') },
    {
      key: 'stationName',
      dataIndex: 'stationName',
      title: t('operators.fields.station'),
      render: (name: string | null) => name ?? t('common.empty'),
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('operators.fields.status'),
      render: (status: TOperatorSummary['status']) => <OperatorStatusTag status={status} />,
    },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('operators.fields.updatedAt'),
      sorter: true,
      sortDirections: SORT_DIRECTIONS,
      sortOrder: orderOf(params.sort, 'updatedAt'),
      render: (value: string) => formatDateTime(value),
    },
  ];

  const handleChange: TableProps<TOperatorSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const column = single?.columnKey as TSortable | undefined;
      if (!column || !single.order) onChange({ sort: 'name' });
      else onChange({ sort: single.order === 'descend' ? `-${column}` : column });
    } else if (extra.action === 'paginate') {
      onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? params.pageSize });
    }
  };

  return (
    <div data-testid="operator-table">
      <Table<TOperatorSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        onChange={handleChange}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </div>
  );
}
