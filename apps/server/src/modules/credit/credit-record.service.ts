// The operator's credit record: every licence, penalty, list entry, inspection result and sampling result
// in one place, for staff in scope and the business itself; and its published form for citizens.
import type { TCreditInspection, TCreditLicence, TCreditRecord, TCreditSample, TPublicCreditHit, TPublicCreditRecord } from '@shian/shared/credit';
import type { TLicenceKind } from '@shian/shared/licence';
import type { TLang } from '@shian/shared/messages';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError } from '../../core/errors.ts';
import { getOperator, licenceState, licencesOfOperators, searchOperatorsByNameOrUscc } from '../operator/operator.public.ts';
import { closedInspectionsOf } from '../inspection/inspection.public.ts';
import { failingItemsOf, reportedSamplesOf } from '../sampling/sampling.public.ts';
import { currentGradesOf } from '../risk-grade/risk-grade.public.ts';
import { findPublicProfileOperator } from '../three-shows/three-shows.public.ts';
import type { TWindowLimiter } from '../../core/rate-limit.ts';
import { creditPenaltiesOf } from './credit-penalties.ts';
import * as repo from './credit.repository.ts';
import { presentEntry, presentPublicEntry } from './credit.presenter.ts';
import { creditStatusOf } from './credit.service.ts';

/** Citizens see the latest results, not a business's whole history. */
const PUBLIC_INSPECTIONS = 10;
const PUBLIC_SAMPLES = 20;
const SEARCH_HITS = 20;

type TLicenceLike = { kind: TLicenceKind; number: string; scope: string; issuedOn: string; expiresOn: string };
const presentLicence = (l: TLicenceLike): TCreditLicence => ({
  kind: l.kind,
  number: l.number,
  scope: l.scope,
  issuedOn: l.issuedOn,
  expiresOn: l.expiresOn,
  state: licenceState(l.expiresOn),
});

async function inspectionsOf(db: TDbOrTx, operatorId: string, publishedOnly: boolean): Promise<TCreditInspection[]> {
  const rows = await closedInspectionsOf(db, [operatorId], { publishedOnly });
  return rows.map((r) => ({ id: r.id, kind: r.kind, inspectedOn: r.inspectedOn, result: r.result!, published: r.published }));
}

async function samplesOf(db: TDbOrTx, operatorId: string, publishedOnly: boolean): Promise<TCreditSample[]> {
  const rows = await reportedSamplesOf(db, [operatorId], { publishedOnly });
  const failing = await failingItemsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    sampleNo: r.sampleNo,
    productName: r.productName,
    sampledOn: r.sampledOn,
    verdict: r.verdict!,
    failingItems: failing.get(r.id) ?? [],
    published: r.published,
  }));
}

/** Staff in scope and the business itself (404 otherwise); a business does not see proposals about it. */
export async function getCreditRecord(ctx: TContext, user: TSessionUser, operatorId: string, lang: TLang): Promise<TCreditRecord> {
  const o = await getOperator(ctx, user, operatorId);
  const own = user.operatorId === operatorId;
  const today = chinaToday();
  // One query after another: a PGlite handle serves one at a time anyway, and the order reads plainly.
  const entries = await repo.entriesOf(ctx.db, [operatorId], { decidedOnly: own, publishedOnly: false });
  const penalties = await creditPenaltiesOf(ctx.db, [operatorId], { publishedOnly: false });
  const inspections = await inspectionsOf(ctx.db, operatorId, false);
  const samples = await samplesOf(ctx.db, operatorId, false);
  const grade = (await currentGradesOf(ctx.db, [operatorId])).get(operatorId);
  return {
    operator: { id: o.id, name: o.name, uscc: o.uscc, type: o.type, address: o.address, unitName: o.unitName },
    status: creditStatusOf(entries),
    riskGrade: grade?.grade ?? null,
    riskScore: grade?.score ?? null,
    licences: o.licences.map(presentLicence),
    penalties: penalties.map(({ operatorId: _operatorId, ...p }) => p),
    listEntries: entries.map((e) => presentEntry(e, today, lang)),
    inspections,
    samples,
  };
}

function checkRate(limiter: TWindowLimiter, ip: string) {
  if (!limiter.hit(`credit:${ip}`)) throw new AppError('RATE_LIMITED');
}

/** Citizens search by name fragment or credit code; the status counts published entries only. */
export async function searchPublicCredit(ctx: TContext, limiter: TWindowLimiter, ip: string, q: string): Promise<TPublicCreditHit[]> {
  checkRate(limiter, ip);
  const hits = await searchOperatorsByNameOrUscc(ctx.db, q, SEARCH_HITS);
  const entries = await repo.entriesOf(
    ctx.db,
    hits.map((h) => h.id),
    { decidedOnly: true, publishedOnly: true },
  );
  return hits.map((h) => ({ ...h, status: creditStatusOf(entries.filter((e) => e.operatorId === h.id)) }));
}

/** The published credit record: nothing unpublished, no people, no free text written by staff or the business. */
export async function getPublicCreditRecord(ctx: TContext, limiter: TWindowLimiter, ip: string, operatorId: string): Promise<TPublicCreditRecord> {
  checkRate(limiter, ip);
  const o = await findPublicProfileOperator(ctx, operatorId);
  const entries = await repo.entriesOf(ctx.db, [operatorId], { decidedOnly: true, publishedOnly: true });
  const licences = await licencesOfOperators(ctx.db, [operatorId]);
  const penalties = await creditPenaltiesOf(ctx.db, [operatorId], { publishedOnly: true });
  const inspections = await inspectionsOf(ctx.db, operatorId, true);
  const samples = await samplesOf(ctx.db, operatorId, true);
  return {
    operator: { id: o.id, name: o.name, uscc: o.uscc, type: o.type, address: o.address, unitName: o.unitName },
    status: creditStatusOf(entries),
    licences: licences.map(presentLicence),
    listEntries: entries.map(presentPublicEntry),
    penalties: penalties.map(({ operatorId: _operatorId, caseId: _caseId, ...p }) => p),
    inspections: inspections.slice(0, PUBLIC_INSPECTIONS).map(({ id: _id, published: _published, ...i }) => i),
    samples: samples.slice(0, PUBLIC_SAMPLES).map(({ id: _id, published: _published, ...s }) => s),
  };
}
