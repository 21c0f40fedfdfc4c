// What other modules may use of the sampling module (docs/conventions.md, "Module boundaries").

/** Creates a sampling plan (a public nomination plan, the demo's plans) as the user. */
export { createPlan } from './sampling.service.ts';

/** Changes a plan's name, publication policy or status (draft → active → closed) as the user. */
export { updatePlan } from './sampling.service.ts';

/** Registers a testing institution in the user's bureau. */
export { createInstitution } from './sampling.service.ts';

/** Records a sample taken at an operator of the user's scope. */
export { createSample } from './sampling.service.ts';

/** Enters a sample's test report by hand; published as 'sample.reported' after it commits. */
export { saveReport } from './sampling.service.ts';

/** Reported samples of these operators (published ones only when asked), for the credit record. */
export { reportedSamplesOf } from './sampling.service.ts';

/** The failing test items of these samples, by sample id. */
export { failingItemsOf } from './sampling.service.ts';

/** Adds a rule that stops a sample's report from being replaced (platform.ts adds the disposal's). */
export { addReportLock } from './sampling-report-locks.ts';
