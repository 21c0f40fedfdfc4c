// An inspection may be made for a plan entry, which it completes when it closes. The entries belong to the
// inspection-plan module, which depends on inspection (unplanned inspections count towards the plan), so
// inspection checks an entry through this port instead of importing the plan: app.ts hands the plan module's
// implementation to the inspection routes.
import type { TSessionUser } from '../../core/access.ts';
import type { TDbOrTx } from '../../core/db/database.ts';

export type TInspectionPlanEntries = {
  /** Whether the entry is in the user's data scope, planned for this operator and not yet done or cancelled. */
  isOpenFor(db: TDbOrTx, user: TSessionUser, planEntryId: string, operatorId: string): Promise<boolean>;
};
