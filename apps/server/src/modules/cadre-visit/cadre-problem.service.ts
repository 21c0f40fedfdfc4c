// Problems a cadre found, handed to the station of the subject's unit (交办): the station closes them with
// evidence (销号) or escalates them to the food-safety office; the cadre reads the outcome on its visit.
import { ROLE_SCOPE } from '@shian/shared/access';
import type { TCadreProblem, TCadreProblemClose, TCadreProblemEscalate, TCadreProblemListQuery } from '@shian/shared/cadre-visit';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import * as repo from './cadre-problem.repository.ts';
import { presentProblem } from './cadre-visit.presenter.ts';
import { checkOwnPhotos, readPhoto, storePhoto } from './cadre-visit-photos.ts';

async function loadProblem(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findProblem(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

const closedError = () => invalidField('status', { zh: '该问题已销号', en: 'the problem is already closed' });

export async function listProblems(ctx: TContext, user: TSessionUser, query: TCadreProblemListQuery): Promise<TPage<TCadreProblem>> {
  const today = chinaToday();
  const { rows, total } = await repo.listProblems(ctx.db, operatorScopeOf(user), query, today);
  return { items: rows.map((r) => presentProblem(r, today)), total, page: query.page, pageSize: query.pageSize };
}

export async function getProblem(ctx: TContext, user: TSessionUser, id: string) {
  return presentProblem(await loadProblem(ctx.db, user, id));
}

/** An evidence photo of the closure, uploaded before the problem is closed. */
export async function uploadProblemEvidence(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload) {
  const row = await loadProblem(ctx.db, user, id);
  if (row.status === 'closed') throw closedError();
  return storePhoto(ctx, user, upload, 'cadre_problem_closure');
}

export async function closeProblem(ctx: TContext, user: TSessionUser, id: string, input: TCadreProblemClose) {
  const row = await loadProblem(ctx.db, user, id);
  if (row.status === 'closed') throw closedError();
  await ctx.db.transaction(async (tx) => {
    await checkOwnPhotos(tx, user, input.photoIds, 'photoIds');
    await repo.closeProblem(tx, id, input.version, { closeNote: input.note, closeFileIds: input.photoIds, closedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'close', entity: 'cadre_problem', entityId: id, after: { note: input.note, photoIds: input.photoIds } }]);
  });
  return getProblem(ctx, user, id);
}

/** A station that cannot close a problem itself hands it up to the food-safety office. */
export async function escalateProblem(ctx: TContext, user: TSessionUser, id: string, input: TCadreProblemEscalate) {
  const row = await loadProblem(ctx.db, user, id);
  if (row.status === 'closed') throw closedError();
  if (row.status === 'escalated' || ROLE_SCOPE[user.role] === 'district') {
    throw invalidField('status', { zh: '问题已在区局，无需再上报', en: 'the problem is already with the district' });
  }
  await ctx.db.transaction(async (tx) => {
    await repo.escalateProblem(tx, id, input.version, { escalateNote: input.note, escalatedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'escalate', entity: 'cadre_problem', entityId: id, after: { note: input.note } }]);
  });
  return getProblem(ctx, user, id);
}

export async function readProblemPhoto(ctx: TContext, user: TSessionUser, id: string, fileId: string, thumbnail: boolean) {
  const row = await loadProblem(ctx.db, user, id);
  return readPhoto(ctx, user, row.closeFileIds, fileId, thumbnail);
}
