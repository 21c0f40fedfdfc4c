// The cadre registry: list and read in the user's scope, register, edit (versioned), give a sign-in account.
import { can } from '@shian/shared/access';
import type { TCadre, TCadreAccount, TCadreAccountCreate, TCadreCreate, TCadreDetail, TCadreListQuery, TCadrePatch } from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TContext } from '../../core/context.ts';
import { maskPhone } from '../../core/crypto.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { temporaryPassword } from '../../core/password.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { listUnits } from '../org/org.public.ts';
import { createUser } from '../user/user.public.ts';
import { presentCadre, presentHistory, presentSubject } from './cadre.presenter.ts';
import * as repo from './cadre.repository.ts';

export const showContacts = (user: TSessionUser) => can(user.role, 'personnel.contact.read');

export async function listCadres(ctx: TContext, user: TSessionUser, query: TCadreListQuery): Promise<TPage<TCadre>> {
  const { rows, total } = await repo.listCadres(ctx.db, operatorScopeOf(user), query);
  return { items: rows.map((r) => presentCadre(r, ctx.cipher, showContacts(user))), total, page: query.page, pageSize: query.pageSize };
}

/** The cadre with its current subjects and its assignment history; 404 outside the user's scope. */
export async function getCadre(ctx: TContext, user: TSessionUser, id: string): Promise<TCadreDetail> {
  const row = await repo.findCadre(ctx.db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  const [subjects, history] = await Promise.all([repo.currentSubjects(ctx.db, id), repo.historyPage(ctx.db, user.bureauId, { cadreId: id, page: 1, pageSize: 200 })]);
  return { ...presentCadre(row, ctx.cipher, showContacts(user)), currentSubjects: subjects.map(presentSubject), history: history.rows.map(presentHistory) };
}

async function checkUnit(ctx: TContext, bureauId: string, unitCode: string | undefined) {
  if (unitCode === undefined) return;
  const units = await listUnits(ctx.db, bureauId);
  if (!units.some((u) => u.code === unitCode)) throw invalidField('unitCode', 'unitCode.unknown');
}

/** What the audit trail keeps of a cadre: never the phone in clear. */
const audited = (values: Partial<TCadreCreate> & { active?: boolean }) => ({ ...values, ...(values.phone ? { phone: maskPhone(values.phone) } : {}) });

export async function createCadre(ctx: TContext, user: TSessionUser, input: TCadreCreate): Promise<TCadreDetail> {
  await checkUnit(ctx, user.bureauId, input.unitCode);
  const { phone, ...rest } = input;
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertCadre(tx, { ...rest, bureauId: user.bureauId, phoneEncrypted: phone ? ctx.cipher.encrypt(phone) : null });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'cadre', entityId: created.id, after: audited(input) }]);
    return created;
  });
  return getCadre(ctx, user, row.id);
}

/** Any field; a cadre is never deleted: it is made inactive, and its subjects fall due for reassignment. */
export async function updateCadre(ctx: TContext, user: TSessionUser, id: string, patch: TCadrePatch): Promise<TCadreDetail> {
  const before = await repo.findCadre(ctx.db, operatorScopeOf(user), id);
  if (!before) throw notFound();
  await checkUnit(ctx, user.bureauId, patch.unitCode);
  const { version, phone, ...rest } = patch;
  await ctx.db.transaction(async (tx) => {
    await repo.updateCadre(tx, id, version, { ...rest, ...(phone !== undefined ? { phoneEncrypted: phone ? ctx.cipher.encrypt(phone) : null } : {}) });
    const { name, level, post, workUnit, unitCode, active } = before.cadre;
    await recordAudit(tx, [
      {
        actor: user,
        action: 'update',
        entity: 'cadre',
        entityId: id,
        before: { name, level, post, workUnit, unitCode, active },
        after: audited({ ...rest, ...(phone ? { phone } : {}) }),
      },
    ]);
  });
  return getCadre(ctx, user, id);
}

/**
 * A sign-in account (role cadre) linked to the cadre, with a temporary password answered once and changed at
 * the first sign-in. The cadre's version moves first, so that of identical requests one creates the account and
 * the others answer 409; the user module refuses a second account for a cadre that has one.
 */
export async function createCadreAccount(ctx: TContext, user: TSessionUser, id: string, input: TCadreAccountCreate): Promise<TCadreAccount> {
  const row = await repo.findCadre(ctx.db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  if (!row.cadre.active) throw invalidField('id', { zh: '该包保干部已停用，不能开通账号', en: 'is inactive; no account can be opened' });
  await repo.updateCadre(ctx.db, id, input.version, {});
  const password = temporaryPassword();
  const created = await createUser(
    ctx.db,
    user,
    user.bureauId,
    { username: input.username, displayName: row.cadre.name, password, role: 'cadre', stationId: null, departmentId: null, operatorId: null, cadreId: id },
    { mustChangePassword: true },
  );
  return { username: created.username, temporaryPassword: password };
}
