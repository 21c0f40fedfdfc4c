import { ROLE_SCOPE } from '@shian/shared/access';
import type { TUserCreate } from '@shian/shared/auth';
import type { TPage } from '@shian/shared/http';
import { MAX_ACCOUNTS_PER_OPERATOR, type TOfficerInvite, type TUser, type TUserListQuery, type TUserPatch } from '@shian/shared/users';
import type { TSessionUser } from '../../core/access.ts';
import type { TDb, TDbOrTx } from '../../core/db/database.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { hashPassword } from '../../core/password.ts';
import { recordAudit, type TActor } from '../../core/audit/audit-log.ts';
import * as repo from './user.repository.ts';
import { appUser } from './user.schema.ts';
import { auditedUser, presentUser } from './user.presenter.ts';
import { checkedLinks } from './user-links.ts';

type TCreateOptions = { demo?: boolean; mustChangePassword?: boolean };

/**
 * Creates an account of the bureau with the link its role needs. An account an administrator makes must change
 * its password at first sign-in (the CLI's first administrator and the demo seed set it themselves).
 */
export async function createUser(db: TDb, actor: TActor, bureauId: string, input: TUserCreate, options: TCreateOptions = {}) {
  const links = await checkedLinks(db, bureauId, input.role, input);
  if (await repo.findUserByUsername(db, input.username)) {
    throw new AppError('CONFLICT', { what: { zh: `用户名 ${input.username} `, en: `Username ${input.username} ` } });
  }
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const [row] = await repo.insertUsers(tx, [
      {
        bureauId,
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        role: input.role,
        ...links,
        demo: options.demo ?? false,
        mustChangePassword: options.mustChangePassword ?? false,
        passwordChangedAt: new Date(),
      },
    ]);
    await recordAudit(tx, [{ actor, action: 'create', entity: 'user', entityId: row.id, after: auditedUser(row) }]);
    return row.id;
  });
  return getUser(db, bureauId, id);
}

export async function listUsers(db: TDb, bureauId: string, query: TUserListQuery): Promise<TPage<TUser>> {
  const { rows, total } = await repo.listUsersPage(db, bureauId, query);
  return { items: rows.map((r) => presentUser(r)), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: TDbOrTx, bureauId: string, id: string): Promise<TUser> {
  const row = await repo.findUserWithNames(db, bureauId, id);
  if (!row) throw notFound();
  return presentUser(row);
}

/** The account of the bureau an administrator acts on; never the administrator's own (`what` names the act). */
export async function targetOf(db: TDbOrTx, actor: TSessionUser, id: string, what: { zh: string; en: string }) {
  const row = await repo.findUserById(db, id);
  if (!row || row.bureauId !== actor.bureauId) throw notFound();
  if (row.id === actor.id) throw new AppError('OWN_ACCOUNT', { what });
  return row;
}

export async function updateUser(db: TDb, actor: TSessionUser, id: string, input: TUserPatch) {
  const before = await targetOf(db, actor, id, { zh: '修改', en: 'edit' });
  const role = input.role ?? before.role;
  const pick = <K extends 'stationId' | 'departmentId' | 'operatorId' | 'cadreId'>(key: K) => (input[key] === undefined ? before[key] : input[key]);
  const links = await checkedLinks(
    db,
    actor.bureauId,
    role,
    { stationId: pick('stationId'), departmentId: pick('departmentId'), operatorId: pick('operatorId'), cadreId: pick('cadreId') },
    id,
  );
  await db.transaction(async (tx) => {
    const after = await updateVersioned(tx, appUser, id, input.version, { displayName: input.displayName ?? before.displayName, role, ...links });
    await recordAudit(tx, [{ actor, action: 'update', entity: 'user', entityId: id, before: auditedUser(before), after: auditedUser(after) }]);
  });
  return getUser(db, actor.bureauId, id);
}

// Staff hold operator.write too, but have no operator of their own: for them there is nothing here (404).

/**
 * A business's second account for its food safety officer, on the same operator and with the business role (a
 * business cannot make any other), at most MAX_ACCOUNTS_PER_OPERATOR accounts an operator. The officer
 * chooses a new password at first sign-in.
 */
export async function inviteOfficer(db: TDb, actor: TSessionUser, input: TOfficerInvite) {
  if (ROLE_SCOPE[actor.role] !== 'operator' || !actor.operatorId) throw notFound();
  const operatorId = actor.operatorId;
  // Counted again in the writing transaction, behind a lock on the inviting account, so that parallel
  // invitations cannot pass the limit together.
  return db.transaction(async (tx) => {
    await repo.lockUser(tx, actor.id);
    if ((await repo.countAccountsOfOperator(tx, operatorId)) >= MAX_ACCOUNTS_PER_OPERATOR) {
      throw new AppError('VALIDATION_FAILED', {}, (lang) => [
        {
          path: 'username',
          message: lang === 'en' ? `An operator may hold at most ${MAX_ACCOUNTS_PER_OPERATOR} accounts` : `每个经营主体最多 ${MAX_ACCOUNTS_PER_OPERATOR} 个账号，已达上限`,
        },
      ]);
    }
    if (await repo.findUserByUsername(tx, input.username)) {
      throw new AppError('CONFLICT', { what: { zh: `用户名 ${input.username} `, en: `Username ${input.username} ` } });
    }
    const [row] = await repo.insertUsers(tx, [
      {
        bureauId: actor.bureauId,
        username: input.username,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
        role: 'business',
        operatorId,
        mustChangePassword: true,
        passwordChangedAt: new Date(),
      },
    ]);
    await recordAudit(tx, [{ actor, action: 'invite_officer', entity: 'user', entityId: row.id, after: auditedUser(row) }]);
    return getUser(tx, actor.bureauId, row.id);
  });
}

/** The accounts of the signed-in business's operator (its own and its officers'). */
export async function accountsOfOwnOperator(db: TDb, actor: TSessionUser) {
  if (ROLE_SCOPE[actor.role] !== 'operator' || !actor.operatorId) throw notFound();
  return (await repo.accountsOfOperator(db, actor.bureauId, actor.operatorId)).map((r) => ({ id: r.id, username: r.username, displayName: r.displayName, active: r.active }));
}

export async function cadreOptions(db: TDb, bureauId: string, q: string | undefined) {
  return repo.cadreOptions(db, bureauId, q);
}
