// Published penalty decisions: the public list and page, and the credit module's only entry into
// enforcement data.
/**
 * penaltiesOf, read by the credit module:
 *
 *   export async function penaltiesOf(
 *     db: TDbOrTx,
 *     operatorIds: string[],
 *     opts: { publishedOnly: boolean },
 *   ): Promise<TPenaltyRecord[]>
 *
 *   type TPenaltyRecord = {
 *     caseId: string; operatorId: string; decisionNo: string;
 *     decidedOn: string;            // 'YYYY-MM-DD'
 *     kinds: TPenaltyKind[];        // 'warning' | 'fine' | 'confiscation' | 'suspension' | 'licence_revocation'
 *     fineAmount: number | null;    // yuan; null without a fine
 *     legalBasis: string;           // e.g. '《中华人民共和国食品安全法》第一百二十四条第一款'
 *     publishedAt: string | null;   // ISO timestamp; never null when publishedOnly
 *     summary: string;              // the redacted summary (行政处罚信息摘要, personal data masked)
 *   }
 *
 * (TPenaltyKind and TPenaltyRecord are exported from packages/shared/src/enforcement-case.ts.)
 * Penalty decisions only (outcome penalty, approved), newest first; without publishedOnly, decided but not yet
 * published ones are included too (a warning-only decision is never published: 公示规定 第二条).
 */
import type { TPage } from '@shian/shared/http';
import type { TPenaltyRecord, TPublicPenalty, TPublicPenaltyDetail, TPublicPenaltyQuery } from '@shian/shared/enforcement-case';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { getOrganisation } from '../org/org.public.ts';
import * as repo from './enforcement-case.repository.ts';
import { presentPenaltyRecord, presentPublicPenalty } from './enforcement-case.presenter.ts';
import { decisionSummary } from './case-documents.ts';
import { redactionContext, summaryData } from './case-document-data.ts';
import { redactPersonalData } from './penalty-redaction.ts';

export async function listPublicPenalties(ctx: TContext, query: TPublicPenaltyQuery): Promise<TPage<TPublicPenalty>> {
  const [rows, total] = await Promise.all([repo.listPublished(ctx.db, query.q, query.page, query.pageSize), repo.countPublished(ctx.db, query.q)]);
  return { items: rows.map(presentPublicPenalty), total, page: query.page, pageSize: query.pageSize };
}

export async function getPublicPenalty(ctx: TContext, id: string): Promise<TPublicPenaltyDetail> {
  const row = await repo.findPublished(ctx.db, id);
  if (!row) throw notFound();
  return { ...presentPublicPenalty(row), text: row.publishedText ?? '' };
}

/** Penalty decisions of these operators, for the credit module (see the top of this file). */
export async function penaltiesOf(db: TDbOrTx, operatorIds: string[], opts: { publishedOnly: boolean }): Promise<TPenaltyRecord[]> {
  const rows = await repo.penaltiesOf(db, operatorIds, opts.publishedOnly);
  const unpublished = rows.filter((r) => !r.publishedAt);
  const bureauNames = new Map<string, string>();
  for (const bureauId of new Set(unpublished.map((r) => r.bureauId))) bureauNames.set(bureauId, (await getOrganisation(db, bureauId)).bureau.name);
  return rows.map((row) => {
    const record = presentPenaltyRecord(row);
    if (row.publishedAt) return record;
    // Not published yet: the same summary, masked the same way, made now.
    const data = summaryData(row, bureauNames.get(row.bureauId) ?? '');
    return { ...record, summary: redactPersonalData(decisionSummary(data), redactionContext(data)) };
  });
}
