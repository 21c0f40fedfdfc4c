/*
 * The list-page building block: card and title, a filter slot, the rows as a table or as a List of cards,
 * paging from the URL, the load error with its reload. Sorting: a column with `sorter: true` sorts by the
 * list's `sort` filter ('name' / '-name', the server's convention).
 *
 * Our own on antd Table and List rather than ProTable: most of our lists are antd List items that read as
 * cards on a phone, which ProTable does not render; ProTable's own query form, toolbar and request cycle
 * would replace filters, URL state and texts that the pages and e2e specs rely on. This stays a thin frame.
 */
import type { ReactNode } from 'react';
import { Alert, Button, Card, List, Table, type ListProps, type PaginationProps, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../load-error.tsx';
import { PAGE_SIZES } from './list-params.ts';
import type { TList } from './use-list.ts';

type TPagination = Omit<PaginationProps, 'current' | 'pageSize' | 'total' | 'onChange'>;
type TSort = { sort?: string; onSort: (sort: string | undefined) => void };

type TProps<T> = {
  list: TList<T>;
  /** With a title the list sits in its own Card; without, it renders bare (inside a tab or a larger card). */
  title?: ReactNode;
  extra?: ReactNode;
  /** Filter bar, toolbar and hints, above the rows. */
  filters?: ReactNode;
  /** After the rows, inside the card (modals and the like). */
  children?: ReactNode;
  /** Left out, antd's own "no data" shows. */
  emptyText?: ReactNode;
  pagination?: TPagination;
  /** Show a load error above the rows, keeping the filters, instead of in place of the whole list. */
  inlineError?: boolean;
  /** data-testid of a wrapper around the rows, for pages whose specs look for it. */
  testId?: string;
} & (
  | { renderItem: (item: T) => ReactNode; header?: ReactNode; grid?: ListProps<T>['grid'] }
  | { columns: TableColumnsType<T>; table?: Omit<TableProps<T>, 'columns' | 'dataSource' | 'loading' | 'pagination' | 'onChange' | 'locale'>; sort?: TSort }
);

// Listing 'ascend' twice stops antd from cycling to "unsorted", which the server has no notion of.
const SORT_DIRECTIONS: ('ascend' | 'descend')[] = ['ascend', 'descend', 'ascend'];

export function ListShell<T>(props: TProps<T>) {
  const { t } = useTranslation();
  const { list, title, extra, filters, children, emptyText, inlineError, testId } = props;
  if (list.error && !inlineError) return <LoadError error={list.error} onRetry={list.reload} />;

  const total = list.data?.total ?? 0;
  // A size changer must stay reachable, so such a list always shows its pager; others only past one page.
  const pagination =
    props.pagination?.showSizeChanger || total > list.pageSize
      ? {
          current: list.page,
          pageSize: list.pageSize,
          total,
          pageSizeOptions: PAGE_SIZES,
          onChange: (page: number, pageSize: number) => list.setPage(page, pageSize),
          ...props.pagination,
          // antd's own rule (a size changer past 50 rows), with a name for screen readers, which antd's select lacks.
          showSizeChanger: (props.pagination?.showSizeChanger ?? total > 50) ? { 'aria-label': t('common.pageSize') } : false,
        }
      : false;
  const items = list.data?.items ?? [];
  const locale = emptyText === undefined ? undefined : { emptyText };

  let rows: ReactNode;
  if ('renderItem' in props) {
    rows = <List<T> loading={list.loading} header={props.header} grid={props.grid} dataSource={items} locale={locale} pagination={pagination} renderItem={props.renderItem} />;
  } else {
    const { sort } = props;
    const columns = sort
      ? props.columns.map((c) =>
          c.sorter === true
            ? { ...c, sortDirections: SORT_DIRECTIONS, sortOrder: sort.sort === c.key ? ('ascend' as const) : sort.sort === `-${String(c.key)}` ? ('descend' as const) : null }
            : c,
        )
      : props.columns;
    rows = (
      <Table<T>
        {...props.table}
        columns={columns}
        dataSource={items}
        loading={list.loading}
        locale={locale}
        pagination={pagination && { ...pagination, onChange: undefined }}
        onChange={(p, _filters, sorter, extra) => {
          if (extra.action === 'paginate' && pagination) pagination.onChange(p.current ?? 1, p.pageSize ?? list.pageSize);
          if (extra.action === 'sort' && sort) {
            const single = Array.isArray(sorter) ? sorter[0] : sorter;
            sort.onSort(single?.order && single.columnKey ? `${single.order === 'descend' ? '-' : ''}${String(single.columnKey)}` : undefined);
          }
        }}
      />
    );
  }

  const body = (
    <>
      {filters}
      {list.error && <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} action={<Button onClick={list.reload}>{t('common.reload')}</Button>} />}
      {testId ? <div data-testid={testId}>{rows}</div> : rows}
      {children}
    </>
  );
  return title === undefined ? (
    body
  ) : (
    <Card title={title} extra={extra}>
      {body}
    </Card>
  );
}
