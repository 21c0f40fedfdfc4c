// The inspection plan's face: what the random draw, targeting and the demo may call.

/** How starting an inspection checks the plan entry it is made for (the inspection module's port). */
export { inspectionPlanEntries } from './inspection-plan.service.ts';

/** Generates a station's (or every station's) monthly plan from the yearly frequencies by grade. */
export { generatePlan } from './inspection-plan.service.ts';

/** Plan entries from a random inspection draw, in the month it is planned; null when the draw was planned already. */
export { planFromDraw } from './inspection-plan.service.ts';

/** Whether a draw has already been turned into plan entries. */
export { drawIsPlanned } from './inspection-plan.service.ts';

/** What a station still owes this year per operator, counting plan entries and unplanned inspections (targeting). */
export { stationObligations } from './inspection-plan.service.ts';

/** Plan entries for a weekly targeting list, each with the two least-loaded inspectors; in the caller's transaction. */
export { planFromTargeting } from './inspection-plan.service.ts';
