// Publication of sampling results: what the plan's policy made public, searchable by anyone, without personal data
// (no sampler, companions, batch or report numbers).
import type { TPage } from '@shian/shared/http';
import type { TPublicSamplingQuery, TPublicSamplingResult } from '@shian/shared/sampling';
import type { TContext } from '../../core/context.ts';
import * as repo from './sampling-publication.repository.ts';

export async function publicResults(ctx: TContext, query: TPublicSamplingQuery): Promise<TPage<TPublicSamplingResult>> {
  const { rows, total } = await repo.publishedSamples(ctx.db, query);
  const failing = await repo.failingItemDetails(
    ctx.db,
    rows.map((r) => r.sample.id),
  );
  return {
    items: rows.map(({ sample: s, operatorName, operatorPublic }) => ({
      sampleNo: s.sampleNo,
      productName: s.productName,
      brand: s.brand,
      specification: s.specification,
      manufacturerName: s.manufacturerName,
      operatorName,
      operatorId: operatorPublic ? s.operatorId : null,
      foodCategory: s.foodCategory,
      sampledOn: s.sampledOn,
      verdict: s.verdict!,
      failingItems: (failing.get(s.id) ?? []).map(({ name, value, unit, limitText, standard }) => ({ name, value, unit, limitText, standard })),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
