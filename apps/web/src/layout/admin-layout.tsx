import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Grid, Spin } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.ts';
import { MENU_GROUP_ICONS, menuGroupKey } from '../config/menu-groups.tsx';
import { menuFor, topMenuFor } from '../config/routes.tsx';
import { HeaderActions } from './header-actions.tsx';
import { MenuSearch, type TMenuSearchEntry } from './menu-search.tsx';

/** `headerExtra`: what app.tsx (a composition file) puts in the header, such as the notification bell. */
export function AdminLayout({ headerExtra }: { headerExtra?: ReactNode }) {
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
  // The workbench stands above them on its own.
  const { route, searchEntries } = useMemo(() => {
    const groups = me ? menuFor(me) : [];
    const top = me ? topMenuFor(me) : [];
    return {
      route: {
        path: '/',
        children: [
          ...top.map((entry) => ({ path: entry.path, name: t(entry.key), icon: entry.icon })),
          ...groups.map((group) => ({
            key: `group:${group.id}`,
            name: t(menuGroupKey(group.id)),
            icon: MENU_GROUP_ICONS[group.id],
            children: group.entries.map((entry) => ({ path: entry.path, name: t(entry.key), icon: entry.icon })),
          })),
        ],
      },
      searchEntries: [
        ...top.map((entry): TMenuSearchEntry => ({ path: entry.path, name: t(entry.key), groupName: '' })),
        ...groups.flatMap((group) => group.entries.map((entry): TMenuSearchEntry => ({ path: entry.path, name: t(entry.key), groupName: t(menuGroupKey(group.id)) }))),
      ],
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
      actionsRender={() => [<HeaderActions key="actions" me={me} compact={compact} extra={headerExtra} />]}
      token={{ pageContainer: { paddingInlinePageContainerContent: compact ? 8 : 24 } }}
    >
      <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}
