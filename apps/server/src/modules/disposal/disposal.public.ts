// What other modules may use of the disposal module (docs/conventions.md, "Module boundaries").
import type { TDbOrTx } from '../../core/db/database.ts';
import { findBySample } from './disposal.repository.ts';

/** Open and overdue disposals per station, in the user's scope (the sampling dashboard). */
export { disposalsByStation } from './disposal.service.ts';

/** Flags disposals newly past a clock or a step's date; `actor` null = every bureau (the hourly run). */
export { escalateOverdueDisposals } from './disposal.service.ts';

/** Disposals in the user's scope, filtered and paged as the list page asks. */
export { listDisposals } from './disposal.service.ts';

/** One disposal with its steps, in the user's scope (404 otherwise). */
export { getDisposal } from './disposal.service.ts';

/** Staff record that the result was delivered: the business's objection window starts. */
export { deliverDisposal } from './disposal.service.ts';

/** Completes one step of a disposal (notify, off-shelf, recall, …) with its details. */
export { completeStep } from './disposal.service.ts';

/** Closes a disposal whose steps are all done. */
export { closeDisposal } from './disposal.service.ts';

/** Whether the sample's disposal has opened: its report may then no longer change (a report lock, see platform.ts). */
export async function disposalOpened(db: TDbOrTx, sampleId: string): Promise<boolean> {
  return Boolean(await findBySample(db, sampleId));
}
