// The user module's face: what other modules (auth, inspection, sampling, the demo), the composition root and
// the CLI may call. Reads of accounts here are unscoped: callers pass the bureau where it matters.
import type { TDbOrTx } from '../../core/db/database.ts';
import { updateUser } from './user.repository.ts';

/** The account with this user name, with its password hash and lockout state (sign-in), or undefined. */
export { findUserByUsername } from './user.repository.ts';

/** The account with this id, with its password hash (password change), or undefined. */
export { findUserById } from './user.repository.ts';

/** Accounts of the bureau with these ids (names of inspectors and samplers). */
export { findUsersByIds } from './user.repository.ts';

/** Active accounts of the bureau with one of these roles (who may join an inspection). */
export { listActiveUsersByRoles } from './user.repository.ts';

/** Shows (or clears) an account-wide sign-in lock on the account (auth's lockout rule). */
export { setLockedUntil } from './user.repository.ts';

/** Stores the user's own new password and when it changed, lifting a reset's must-change rule (the caller audits it). */
export function setPasswordHash(db: TDbOrTx, id: string, passwordHash: string) {
  return updateUser(db, id, { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false });
}

/** How many accounts exist in the database (the demo seeds only an empty one). */
export { countUsers } from './user.repository.ts';

/** Inserts accounts as given, without checks or audit: the demo seed only. */
export { insertUsers } from './user.repository.ts';

/** Creates an account with its checks and audit (the CLI's `user create`). */
export { createUser } from './user.service.ts';

/** The session user (role, scope ids) of an account row. */
export { toSessionUser } from './user.presenter.ts';

/** What `/api/auth/me` answers for a session user: role, scope and permissions. */
export { presentMe } from './user.presenter.ts';
