// Published rebuttals in the public portal's search (drafts and reviewed ones stay out, as on /p/rumours).
import type { TPublicSearchProvider } from '../../core/public-search.ts';
import { searchPublicRumours } from './rumour.service.ts';

export const rumourPublicSearch: TPublicSearchProvider = {
  kind: 'rumour',
  async search(ctx, q, { page, pageSize }) {
    const found = await searchPublicRumours(ctx, { q, page, pageSize });
    return { total: found.total, items: found.items.map((hit) => ({ title: hit.title, snippet: hit.snippet, link: `/p/rumours/${hit.id}` })) };
  },
};
