// The law library in the public portal's search: articles found by the library's own search, each linking
// to its stable public address.
import type { TPublicSearchProvider } from '../../core/public-search.ts';
import { searchLaws } from './law.service.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The search's snippet is HTML for the library's page; the portal shows text. */
const plainText = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);

export const lawPublicSearch: TPublicSearchProvider = {
  kind: 'law',
  async search(ctx, q, { page, pageSize }) {
    const found = await searchLaws(ctx, { q, page, pageSize });
    return {
      total: found.total,
      items: found.items.map((hit) => ({
        title: `《${hit.documentTitle}》${hit.articleNumber}`,
        snippet: plainText(hit.snippet),
        link: `/p/laws/articles/${hit.articleId}`,
      })),
    };
  },
};
