import { useEffect } from 'react';
import { ConfigProvider } from 'antd';
import { HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { PUBLIC_THEME } from './public-theme.ts';

/**
 * What every public page (/p/…) shares: a way back to the public portal and colours that read well (public-theme.ts). A link with an anchor
 * (/p/complaints/new#status-lookup) scrolls to it, which the browser does not do for an in-app navigation.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  // A plain link takes its colour from the app's global style, outside this ConfigProvider's reach.
  return (
    <ConfigProvider theme={PUBLIC_THEME}>
      <nav aria-label={t('publicNav.label')} style={{ maxWidth: 1100, margin: '0 auto', padding: '10px 12px 0' }}>
        <Link to="/p" data-testid="public-home-link" style={{ display: 'inline-block', padding: '6px 0', fontSize: 15, color: PUBLIC_THEME.token?.colorLink }}>
          <HomeOutlined aria-hidden /> {t('publicNav.home')}
        </Link>
      </nav>
      <main>
        <Outlet />
      </main>
    </ConfigProvider>
  );
}
