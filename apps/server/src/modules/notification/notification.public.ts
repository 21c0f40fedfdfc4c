// The notification module's face: what producers in other modules and the composition root call.

/** Stores drafts new for their recipient (dedupe key) and delivers them through the recipient's channels; after a commit. */
export { notify } from './notification.service.ts';

/** The active staff holding a permission whose data scope covers an operator (or, with none, district-wide staff): who to tell. */
export { staffFor } from './notification.service.ts';

/** The same notification to each of these users (a producer's usual last step). */
export { tell } from './notification.service.ts';

/** The hourly sweep: due tomorrow, overdue and the daily digest from every user's open work (main.ts; tests call it). */
export { sweepNotifications } from './notification-sweep.ts';

/** The channel that ships: the notification centre, pushed live to the recipient's open pages (platform.ts). */
export { inAppChannel } from './notification-in-app.ts';
