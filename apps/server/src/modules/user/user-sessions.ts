// The signed-in sessions and sign-in counters belong to the auth module, which sits above this one (it reads
// accounts to sign in). The administrator's account actions reach them through this port, which app.ts fills
// from auth.public.ts.
import type { TUserSession } from '@shian/shared/users';
import type { TDbOrTx } from '../../core/db/database.ts';

export type TUserSessions = {
  /** The account's sessions, newest first. */
  of(db: TDbOrTx, userId: string): Promise<TUserSession[]>;
  /** Ends every session of the account, inside the caller's transaction; answers how many. */
  endAll(db: TDbOrTx, userId: string): Promise<number>;
  /** Forgets the sign-in counters of this user name from every address. */
  clearLoginCounters(db: TDbOrTx, username: string): Promise<void>;
};
