// The public portal's search (公众服务门户): every module's public search provider (core/public-search.ts)
// answers its count, and one kind answers the page; a page never mixes kinds, as the portal shows them in tabs.
import { PUBLIC_SEARCH_KINDS, type TPublicSearchKind, type TPublicSearchQuery, type TPublicSearchResult } from '@shian/shared/public-portal';
import type { TLang } from '@shian/shared/messages';
import type { TContext } from '../../core/context.ts';
import type { TPublicSearchProvider } from '../../core/public-search.ts';

type TFound = Awaited<ReturnType<TPublicSearchProvider['search']>>;

export async function searchPublic(ctx: TContext, query: TPublicSearchQuery, lang: TLang): Promise<TPublicSearchResult> {
  const window = { page: query.page, pageSize: query.pageSize };
  const counts = Object.fromEntries(PUBLIC_SEARCH_KINDS.map((kind) => [kind, 0])) as Record<TPublicSearchKind, number>;
  const firstPages = new Map<TPublicSearchKind, TFound>();
  // One provider after another: a PGlite handle serves one query at a time anyway. The asked kind answers
  // the asked page, the others their first page, whose total is their count.
  for (const provider of ctx.publicSearch) {
    const found = await provider.search(ctx, query.q, provider.kind === query.kind ? window : { ...window, page: 1 }, lang);
    counts[provider.kind] = found.total;
    firstPages.set(provider.kind, found);
  }
  // Without a kind, the first one (in the tabs' order) that found anything.
  const kind = query.kind ?? PUBLIC_SEARCH_KINDS.find((k) => counts[k] > 0) ?? null;
  const provider = ctx.publicSearch.find((p) => p.kind === kind);
  let shown = kind ? firstPages.get(kind) : undefined;
  if (provider && !query.kind && query.page > 1) shown = await provider.search(ctx, query.q, window, lang);
  return {
    kind,
    items: kind && shown ? shown.items.map((item) => ({ kind, ...item })) : [],
    total: kind ? counts[kind] : 0,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
