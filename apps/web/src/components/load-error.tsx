import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { ForbiddenPage } from './forbidden-page.tsx';

/** What a page shows when its data could not be loaded. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error.status === 404) return <NotFoundPage />;
  if (error.status === 403) return <ForbiddenPage />;
  return <Result status="error" title={t('errors.loadFailed')} subTitle={error.message} extra={onRetry && <Button onClick={onRetry}>{t('common.reload')}</Button>} />;
}
