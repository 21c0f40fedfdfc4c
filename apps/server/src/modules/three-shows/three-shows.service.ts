import type { TAchievement, TThreeShows } from '@shian/shared/three-shows';
import type { TOperatorType } from '@shian/shared/operator';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { chinaToday } from '@shian/shared/working-days';
import { getOperator, licenceState, licencesOfOperators } from '../operator/operator.public.ts';
import { closedInspectionsOf, nonconformingItemIds } from '../inspection/inspection.public.ts';
import { outstandingRectificationsOf } from '../rectification/rectification.public.ts';
import { checklistItemsByIds } from '../checklist/checklist.public.ts';
import { findPublicOperator } from './three-shows.repository.ts';

const RECENT_INSPECTIONS = 10;

type TProfileOperator = { id: string; name: string; type: TOperatorType; address: string; unitName: string; riskGrade: string | null };

async function buildProfile(ctx: TContext, operator: TProfileOperator, publishedOnly: boolean): Promise<TThreeShows> {
  const today = chinaToday();
  const [licences, inspections, outstanding] = await Promise.all([
    licencesOfOperators(ctx.db, [operator.id]),
    closedInspectionsOf(ctx.db, [operator.id], { publishedOnly }),
    outstandingRectificationsOf(ctx.db, [operator.id]),
  ]);
  const latest = inspections[0];
  const failedIds = latest ? (await nonconformingItemIds(ctx.db, [latest.id])).map((r) => r.itemId) : [];
  const failedItems = await checklistItemsByIds(ctx.db, failedIds);
  const overdue = outstanding.filter((r) => (r.status === 'open' || r.status === 'rejected') && r.dueOn < today).length;
  const run = inspections.findIndex((i) => i.result !== 'conforming');
  const streak = run === -1 ? inspections.length : run;
  const presentLicences = licences.map((l) => ({
    number: l.number,
    scope: l.scope,
    issuedOn: l.issuedOn,
    expiresOn: l.expiresOn,
    state: licenceState(l.expiresOn),
  }));
  const achievements: { kind: TAchievement; count: number | null }[] = [];
  if (streak >= 2) achievements.push({ kind: 'consecutive_conforming', count: streak });
  if (inspections.length > 0 && overdue === 0) achievements.push({ kind: 'no_overdue_rectifications', count: null });
  if (presentLicences.some((l) => l.state !== 'expired')) achievements.push({ kind: 'valid_licence', count: null });
  return {
    operator: { ...operator },
    licences: presentLicences,
    inspections: inspections.slice(0, RECENT_INSPECTIONS).map((i) => ({
      id: i.id,
      kind: i.kind,
      inspectedOn: i.inspectedOn,
      result: i.result!,
    })),
    problems: {
      openRectifications: outstanding.length,
      overdueRectifications: overdue,
      nonconformingItems: failedItems.sort((a, b) => a.position - b.position).map((i) => i.content),
    },
    achievements,
  };
}

/** Staff and the business itself: every closed inspection, published or not. */
export async function getThreeShows(ctx: TContext, user: TSessionUser, id: string) {
  const o = await getOperator(ctx, user, id);
  const row = await findPublicOperator(ctx.db, id);
  return buildProfile(ctx, { id: o.id, name: o.name, type: o.type, address: o.address, unitName: o.unitName, riskGrade: row?.riskGrade ?? null }, false);
}

/** Deactivated operators have no public page. */
export async function findPublicProfileOperator(ctx: TContext, id: string) {
  const row = await findPublicOperator(ctx.db, id);
  if (!row || row.status === 'deactivated') throw notFound();
  return row;
}

/** Citizens: published results only. */
export async function getPublicThreeShows(ctx: TContext, id: string) {
  const row = await findPublicProfileOperator(ctx, id);
  return buildProfile(ctx, { id: row.id, name: row.name, type: row.type, address: row.address, unitName: row.unitName, riskGrade: row.riskGrade }, true);
}
