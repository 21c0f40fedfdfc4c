import { Button, List, Space, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SELF_CHECK_KINDS } from '@shian/shared/self-check';
import { useAuth } from '../../../auth/auth-context.ts';
import { FilterBar, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { matching, oneOf, UUID } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { listSelfChecks } from '../api/self-checks-api.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 自查记录: the records in the reader's scope (the business its own), newest first, by kind and operator. */
export function SelfCheckListPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useList({ params: { kind: oneOf(SELF_CHECK_KINDS), operatorId: matching(UUID), from: matching(DATE), to: matching(DATE) } }, ({ filters, page, pageSize }, signal) =>
    listSelfChecks({ ...filters, page, pageSize }, signal),
  );
  return (
    <ListShell
      list={list}
      title={t('selfChecks.listTitle')}
      extra={
        can('self-check.record') && (
          <Link to="/self-checks/today">
            <Button type="primary" size="small" icon={<EditOutlined />}>
              {t('selfChecks.todayTitle')}
            </Button>
          </Link>
        )
      }
      filters={
        <FilterBar>
          <SelectFilter
            list={list}
            name="kind"
            all={t('selfChecks.allKinds')}
            options={SELF_CHECK_KINDS.map((value) => ({ value, label: t(`selfChecks.kinds.${value}`) }))}
            style={{ minWidth: 140 }}
          />
        </FilterBar>
      }
      emptyText={t('selfChecks.empty')}
      pagination={{ size: 'small' }}
      testId="self-check-list"
      renderItem={(r) => (
        <List.Item key={r.id} extra={<Link to={`/self-checks/${r.id}`}>{r.kind === 'daily' ? r.period : `${r.period} ~ ${r.periodEnd}`}</Link>}>
          <List.Item.Meta
            title={
              <Space wrap size={4}>
                <Tag color={r.kind === 'daily' ? 'blue' : r.kind === 'weekly' ? 'purple' : 'gold'}>{t(`selfChecks.kinds.${r.kind}`)}</Tag>
                <Link to={`/self-checks/${r.id}`}>{r.operatorName}</Link>
              </Space>
            }
            description={
              <Space wrap size={8}>
                {r.kind === 'daily' && (
                  <Typography.Text type={r.openProblems > 0 ? 'danger' : 'secondary'}>{t('selfChecks.problemsCount', { n: r.problems, open: r.openProblems })}</Typography.Text>
                )}
                {r.corrections > 0 && <Tag>{`${t('selfChecks.corrections')} ${r.corrections}`}</Tag>}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
