// How modules feed the workbench (工作台): each provides the signed-in user's open steps with their due
// dates. The workbench module merges, dates and pages them; a new module adds its clocks by adding a
// provider in platform.ts, without touching the workbench.
import type { TWorkbenchModule, TWorkItem } from '@shian/shared/workbench';
import type { TSessionUser } from './access.ts';
import type { TDbOrTx } from './db/database.ts';

/** A step as a module reports it; the workbench adds the clock (overdue, working days left). */
export type TDueWork = Omit<TWorkItem, 'overdue' | 'workingDaysLeft'>;

export type TWorkItemProvider = {
  module: TWorkbenchModule;
  /**
   * The user's open steps in this module as of a China date: only in the user's data scope and only
   * for a role that takes the step (empty otherwise).
   */
  collect(db: TDbOrTx, user: TSessionUser, asOf: string): Promise<TDueWork[]>;
};
