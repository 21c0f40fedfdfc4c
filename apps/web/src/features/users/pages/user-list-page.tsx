import { useState } from 'react';
import { Button, Space } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ROLES } from '@shian/shared/access';
import { ROLE_NAMES } from '@shian/shared/dictionary';
import type { TUser } from '@shian/shared/users';
import { useOrg } from '../../../api/use-org.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { FilterBar, SearchFilter, SelectFilter } from '../../../components/list-shell/filters.tsx';
import { matching, oneOf, text, UUID } from '../../../components/list-shell/list-params.ts';
import { ListShell } from '../../../components/list-shell/list-shell.tsx';
import { useList } from '../../../components/list-shell/use-list.ts';
import { dictionaryOptions } from '../../../components/dictionary-options.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { listUsers } from '../api/users-api.ts';
import { UserFormDrawer } from '../components/user-form-drawer.tsx';
import { UserStatusTags } from '../components/user-status-tags.tsx';

const ACTIVE = ['true', 'false'] as const;

/** The administrator's list of the bureau's accounts: search, role, station and enabled filters. */
export function UserListPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const org = useOrg();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useList({ params: { q: text(), role: oneOf(ROLES), stationId: matching(UUID), active: oneOf(ACTIVE) } }, ({ filters, page, pageSize }, signal) =>
    listUsers({ ...filters, page, pageSize }, signal),
  );
  const linkOf = (u: TUser) => u.stationName ?? u.departmentName ?? u.operatorName ?? u.cadreName ?? '—';

  return (
    <>
      <ListShell<TUser>
        list={list}
        title={t('users.listTitle')}
        testId="user-list"
        extra={
          <Space wrap>
            <Link to="/users/import">
              <Button icon={<UploadOutlined />}>{t('users.import')}</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-new">
              {t('users.new')}
            </Button>
          </Space>
        }
        filters={
          <FilterBar>
            <SearchFilter list={list} name="q" placeholder={t('users.search')} style={{ width: 220 }} data-testid="user-search" />
            <SelectFilter list={list} name="role" all={t('users.allRoles')} options={dictionaryOptions(ROLE_NAMES, lang)} style={{ width: 150 }} />
            <SelectFilter
              list={list}
              name="stationId"
              all={t('users.allStations')}
              options={(org?.stations ?? []).filter((s) => s.kind === 'station').map((s) => ({ value: s.id, label: s.name }))}
              style={{ width: 200 }}
            />
            <SelectFilter
              list={list}
              name="active"
              all={t('users.allStates')}
              options={[
                { value: 'true', label: t('users.activeOnly') },
                { value: 'false', label: t('users.inactiveOnly') },
              ]}
              style={{ width: 120 }}
            />
          </FilterBar>
        }
        emptyText={t('users.empty')}
        table={{ rowKey: 'id', size: 'small', scroll: { x: 'max-content' } }}
        columns={[
          { title: t('users.username'), dataIndex: 'username', render: (v: string, u) => <Link to={`/users/${u.id}`}>{v}</Link> },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.role'), dataIndex: 'role', render: (r: string) => nameIn(ROLE_NAMES, r, lang) },
          { title: t('users.link'), key: 'link', render: (_, u) => linkOf(u) },
          { title: t('users.status'), dataIndex: 'statuses', render: (s: TUser['statuses']) => <UserStatusTags statuses={s} /> },
          { title: t('users.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
      <UserFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={(u) => navigate(`/users/${u.id}`)} />
    </>
  );
}
