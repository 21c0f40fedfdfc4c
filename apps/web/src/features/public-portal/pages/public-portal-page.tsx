import { Button, ConfigProvider, Flex, Input, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PUBLIC_SEARCH_KINDS } from '@shian/shared/public-portal';
import { useAuth } from '../../../auth/auth-context.ts';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { PUBLIC_THEME } from '../../../components/public-theme.ts';
import { oneOf, text } from '../../../components/list-shell/list-params.ts';
import { useList } from '../../../components/list-shell/use-list.ts';
import { searchPublic } from '../api/public-portal-api.ts';
import { SearchResults } from '../components/search-results.tsx';
import { ServiceCards } from '../components/service-cards.tsx';

const SPEC = { params: { q: text(), kind: oneOf(PUBLIC_SEARCH_KINDS) }, pageSize: 10 };

/** `/p`, and `/` for a visitor: one search over what the bureau publishes, and a card for every public service. */
export function PublicPortalPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const account = me ? '/' : '/login';
  const list = useList(SPEC, ({ filters: { q, kind }, page, pageSize }, signal) => (q ? searchPublic({ q, kind, page, pageSize }, signal) : Promise.resolve(null)));
  const { q, kind } = list.filters;
  return (
    <ConfigProvider theme={PUBLIC_THEME}>
      <Flex vertical style={{ minHeight: '100vh', background: '#f5f7fa' }}>
        <header style={{ background: '#fff', borderTop: '4px solid #0958d9', boxShadow: '0 1px 4px rgba(0, 0, 0, 0.08)' }}>
          <Flex justify="space-between" align="center" gap={8} wrap style={{ maxWidth: 1100, margin: '0 auto', padding: '10px 12px' }}>
            <Flex align="center" gap={10}>
              <SafetyCertificateOutlined aria-hidden style={{ fontSize: 30, color: '#0958d9' }} />
              <Flex vertical>
                <span style={{ fontSize: 13, color: '#434343' }}>{t('publicPortal.bureau')}</span>
                <Typography.Title level={1} style={{ color: '#003eb3', fontSize: 20, margin: 0 }}>
                  {t('publicPortal.title')}
                </Typography.Title>
              </Flex>
            </Flex>
            <Flex align="center" gap={4}>
              <LanguageSwitch />
              {/* A link that looks like a button, followed inside the app. */}
              <Button
                type="primary"
                size="large"
                href={account}
                data-testid="portal-login"
                onClick={(event) => {
                  event.preventDefault();
                  navigate(account);
                }}
              >
                {me ? t('publicPortal.enter') : t('publicPortal.login')}
              </Button>
            </Flex>
          </Flex>
        </header>
        <main style={{ width: '100%', maxWidth: 1100, margin: '0 auto', padding: 12 }}>
          <Flex vertical gap={20}>
            <search style={{ display: 'block', paddingTop: 8 }}>
              <Input.Search
                // Remount when the address changes (back button), so the box shows its words.
                key={q ?? ''}
                defaultValue={q}
                size="large"
                allowClear
                enterButton={t('publicPortal.searchButton')}
                aria-label={t('publicPortal.searchLabel')}
                placeholder={t('publicPortal.searchPlaceholder')}
                maxLength={100}
                data-testid="portal-search"
                // A new search starts on the first kind that finds anything.
                onSearch={(value) => list.set({ q: value.trim() || undefined, kind: undefined })}
              />
              <Typography.Paragraph style={{ color: '#595959', margin: '6px 0 0' }}>{t('publicPortal.searchHint')}</Typography.Paragraph>
            </search>
            {q && <SearchResults q={q} list={list} kind={kind} onKind={(next) => list.set({ kind: next })} />}
            <ServiceCards />
          </Flex>
        </main>
      </Flex>
    </ConfigProvider>
  );
}
