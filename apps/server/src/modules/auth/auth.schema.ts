import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from '../user/user.schema.ts';

/** A signed-in session; the cookie holds a random token, the table only its SM3 digest. */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts counted in fixed windows, one row a key: `ip:<ip>`, `account:<username>` and
 * `account-ip:<username> <ip>` (auth.service.ts says why three). Keyed by the name typed, so that an unknown
 * user name is counted exactly like a real one.
 */
export const loginAttempt = pgTable(
  'login_attempt',
  {
    key: text('key').primaryKey(),
    attempts: integer('attempts').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_attempt_window_start_idx').on(t.windowStart)],
);
