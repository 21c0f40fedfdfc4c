import { Suspense, useEffect, useMemo, useState } from 'react';
import { Grid, Spin } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.ts';
import { menuFor } from '../config/routes.tsx';
import { HeaderActions } from './header-actions.tsx';

export function AdminLayout() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  // On a phone the menu is a drawer: closed at first and after every choice.
  const [collapsed, setCollapsed] = useState(compact);
  useEffect(() => setCollapsed(compact), [compact]);

  const route = useMemo(
    () => ({
      path: '/',
      children: me ? menuFor(me).map((entry) => ({ path: entry.path, name: t(entry.key), icon: entry.icon })) : [],
    }),
    [me, t],
  );

  if (!me) return null;
  return (
    <ProLayout
      title={compact ? t('app.shortTitle') : t('app.title')}
      logo={<SafetyCertificateOutlined style={{ fontSize: 24, color: '#1677ff' }} />}
      layout="mix"
      fixedHeader
      fixSiderbar
      siderWidth={200}
      location={{ pathname }}
      route={route}
      menu={{ locale: false }}
      collapsed={collapsed}
      onCollapse={setCollapsed}
      menuItemRender={(item, dom) =>
        item.path ? (
          <Link to={item.path} onClick={() => compact && setCollapsed(true)}>
            {dom}
          </Link>
        ) : (
          dom
        )
      }
      onMenuHeaderClick={() => navigate('/')}
      actionsRender={() => [<HeaderActions key="actions" me={me} compact={compact} />]}
      token={{ pageContainer: { paddingInlinePageContainerContent: compact ? 8 : 24 } }}
    >
      <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}
