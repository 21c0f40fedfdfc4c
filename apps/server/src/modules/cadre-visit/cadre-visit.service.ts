import { ROLE_SCOPE } from '@shian/shared/access';
import { mustVisitOnSite } from '@shian/shared/cadre-coverage';
import type {
  TCadreVisit,
  TCadreVisitCreate,
  TCadreVisitListQuery,
  TCadreVisitRespond,
  TCadreVisitSettings,
  TCadreVisitSettingsUpdate,
  TCadreVisitSummary,
  TVisitFlagListQuery,
  TVisitFlagReview,
} from '@shian/shared/cadre-visit';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import * as repo from './cadre-visit.repository.ts';
import { insertProblems, problemsOfVisits } from './cadre-problem.repository.ts';
import { presentSettings, presentVisit, presentVisitSummary, thresholdsOf } from './cadre-visit.presenter.ts';
import { visitFlags } from './cadre-visit-flags.ts';
import { checkOwnPhotos, readPhoto, storePhoto } from './cadre-visit-photos.ts';

/** A visit may be recorded up to this long after it started (a phone's clock a little ahead is not refused). */
const CLOCK_SKEW_MS = 5 * 60_000;

export async function thresholdsOfBureau(db: TDbOrTx, bureauId: string) {
  return thresholdsOf(await repo.findSetting(db, bureauId));
}

async function detail(db: TDbOrTx, row: repo.TVisitListRow): Promise<TCadreVisit> {
  return presentVisit(row, await problemsOfVisits(db, [row.id]));
}

async function loadVisit(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findVisit(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

export async function getVisit(ctx: TContext, user: TSessionUser, id: string) {
  return detail(ctx.db, await loadVisit(ctx.db, user, id));
}

export async function listVisits(ctx: TContext, user: TSessionUser, query: TCadreVisitListQuery): Promise<TPage<TCadreVisitSummary>> {
  const { rows, total } = await repo.listVisits(ctx.db, operatorScopeOf(user), query);
  return { items: rows.map(presentVisitSummary), total, page: query.page, pageSize: query.pageSize };
}

/** A photo of a visit about to be recorded: only a cadre records visits. */
export async function uploadVisitPhoto(ctx: TContext, user: TSessionUser, upload: TImageUpload) {
  if (!user.cadreId) throw forbidden();
  return storePhoto(ctx, user, upload, 'cadre_visit');
}

/**
 * Records a visit: only the cadre assigned to the subject, checked in the writing transaction (an assignment
 * moved meanwhile refuses it). Problems found are handed to the station of the subject's unit with their
 * working-day deadlines, and the flags are computed against the bureau's thresholds.
 */
export async function createVisit(ctx: TContext, user: TSessionUser, input: TCadreVisitCreate): Promise<TCadreVisit> {
  const cadreId = user.cadreId;
  if (!cadreId) throw notFound();
  const startedAt = new Date(input.startedAt);
  const endedAt = new Date(input.endedAt);
  if (endedAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw invalidField('endedAt', { zh: '不能晚于当前时间', en: 'must not be in the future' });
  const created = await ctx.db.transaction(async (tx) => {
    const subject = await repo.findSubject(tx, user.bureauId, input.operatorId);
    const level = subject && (await repo.assignedCadreLevel(tx, cadreId, subject.id));
    if (!subject || !level) throw notFound();
    if (subject.status !== 'active') throw invalidField('operatorId', { zh: '该主体不在营业状态', en: 'is not active' });
    // Subjects go to cadres by risk (the assignment rule): a district-level cadre's subjects are the high-risk ones.
    if (input.mode === 'remote' && mustVisitOnSite(level)) {
      throw invalidField('operatorId', { zh: '高风险主体须现场督导，不能远程督导', en: 'is a high-risk subject, to be visited on site' });
    }
    if (input.problems.length > 0 && !subject.stationId) {
      throw invalidField('problems', { zh: '该主体所在街道（乡镇）未划归市场监管所，无法交办', en: "the subject's unit belongs to no station to hand problems to" });
    }
    await checkOwnPhotos(tx, user, input.photoIds, 'photoIds');
    const row = await repo.insertVisit(tx, {
      bureauId: user.bureauId,
      operatorId: subject.id,
      cadreId,
      recordedBy: user.id,
      mode: input.mode,
      status: input.mode === 'on_site' ? 'completed' : 'awaiting_business',
      startedAt,
      endedAt,
      visitedOn: chinaToday(startedAt),
      latitude: input.location?.lat ?? null,
      longitude: input.location?.lng ?? null,
      accuracy: input.location?.accuracy ?? null,
      answers: input.answers,
      photoFileIds: input.photoIds,
      request: input.request,
    });
    const thresholds = await thresholdsOfBureau(tx, user.bureauId);
    const flags = visitFlags(
      {
        mode: input.mode,
        startedAt,
        endedAt,
        location: input.location,
        answers: input.answers,
        subject: subject.latitude !== null && subject.longitude !== null ? { lat: subject.latitude, lng: subject.longitude } : null,
        previous: await repo.previousVisitElsewhere(tx, cadreId, subject.id, startedAt, row.id),
        visitsInHour: await repo.visitsInHourBefore(tx, cadreId, startedAt),
        reusedPhotos: (await repo.reusedPhotoDigests(tx, user.bureauId, input.photoIds, row.id)).length,
      },
      thresholds,
    );
    if (flags.length > 0) await repo.setFlags(tx, row.id, flags);
    const handedOn = chinaToday();
    const problems = await insertProblems(
      tx,
      await Promise.all(
        input.problems.map(async (p) => ({
          bureauId: user.bureauId,
          operatorId: subject.id,
          visitId: row.id,
          stationId: subject.stationId!,
          pointKey: p.pointKey,
          description: p.description,
          workingDays: p.workingDays,
          handedOn,
          dueOn: await dueAfterWorkingDays(tx, handedOn, p.workingDays),
        })),
      ),
    );
    await recordAudit(tx, [
      { actor: user, action: 'create', entity: 'cadre_visit', entityId: row.id, after: { ...input, flags: flags.map((f) => f.rule) } },
      ...problems.map((p) => ({ actor: user, action: 'hand_over', entity: 'cadre_problem', entityId: p.id, after: { visitId: row.id, stationId: p.stationId, dueOn: p.dueOn } })),
    ]);
    return row.id;
  });
  return getVisit(ctx, user, created);
}

/** A photo the business sends for a remote visit awaiting it. */
export async function uploadBusinessPhoto(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload) {
  const row = await loadVisit(ctx.db, user, id);
  if (row.status !== 'awaiting_business') throw invalidField('status', { zh: '该督导不在等待企业提交材料', en: 'the visit is not waiting for the business' });
  return storePhoto(ctx, user, upload, 'cadre_visit_answer');
}

/** The business completes a remote visit with its records and photos. */
export async function respondToVisit(ctx: TContext, user: TSessionUser, id: string, input: TCadreVisitRespond): Promise<TCadreVisit> {
  const row = await loadVisit(ctx.db, user, id);
  if (row.status !== 'awaiting_business') throw invalidField('status', { zh: '该督导不在等待企业提交材料', en: 'the visit is not waiting for the business' });
  await ctx.db.transaction(async (tx) => {
    await checkOwnPhotos(tx, user, input.photoIds, 'photoIds');
    await repo.completeRemoteVisit(tx, id, input.version, { businessNote: input.note, businessFileIds: input.photoIds });
    const reused = await repo.reusedPhotoDigests(tx, user.bureauId, input.photoIds, id);
    if (reused.length > 0) {
      await repo.setFlags(tx, id, [
        ...row.flags,
        { rule: 'photo_reused', zh: `企业提交的 ${reused.length} 张照片与其他督导记录中的照片完全相同`, en: `${reused.length} photo(s) the business sent repeat another visit's` },
      ]);
    }
    await recordAudit(tx, [{ actor: user, action: 'respond', entity: 'cadre_visit', entityId: id, after: { note: input.note, photoIds: input.photoIds } }]);
  });
  return getVisit(ctx, user, id);
}

export async function readVisitPhoto(ctx: TContext, user: TSessionUser, id: string, fileId: string, thumbnail: boolean) {
  const row = await loadVisit(ctx.db, user, id);
  return readPhoto(ctx, user, [...row.photoFileIds, ...row.businessFileIds], fileId, thumbnail);
}

export async function listFlaggedVisits(ctx: TContext, user: TSessionUser, query: TVisitFlagListQuery): Promise<TPage<TCadreVisitSummary>> {
  const { rows, total } = await repo.listFlagged(ctx.db, operatorScopeOf(user), query);
  return { items: rows.map(presentVisitSummary), total, page: query.page, pageSize: query.pageSize };
}

/** The food-safety office marks a flagged visit reviewed, with what it found. */
export async function reviewVisitFlags(ctx: TContext, user: TSessionUser, id: string, input: TVisitFlagReview): Promise<TCadreVisit> {
  const row = await loadVisit(ctx.db, user, id);
  if (row.flags.length === 0) throw invalidField('id', { zh: '该督导没有审核提示', en: 'the visit has no flags' });
  if (row.flagReviewedAt) throw invalidField('reviewed', { zh: '已复核', en: 'already reviewed' });
  await ctx.db.transaction(async (tx) => {
    await repo.reviewFlags(tx, id, input.version, { flagReviewedBy: user.id, flagReviewNote: input.note });
    await recordAudit(tx, [{ actor: user, action: 'review_flags', entity: 'cadre_visit', entityId: id, after: { note: input.note } }]);
  });
  return getVisit(ctx, user, id);
}

export async function getVisitSettings(ctx: TContext, user: TSessionUser): Promise<TCadreVisitSettings> {
  return presentSettings(await repo.findSetting(ctx.db, user.bureauId));
}

/** The bureau sets the thresholds (district staff); visits already stored keep their flags. */
export async function updateVisitSettings(ctx: TContext, user: TSessionUser, input: TCadreVisitSettingsUpdate): Promise<TCadreVisitSettings> {
  if (ROLE_SCOPE[user.role] !== 'district') throw forbidden();
  const { version, ...thresholds } = input;
  return presentSettings(await repo.saveSetting(ctx.db, user, version, thresholds));
}
