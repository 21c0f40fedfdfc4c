// How modules feed the public portal's search (公众服务门户): each module that publishes something citizens
// look for provides one page of its published matches and their count. The public-portal module asks every
// provider; a new public module adds itself by adding a provider in platform.ts, without touching the portal.
import type { TPublicSearchItem, TPublicSearchKind } from '@shian/shared/public-portal';
import type { TLang } from '@shian/shared/messages';
import type { TContext } from './context.ts';
import type { TPageQuery } from './db/paged.ts';

export type TPublicSearchProvider = {
  kind: TPublicSearchKind;
  /**
   * One page of what the module publishes matching the words (never a draft, an unpublished entry or a
   * deactivated operator), with the count of all matches; texts in the request's language.
   */
  search(ctx: TContext, q: string, page: TPageQuery, lang: TLang): Promise<{ items: Omit<TPublicSearchItem, 'kind'>[]; total: number }>;
};
