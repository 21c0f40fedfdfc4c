import { randomBytes } from 'node:crypto';
import type { TLogin, TPasswordChange } from '@shian/shared/auth';
import type { TDb, TDbOrTx } from '../../core/db/database.ts';
import type { TSessionUser } from '../../core/access.ts';
import { AppError } from '../../core/errors.ts';
import { RateLimitedError } from '../../core/rate-limit.ts';
import { sm3 } from '../../core/crypto.ts';
import { hashPassword, verifyPassword } from '../../core/password.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as users from '../user/user.public.ts';
import * as repo from './auth.repository.ts';

// Sign-in guesses are counted per (account, IP), per account and per IP, in one atomic statement BEFORE the
// password is checked, so parallel guesses cannot all pass the gate. Why three counters: the (account, IP) limit
// is the lock a user meets (5 tries, then wait for the window to end); a stranger who locks it locks only
// himself, the owner signs in from another address. The account-wide limit is ten times higher: it stops a
// guesser who spreads over many addresses (at most 50 guesses a window), and locking everybody out needs ten
// addresses. The per-IP limit stops one address from trying many accounts (answered 429 with Retry-After).
// Unknown names are counted like real ones and all refusals read the same, so nothing tells which names exist.
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILED_LOGINS = 5;
export const MAX_ACCOUNT_LOGINS = 10 * MAX_FAILED_LOGINS;
export const MAX_IP_LOGINS = 30;
export const IDLE_MINUTES = 30;
// lastSeenAt is written at most this often, so that reads do not all turn into writes.
const TOUCH_EVERY_MS = 60_000;
const MINUTE = 60_000;

/** The one answer to an unknown name, a wrong password and a paused sign-in alike. */
const refused = () => new AppError('INVALID_CREDENTIALS', { failures: String(MAX_FAILED_LOGINS), minutes: String(LOGIN_WINDOW_MINUTES) });

// Verifying against a fixed hash when the user does not exist keeps the response time the same.
let dummyHash: Promise<string> | null = null;

type TLoginOptions = {
  production: boolean;
  ip: string;
  now?: Date;
  /** The password check; tests count its calls. */
  verify?: typeof verifyPassword;
};

export async function login(db: TDb, input: TLogin, options: TLoginOptions) {
  const now = options.now ?? new Date();
  const verify = options.verify ?? verifyPassword;
  const windowFrom = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * MINUTE);
  const keys = { ip: `ip:${options.ip}`, account: `account:${input.username}`, accountIp: `account-ip:${input.username} ${options.ip}` };
  const counted = await repo.countLoginAttempt(db, Object.values(keys), now, windowFrom);
  const count = (key: string) => counted.find((row) => row.key === key)!;

  const windowEnd = (row: { windowStart: Date }) => new Date(row.windowStart.getTime() + LOGIN_WINDOW_MINUTES * MINUTE);
  const ip = count(keys.ip);
  if (ip.attempts > MAX_IP_LOGINS) throw new RateLimitedError(windowEnd(ip).getTime() - now.getTime());
  const accountIp = count(keys.accountIp);
  const account = count(keys.account);
  if (accountIp.attempts > MAX_FAILED_LOGINS || account.attempts > MAX_ACCOUNT_LOGINS) throw refused();

  const user = await users.findUserByUsername(db, input.username);
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verify(await dummyHash, input.password);
    throw refused();
  }
  if (!(await verify(user.passwordHash, input.password))) {
    if (account.attempts === MAX_ACCOUNT_LOGINS) await recordLock(db, user, { accountWide: true, until: windowEnd(account) });
    else if (accountIp.attempts === MAX_FAILED_LOGINS) await recordLock(db, user, { accountWide: false, until: windowEnd(accountIp) });
    throw refused();
  }
  // Only who knows the password learns that the account is disabled.
  if (!user.active || (user.demo && options.production)) throw new AppError('ACCOUNT_DISABLED');
  // An administrator's lock (user module). The counters' account-wide lock ends with its window, which refuses
  // every attempt before the password check while it lasts, so only an administrator's lock is met here.
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');

  // A success is not a guess: this address starts afresh for this account, and gives back its attempt elsewhere.
  await repo.clearLoginAttempts(db, keys.accountIp);
  await repo.refundLoginAttempt(db, [keys.ip, keys.account]);
  if (user.lockedUntil) await users.setLockedUntil(db, user.id, null);
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(db, sm3(token), user.id);
  return { token, user: users.toSessionUser(user) };
}

/** The audit trail records each lock; an account-wide lock also shows on the account in the user list. */
async function recordLock(db: TDb, user: Pick<TSessionUser, 'id' | 'username' | 'bureauId'>, lock: { accountWide: boolean; until: Date }) {
  await db.transaction(async (tx) => {
    if (lock.accountWide) await users.setLockedUntil(tx, user.id, lock.until);
    const actor = { id: user.id, username: user.username, bureauId: user.bureauId };
    await recordAudit(tx, [{ actor, action: 'lock', entity: 'user', entityId: user.id, after: { lockedUntil: lock.until, accountWide: lock.accountWide } }]);
  });
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

/** Ends the sessions idle past IDLE_MINUTES, which a lookup would refuse anyway (hourly, from main.ts). */
export async function endIdleSessions(db: TDb, now = new Date()) {
  await repo.deleteIdleSessions(db, new Date(now.getTime() - IDLE_MINUTES * 60_000));
}

/** Deletes the sign-in counters whose window has ended (hourly, from main.ts): a count restarts by itself. */
export async function endLoginWindows(db: TDb, now = new Date()) {
  await repo.deleteEndedLoginWindows(db, new Date(now.getTime() - LOGIN_WINDOW_MINUTES * MINUTE));
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

/** The user's signed-in sessions, newest first: a short id (a prefix of the token's digest) and times. */
export async function sessionsOf(db: TDb, userId: string) {
  const rows = await repo.sessionsOf(db, userId);
  return rows.map((r) => ({ id: r.tokenHash.slice(0, 12), createdAt: r.createdAt.toISOString(), lastSeenAt: r.lastSeenAt.toISOString() }));
}

/** Ends every session of the user (deactivation, password reset, the administrator's "end all"); returns how many. */
export async function endSessionsOf(db: TDbOrTx, userId: string) {
  return repo.deleteSessionsOf(db, userId);
}

/** Forgets the sign-in counters of a user name from every address (the administrator's unlock). */
export async function clearLoginCountersOf(db: TDbOrTx, username: string) {
  await repo.clearAccountLoginAttempts(db, username);
}
