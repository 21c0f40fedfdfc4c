// The inspection module's face: what other modules (plans, the random draw, three-shows, credit, rectification,
// the demo) may call.

/** The port through which closing an inspection raises rectification demands; rectification implements it. */
export type { TInspectionDemands } from './inspection-demands.ts';

/** The port through which starting an inspection checks its plan entry; the inspection plan implements it. */
export type { TInspectionPlanEntries } from './inspection-plan-entries.ts';

/** Closed inspections of these operators as of a date, newest first (three-shows profile, credit record). */
export { closedInspectionsOf } from './inspection.service.ts';

/** Closed inspections in scope over a period, with the operator's name and credit code (credit export). */
export { closedInspectionsBetween } from './inspection.service.ts';

/** The nonconforming item ids of these inspections (the problems a three-shows profile lists). */
export { nonconformingItemIds } from './inspection.service.ts';

/** The last inspectors of each operator, for the random draw's rule that nobody inspects the same operator twice running. */
export { lastInspectorsByOperator } from './inspection.service.ts';

/** Closed inspections of a year made outside the plan, per operator of a station: they count towards the plan. */
export { unplannedInspectionsOfYear } from './inspection.service.ts';

/** Item results in bulk, as given, without checks or audit: the demo's year of history only. */
export { insertResultsInBulk } from './inspection.repository.ts';

/** One inspection in the user's scope with its demands (the port's `of`), 404 otherwise: the rectification notice cites its demands. */
export { getInspection } from './inspection.service.ts';
