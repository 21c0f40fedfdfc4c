import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { resolveLawArticle } from '../api/laws-api.ts';
import { ArticleById, ArticleRedirect } from '../components/article-redirect.tsx';

/** /laws/articles/:id: the article's stable link for staff. */
export const LawArticlePage = () => <ArticleById base="/laws" />;

/** /laws/resolve?law=《…》&article=第…条: a legal basis written as text (a checklist item's) opens its article. */
export function LawResolvePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const law = params.get('law') ?? '';
  const article = params.get('article') ?? '';
  const find = useCallback((signal: AbortSignal) => resolveLawArticle(law, article, signal), [law, article]);
  return <ArticleRedirect base="/laws" find={find} notFound={t('laws.notInLibrary', { law, article })} />;
}
