import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth/auth-provider.tsx';
import { RequireAuth } from './auth/require-auth.tsx';
import { RequirePermission } from './auth/require-permission.tsx';
import { HomeRedirect } from './auth/home-redirect.tsx';
import { useAuth } from './auth/auth-context.ts';
import { PublicLayout } from './components/public-layout.tsx';
import { PublicPortalPage } from './features/public-portal/pages/public-portal-page.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { APP_ROUTES } from './config/routes.tsx';
import { LoginPage } from './features/auth/pages/login-page.tsx';
import { PublicProfilePage } from './features/public-profile/pages/public-profile-page.tsx';
import { PublicNominationsPage } from './features/public-tests/pages/public-nominations-page.tsx';
import { PublicNoticesPage } from './features/consumer-notices/pages/public-notices-page.tsx';
import { PublicComplaintPage } from './features/complaints/pages/public-complaint-page.tsx';
import { PublicComplaintStatusPage } from './features/complaints/pages/public-complaint-status-page.tsx';
import { PublicPenaltiesPage } from './features/enforcement-cases/pages/public-penalties-page.tsx';
import { PublicSamplingResultsPage } from './features/sampling/pages/public-sampling-results-page.tsx';
import { PublicServiceStationsPage } from './features/service-stations/pages/public-service-stations-page.tsx';
import { PublicFoodStandardsPage } from './features/food-standards/pages/public-food-standards-page.tsx';
import { PublicToolboxPage } from './features/guidance/pages/public-toolbox-page.tsx';
import { PublicRumoursPage } from './features/rumours/pages/public-rumours-page.tsx';
import { PublicRumourPage } from './features/rumours/pages/public-rumour-page.tsx';
import { PublicLawArticlePage, PublicLawDocumentPage, PublicLawSearchPage } from './features/laws/pages/public-law-pages.tsx';
import { PublicCreditPage } from './features/credit/pages/public-credit-page.tsx';
import { AdminLayout } from './layout/admin-layout.tsx';
import { NotificationBell } from './features/notifications/components/notification-bell.tsx';
import { useLang } from './lib/i18n.ts';
import { registerSyncer } from './lib/offline-queue.ts';
import { INSPECTION_DRAFT } from './features/inspections/offline/inspection-drafts.ts';
import { syncInspectionDraft } from './features/inspections/offline/inspection-sync.ts';

// What sends each kind of offline draft when the network is back (lib/offline-queue.ts).
registerSyncer(INSPECTION_DRAFT, syncInspectionDraft);

/** `/`: the signed-in user's home, the public portal for a visitor. */
function VisitorHome() {
  const { me } = useAuth();
  return me ? <HomeRedirect /> : <PublicPortalPage />;
}

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The portal: at /p, and at / for a visitor (a signed-in user goes to their home).
  { path: '/', element: <VisitorHome /> },
  { path: '/p', element: <PublicPortalPage /> },
  {
    // Every public page links back to the portal.
    element: <PublicLayout />,
    children: [
      { path: '/p/operators/:id', element: <PublicProfilePage /> },
      { path: '/p/test-nominations', element: <PublicNominationsPage /> },
      { path: '/p/consumer-notices', element: <PublicNoticesPage /> },
      // Public pages (no sign-in) of complaints, the law library, rumours: add entries below this line.
      { path: '/p/credit', element: <PublicCreditPage /> },
      { path: '/p/credit/:id', element: <PublicCreditPage /> },
      { path: '/p/complaints/new', element: <PublicComplaintPage /> },
      { path: '/p/complaints/:registrationNo', element: <PublicComplaintStatusPage /> },
      { path: '/p/laws', element: <PublicLawSearchPage /> },
      { path: '/p/laws/articles/:id', element: <PublicLawArticlePage /> },
      { path: '/p/laws/:id', element: <PublicLawDocumentPage /> },
      { path: '/p/penalty-decisions', element: <PublicPenaltiesPage /> },
      { path: '/p/sampling-results', element: <PublicSamplingResultsPage /> },
      { path: '/p/food-standards', element: <PublicFoodStandardsPage /> },
      { path: '/p/toolbox', element: <PublicToolboxPage /> },
      { path: '/p/rumours', element: <PublicRumoursPage /> },
      { path: '/p/rumours/:id', element: <PublicRumourPage /> },
      { path: '/p/service-stations', element: <PublicServiceStationsPage /> },
    ],
  },
  {
    element: (
      <RequireAuth>
        <AdminLayout headerExtra={<NotificationBell />} />
      </RequireAuth>
    ),
    children: [
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
