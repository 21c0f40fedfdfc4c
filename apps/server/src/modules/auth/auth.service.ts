import { randomBytes } from 'node:crypto';
import type { TLogin, TPasswordChange } from '@shian/shared/auth';
import type { TDb } from '../../core/db/database.ts';
import type { TSessionUser } from '../../core/access.ts';
import { AppError } from '../../core/errors.ts';
import { sm3 } from '../../core/crypto.ts';
import { hashPassword, verifyPassword } from '../../core/password.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as users from '../user/user.public.ts';
import * as repo from './auth.repository.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const IDLE_MINUTES = 30;
// lastSeenAt is written at most this often, so that reads do not all turn into writes.
const TOUCH_EVERY_MS = 60_000;

// Verifying against a fixed hash when the user does not exist keeps the response time the same.
let dummyHash: Promise<string> | null = null;

function lockedMessage(until: Date) {
  const time = until.toISOString().slice(0, 16).replace('T', ' ');
  return { until: `${time} UTC` };
}

export async function login(db: TDb, input: TLogin, options: { production: boolean; now?: Date }) {
  const now = options.now ?? new Date();
  const user = await users.findUserByUsername(db, input.username);
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active || (user.demo && options.production)) throw new AppError('ACCOUNT_DISABLED');
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED', lockedMessage(user.lockedUntil));

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failed = user.failedLogins + 1;
    if (failed >= MAX_FAILED_LOGINS) {
      const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await db.transaction(async (tx) => {
        await users.updateLoginState(tx, user.id, 0, until);
        const actor = { id: user.id, username: user.username, bureauId: user.bureauId };
        await recordAudit(tx, [{ actor, action: 'lock', entity: 'user', entityId: user.id, after: { lockedUntil: until } }]);
      });
      throw new AppError('ACCOUNT_LOCKED', lockedMessage(until));
    }
    await users.updateLoginState(db, user.id, failed, null);
    throw new AppError('INVALID_CREDENTIALS');
  }

  await users.updateLoginState(db, user.id, 0, null);
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(db, sm3(token), user.id);
  return { token, user: users.toSessionUser(user) };
}

export async function resolveSession(db: TDb, token: string, now = new Date()): Promise<TSessionUser | null> {
  const tokenHash = sm3(token);
  const found = await repo.findSessionWithUser(db, tokenHash);
  if (!found) return null;
  const idleMs = now.getTime() - found.session.lastSeenAt.getTime();
  if (idleMs > IDLE_MINUTES * 60_000 || !found.user.active) {
    await repo.deleteSession(db, tokenHash);
    return null;
  }
  if (idleMs > TOUCH_EVERY_MS) await repo.touchSession(db, tokenHash, now);
  return users.toSessionUser(found.user);
}

export async function logout(db: TDb, token: string) {
  await repo.deleteSession(db, sm3(token));
}

export async function changePassword(db: TDb, user: TSessionUser, token: string, input: TPasswordChange) {
  const row = await users.findUserById(db, user.id);
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', {}, (lang) => [{ path: 'currentPassword', message: lang === 'en' ? 'Current password: is wrong' : '当前密码：不正确' }]);
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('VALIDATION_FAILED', {}, (lang) => [
      {
        path: 'newPassword',
        message: lang === 'en' ? 'New password: must differ from the current one' : '新密码：不能与当前密码相同',
      },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await users.setPasswordHash(tx, user.id, passwordHash);
    // Other signed-in devices must sign in again with the new password.
    await repo.deleteOtherSessions(tx, user.id, sm3(token));
    await recordAudit(tx, [{ actor: user, action: 'change_password', entity: 'user', entityId: user.id, after: { passwordChanged: true } }]);
  });
}
