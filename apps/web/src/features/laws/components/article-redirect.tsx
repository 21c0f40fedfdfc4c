import { useCallback, useEffect, useState } from 'react';
import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { ApiError } from '../../../api/client.ts';
import { asApiError } from '../../../api/client.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { getLawArticle } from '../api/laws-api.ts';
import { articleAnchor } from './law-document-view.tsx';

/**
 * An article's stable link (/laws/articles/:id, or a law and article number to resolve) opens the
 * document at that article. `notFound` words the answer when the library does not hold it; `find`
 * must keep its identity between renders (useCallback).
 */
export function ArticleRedirect({ base, find, notFound }: { base: string; find: (signal: AbortSignal) => Promise<{ articleId: string; documentId: string }>; notFound: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    find(controller.signal).then(
      ({ articleId, documentId }) => navigate(`${base}/${documentId}#${articleAnchor(articleId)}`, { replace: true }),
      (e: unknown) => {
        if (!controller.signal.aborted) setError(asApiError(e));
      },
    );
    return () => controller.abort();
  }, [base, find, navigate]);
  if (error?.status === 404) return <Result status="404" title={notFound} />;
  if (error) return <LoadError error={error} />;
  return <Card loading title={t('laws.resolving')} />;
}

/** The article of the :id in the address, opened in its document under `base`. */
export function ArticleById({ base }: { base: string }) {
  const { t } = useTranslation();
  const { id } = useParams();
  const find = useCallback((signal: AbortSignal) => getLawArticle(id!, signal).then((a) => ({ articleId: a.id, documentId: a.documentId })), [id]);
  return <ArticleRedirect base={base} find={find} notFound={t('laws.articleNotFound')} />;
}
