import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth/auth-provider.tsx';
import { RequireAuth } from './auth/require-auth.tsx';
import { RequirePermission } from './auth/require-permission.tsx';
import { HomeRedirect } from './auth/home-redirect.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { APP_ROUTES } from './config/routes.tsx';
import { LoginPage } from './features/auth/pages/login-page.tsx';
import { PublicProfilePage } from './features/public-profile/pages/public-profile-page.tsx';
import { PublicNominationsPage } from './features/public-tests/pages/public-nominations-page.tsx';
import { PublicNoticesPage } from './features/consumer-notices/pages/public-notices-page.tsx';
import { AdminLayout } from './layout/admin-layout.tsx';
import { useLang } from './locales/i18n.ts';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/p/operators/:id', element: <PublicProfilePage /> },
  { path: '/p/test-nominations', element: <PublicNominationsPage /> },
  { path: '/p/consumer-notices', element: <PublicNoticesPage /> },
  // Public pages (no sign-in) of complaints, the law library, rumours: add entries below this line.
  {
    element: (
      <RequireAuth>
        <AdminLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      ...APP_ROUTES.map((route) => ({
        path: route.path,
        element: (
          <RequirePermission permission={route.permission} allow={route.allow}>
            {route.element}
          </RequirePermission>
        ),
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const lang = useLang();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN}>
      <AntdApp>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
