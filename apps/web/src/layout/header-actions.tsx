import type { ReactNode } from 'react';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ROLE_NAMES, nameOf } from '@shian/shared/dictionary';
import type { TMe } from '@shian/shared/auth';
import { useAuth } from '../auth/auth-context.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useLang } from '../lib/i18n.ts';
import { OfflineIndicator } from './offline-indicator.tsx';

export function HeaderActions({ me, compact, extra }: { me: TMe; compact: boolean; extra?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { logout } = useAuth();
  const roleName = nameOf(ROLE_NAMES, me.role, lang);

  async function onLogout() {
    await logout().catch(() => undefined);
    navigate('/login', { replace: true });
  }

  return (
    <Space size={compact ? 0 : 'small'} wrap={false}>
      <OfflineIndicator compact={compact} />
      {extra}
      {compact ? (
        <Tooltip title={`${me.displayName} · ${roleName}`}>
          <Button type="text" icon={<UserOutlined />} aria-label={me.displayName} />
        </Tooltip>
      ) : (
        <Space size={4} data-testid="current-user">
          <UserOutlined />
          <Typography.Text>{me.displayName}</Typography.Text>
          <Tag color="blue">{roleName}</Tag>
        </Space>
      )}
      <LanguageSwitch compact={compact} />
      <Tooltip title={t('header.changePassword')}>
        <Button type="text" icon={<LockOutlined />} aria-label={t('header.changePassword')} onClick={() => navigate('/account/password')} />
      </Tooltip>
      <Button type="text" icon={<LogoutOutlined />} data-testid="logout" onClick={() => void onLogout()}>
        {compact ? null : t('header.logout')}
      </Button>
    </Space>
  );
}
