// Food safety standards in the public portal's search, by number or title, linking to the public standards
// page filtered to the standard's number.
import type { TPublicSearchProvider } from '../../core/public-search.ts';
import { listPublicStandards } from './food-standard.service.ts';

export const foodStandardPublicSearch: TPublicSearchProvider = {
  kind: 'standard',
  async search(ctx, q, { page, pageSize }) {
    const found = await listPublicStandards(ctx, { q, page, pageSize });
    return {
      total: found.total,
      items: found.items.map((s) => ({ title: `${s.number} ${s.title}`, snippet: s.summary, link: `/p/food-standards?q=${encodeURIComponent(s.number)}` })),
    };
  },
};
