// The administrator's actions on an account that are not edits of its settings: a password reset, a lock, a
// deactivation and the account's sessions. Each is audited, none may target the administrator's own account.
import type { TPasswordReset, TPasswordResetResult } from '@shian/shared/users';
import type { TSessionUser } from '../../core/access.ts';
import type { TDb } from '../../core/db/database.ts';
import { hashPassword, temporaryPassword } from '../../core/password.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as repo from './user.repository.ts';
import { getUser, targetOf } from './user.service.ts';
import type { TUserSessions } from './user-sessions.ts';

/** An administrator's lock lasts until an administrator unlocks (the sign-in counters' own lock ends by itself). */
export const LOCKED_UNTIL_UNLOCKED = new Date('9999-12-31T00:00:00Z');

/**
 * Sets a temporary password (the administrator's, or one made up here), shown once in the answer and never
 * stored in clear; the user must change it at next sign-in, and the account's sessions end.
 */
export async function resetPassword(db: TDb, sessions: TUserSessions, actor: TSessionUser, id: string, input: TPasswordReset): Promise<TPasswordResetResult> {
  const target = await targetOf(db, actor, id, { zh: '重置密码', en: 'reset the password of' });
  const temporary = input?.password ?? temporaryPassword();
  const passwordHash = await hashPassword(temporary);
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, id, { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() });
    const ended = await sessions.endAll(tx, id);
    await recordAudit(tx, [
      { actor, action: 'reset_password', entity: 'user', entityId: id, after: { mustChangePassword: true, generated: !input?.password, sessionsEnded: ended } },
    ]);
  });
  return { user: await getUser(db, actor.bureauId, target.id), temporaryPassword: temporary };
}

export async function lockUser(db: TDb, actor: TSessionUser, id: string) {
  await targetOf(db, actor, id, { zh: '锁定', en: 'lock' });
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, id, { lockedUntil: LOCKED_UNTIL_UNLOCKED });
    await recordAudit(tx, [{ actor, action: 'lock', entity: 'user', entityId: id, after: { lockedUntil: LOCKED_UNTIL_UNLOCKED, byAdministrator: true } }]);
  });
  return getUser(db, actor.bureauId, id);
}

/** Lifts any lock, the administrator's or the sign-in counters', and forgets the name's failed attempts. */
export async function unlockUser(db: TDb, sessions: TUserSessions, actor: TSessionUser, id: string) {
  const target = await targetOf(db, actor, id, { zh: '解锁', en: 'unlock' });
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, id, { lockedUntil: null });
    await sessions.clearLoginCounters(tx, target.username);
    await recordAudit(tx, [{ actor, action: 'unlock', entity: 'user', entityId: id, before: { lockedUntil: target.lockedUntil }, after: { lockedUntil: null } }]);
  });
  return getUser(db, actor.bureauId, id);
}

/** A deactivated account cannot sign in, and its sessions end now; activation lets it sign in again. */
export async function setActive(db: TDb, sessions: TUserSessions, actor: TSessionUser, id: string, active: boolean) {
  await targetOf(db, actor, id, active ? { zh: '启用', en: 'activate' } : { zh: '停用', en: 'deactivate' });
  await db.transaction(async (tx) => {
    await repo.updateUser(tx, id, { active });
    const ended = active ? 0 : await sessions.endAll(tx, id);
    await recordAudit(tx, [{ actor, action: active ? 'activate' : 'deactivate', entity: 'user', entityId: id, after: { active, sessionsEnded: ended } }]);
  });
  return getUser(db, actor.bureauId, id);
}

export async function sessionsOfUser(db: TDb, sessions: TUserSessions, actor: TSessionUser, id: string) {
  await getUser(db, actor.bureauId, id);
  return sessions.of(db, id);
}

export async function endSessionsOfUser(db: TDb, sessions: TUserSessions, actor: TSessionUser, id: string) {
  await targetOf(db, actor, id, { zh: '强制下线', en: 'sign out' });
  const ended = await db.transaction(async (tx) => {
    const count = await sessions.endAll(tx, id);
    await recordAudit(tx, [{ actor, action: 'end_sessions', entity: 'user', entityId: id, after: { sessionsEnded: count } }]);
    return count;
  });
  return { ended };
}
