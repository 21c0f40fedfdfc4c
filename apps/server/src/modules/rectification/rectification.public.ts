// The rectification module's face: what three-shows and the composition root may call.

/** Raising an inspection's demands and reading them back (the inspection module's port), for app.ts to wire. */
export { inspectionDemands } from './rectification.service.ts';

/** Open, answered or rejected demands of these operators (the three-shows profile counts the overdue ones). */
export { outstandingRectificationsOf } from './rectification.service.ts';

/** Flags demands newly overdue as of `today` for the station heads (the daily job in main.ts). */
export { escalateOverdue } from './rectification.service.ts';
