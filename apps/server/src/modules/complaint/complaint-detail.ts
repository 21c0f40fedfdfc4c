// One complaint as a user sees it: loaded within the user's data scope, presented with its steps and its
// complainant. The detail route reads it here; each workflow step loads it here once and presents the row it
// wrote, without reading the complaint again.
import { can } from '@shian/shared/access';
import type { TComplainant, TComplaintDetail } from '@shian/shared/complaint';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import * as repo from './complaint.repository.ts';
import { presentDetail } from './complaint.presenter.ts';

/** The complaint if the user's scope holds it; 404 otherwise (ids of other jurisdictions leak nothing). */
export async function loadComplaint(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findComplaint(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

function decryptComplainant(ctx: TContext, stored: string | null): TComplainant | null {
  return stored ? (JSON.parse(ctx.cipher.decrypt(stored)) as TComplainant) : null;
}

/** The detail of a complaint row with its names joined: its steps, the complainant masked unless the role may read contacts. */
export async function presentComplaintDetail(ctx: TContext, user: TSessionUser, row: repo.TComplaintListRow): Promise<TComplaintDetail> {
  const [steps, calendar] = await Promise.all([repo.stepsOf(ctx.db, row.id), loadCalendar(ctx.db)]);
  const complainant = decryptComplainant(ctx, row.complainantEnc);
  return presentDetail(row, steps, complainant, can(user.role, 'personnel.contact.read'), chinaToday(), calendar);
}
