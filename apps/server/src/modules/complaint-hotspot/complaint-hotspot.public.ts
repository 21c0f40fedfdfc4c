// What other modules may use of the complaint hotspots (docs/conventions.md, "Module boundaries").

/** A business's complaints in a period by issue type, as an interview notice cites them. */
export { complaintCountsOf } from './complaint-hotspot.service.ts';

/** Businesses with at least `minComplaints` complaints in the last `days` days, in the user's scope. */
export { operatorsWithManyComplaints } from './complaint-hotspot.service.ts';

/** A business's open complaints of the last `days` days, in the user's scope. */
export { openComplaintsOf } from './complaint-hotspot.service.ts';

/** One complaint in the user's scope, or null (the caller answers 404). */
export { findComplaintInScope } from './complaint-hotspot.service.ts';

/** Complaints by id, without a scope check (the caller has checked the records that name them). */
export { complaintsByIds } from './complaint-hotspot.service.ts';
