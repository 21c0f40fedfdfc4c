// Operators' public pages (the three-shows profile behind the QR code) in the public portal's search: found
// by name or licence number, the things that page already shows; a deactivated operator has no page.
import { nameOf, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import type { TPublicSearchProvider } from '../../core/public-search.ts';
import { searchPublicOperators } from './three-shows.repository.ts';

export const operatorPublicSearch: TPublicSearchProvider = {
  kind: 'operator',
  async search(ctx, q, page, lang) {
    const { rows, total } = await searchPublicOperators(ctx.db, q, page);
    return {
      total,
      items: rows.map((o) => ({
        title: o.name,
        snippet: [nameOf(OPERATOR_TYPE_NAMES, o.type, lang), o.unitName, o.address].join(' · '),
        link: `/p/operators/${o.id}`,
      })),
    };
  },
};
