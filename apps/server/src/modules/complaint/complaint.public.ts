// What other modules may use of the complaint module (docs/conventions.md, "Module boundaries").

/** The SQL condition for the complaints a user's data scope holds (what is routed to a station, a cadre's or business's operators). */
export { complaintScope } from './complaint-scope.ts';

/** The complaint if the user's scope holds it; 404 otherwise. */
export { loadComplaint } from './complaint-detail.ts';

/** Registry operators a complaint's business may be, best first (credit code, then name and address similarity). */
export { matchOperators } from './complaint.service.ts';

/** Scores candidates against a complaint's business name and address: the likely ones, best first, at most five. */
export { rankCandidates } from './complaint-matching.ts';

/** Whether ranked candidates match a business, need a person to confirm, or match nothing. */
export { matchDecision } from './complaint-matching.ts';

/** Flags complaints newly past a statutory clock; `actor` null = every bureau (the hourly run). */
export { escalateOverdueComplaints } from './complaint-workflow.service.ts';

/** At start-up: a 12315 import cut short by a restart is marked failed. */
export { failInterruptedImports as failInterruptedComplaintImports } from './complaint-import.repository.ts';
