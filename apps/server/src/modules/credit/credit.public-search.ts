// The serious-violation list as published (严重违法失信名单) in the public portal's search: each published
// listing of a business found by name or credit code, linking to its public credit record.
import { LISTING_GROUNDS } from '@shian/shared/credit';
import type { TPublicSearchProvider } from '../../core/public-search.ts';
import { searchPublicEntries } from './credit.repository.ts';

export const creditPublicSearch: TPublicSearchProvider = {
  kind: 'credit',
  async search(ctx, q, page, lang) {
    const { rows, total } = await searchPublicEntries(ctx.db, q, page);
    const en = lang === 'en';
    return {
      total,
      items: rows.map((e) => {
        const state =
          e.status === 'listed'
            ? en
              ? 'On the serious-violation list since'
              : '列入严重违法失信名单'
            : en
              ? 'Left the serious-violation list; listed on'
              : '已移出严重违法失信名单，列入日期';
        const grounds = e.grounds.map((g) => (en ? LISTING_GROUNDS[g].en : LISTING_GROUNDS[g].zh)).join(en ? '; ' : '；');
        return { title: e.operatorName, snippet: `${e.uscc} · ${state} ${e.listedOn ?? ''}${en ? ': ' : '：'}${grounds}`, link: `/p/credit/${e.operatorId}` };
      }),
    };
  },
};
