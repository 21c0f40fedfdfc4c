// The auth module's face: what the composition root needs to resolve sessions on each request.

/** The session user of a sign-in token, or null when it is unknown, idle too long or the account is inactive. */
export { resolveSession } from './auth.service.ts';

/** Deletes the sessions nobody has used for longer than the idle limit: the hourly housekeeping of main.ts. */
export { endIdleSessions } from './auth.service.ts';

/** Deletes the sign-in counters whose window has ended: hourly housekeeping, off the sign-in path. */
export { endLoginWindows } from './auth.service.ts';

/** A user's signed-in sessions, newest first (the administrator's view of an account). */
export { sessionsOf } from './auth.service.ts';

/** Ends every session of a user (deactivation, password reset, "end all"); answers how many ended. */
export { endSessionsOf } from './auth.service.ts';

/** Forgets a user name's sign-in counters from every address (the administrator's unlock). */
export { clearLoginCountersOf } from './auth.service.ts';
