import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ROLE_NAMES } from '@shian/shared/dictionary';
import type { TUser } from '@shian/shared/users';
import { useApi } from '../../../api/use-api.ts';
import { useAuth } from '../../../auth/auth-context.ts';
import { formatDateTime } from '../../../components/date-text.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { useAction } from '../../../components/use-action.ts';
import { nameIn } from '../../../lib/dictionary-names.ts';
import { useLang } from '../../../lib/i18n.ts';
import { getUser, resetPassword, userAction } from '../api/users-api.ts';
import { TemporaryPasswordModal } from '../components/temporary-password-modal.tsx';
import { UserFormDrawer } from '../components/user-form-drawer.tsx';
import { UserSessionsCard } from '../components/user-sessions-card.tsx';
import { UserStatusTags } from '../components/user-status-tags.tsx';

// The administrator's lock shows as "until unlocked" (the server stores it as the end of time).
const UNTIL_UNLOCKED_YEAR = 9999;

/** One account: its settings, the administrator's actions on it and its sessions. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const { busy, run } = useAction();
  const [editing, setEditing] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const { data: user, error, reload, setData } = useApi((signal) => getUser(id, signal), [id]);
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!user) return <Card loading />;
  const self = user.id === me?.id;
  const locked = user.statuses.includes('locked');

  function replace(next: TUser) {
    setData(next);
    setChanges((n) => n + 1);
  }
  async function act(action: 'lock' | 'unlock' | 'deactivate' | 'activate') {
    const next = await run(() => userAction(id, action), t('users.done'));
    if (next) replace(next);
  }
  async function reset() {
    const result = await run(() => resetPassword(id));
    if (!result) return;
    replace(result.user);
    setTemporary(result.temporaryPassword);
  }
  const lockedUntil = user.lockedUntil && new Date(user.lockedUntil).getUTCFullYear() === UNTIL_UNLOCKED_YEAR ? t('users.untilUnlocked') : formatDateTime(user.lockedUntil);

  return (
    <Flex vertical gap={16}>
      <Card
        title={`${user.displayName}（${user.username}）`}
        extra={
          !self && (
            <Button onClick={() => setEditing(true)} data-testid="user-edit">
              {t('users.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('users.role')}>{nameIn(ROLE_NAMES, user.role, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('users.status')}>
            <UserStatusTags statuses={user.statuses} />
          </Descriptions.Item>
          {user.stationName && <Descriptions.Item label={t('users.station')}>{user.stationName}</Descriptions.Item>}
          {user.departmentName && <Descriptions.Item label={t('users.department')}>{user.departmentName}</Descriptions.Item>}
          {user.operatorName && <Descriptions.Item label={t('users.operator')}>{user.operatorName}</Descriptions.Item>}
          {user.cadreName && <Descriptions.Item label={t('users.cadre')}>{user.cadreName}</Descriptions.Item>}
          {locked && <Descriptions.Item label={t('users.lockedUntil')}>{lockedUntil}</Descriptions.Item>}
          <Descriptions.Item label={t('users.createdAt')}>{formatDateTime(user.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('users.passwordChangedAt')}>{formatDateTime(user.passwordChangedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {!self && (
        <Card title={t('users.actions')} size="small">
          <Space wrap>
            <Popconfirm title={t('users.resetConfirm')} onConfirm={() => void reset()}>
              <Button loading={busy} data-testid="user-reset-password">
                {t('users.resetPassword')}
              </Button>
            </Popconfirm>
            {locked ? (
              <Button loading={busy} onClick={() => void act('unlock')} data-testid="user-unlock">
                {t('users.unlock')}
              </Button>
            ) : (
              <Popconfirm title={t('users.lockConfirm')} onConfirm={() => void act('lock')}>
                <Button loading={busy} data-testid="user-lock">
                  {t('users.lock')}
                </Button>
              </Popconfirm>
            )}
            {user.active ? (
              <Popconfirm title={t('users.deactivateConfirm')} onConfirm={() => void act('deactivate')}>
                <Button danger loading={busy} data-testid="user-deactivate">
                  {t('users.deactivate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button loading={busy} onClick={() => void act('activate')} data-testid="user-activate">
                {t('users.activate')}
              </Button>
            )}
          </Space>
        </Card>
      )}
      <UserSessionsCard userId={user.id} self={self} refreshKey={changes} />
      <UserFormDrawer
        user={user}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={(next) => {
          replace(next);
          setEditing(false);
        }}
      />
      <TemporaryPasswordModal password={temporary} onClose={() => setTemporary(null)} />
    </Flex>
  );
}
