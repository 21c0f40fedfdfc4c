import { Suspense, useEffect, useMemo, useState } from 'react';
import { Grid, Spin } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.ts';
import { MENU_GROUP_ICONS, menuGroupKey } from '../config/menu-groups.tsx';
import { menuFor } from '../config/routes.tsx';
import { HeaderActions } from './header-actions.tsx';
import { MenuSearch, type TMenuSearchEntry } from './menu-search.tsx';

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

  // Groups are submenus; ProLayout opens the current page's group (and closes the others) on every navigation.
  const { route, searchEntries } = useMemo(() => {
    const groups = me ? menuFor(me) : [];
    return {
      route: {
        path: '/',
        children: groups.map((group) => ({
          key: `group:${group.id}`,
          name: t(menuGroupKey(group.id)),
          icon: MENU_GROUP_ICONS[group.id],
          children: group.entries.map((entry) => ({ path: entry.path, name: t(entry.key), icon: entry.icon })),
        })),
      },
      searchEntries: groups.flatMap((group) => group.entries.map((entry): TMenuSearchEntry => ({ path: entry.path, name: t(entry.key), groupName: t(menuGroupKey(group.id)) }))),
    };
  }, [me, t]);

  // The deepest entry the page is under: ProLayout would also select every entry whose path is a prefix
  // (/inspections/offline selects 离线检查, not 监督检查 as well).
  const selected = searchEntries
    .map((entry) => entry.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];

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
      selectedKeys={selected ? [selected] : []}
      route={route}
      menu={{ locale: false }}
      menuExtraRender={({ collapsed: narrow }) => (narrow ? null : <MenuSearch entries={searchEntries} onNavigate={() => compact && setCollapsed(true)} />)}
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
