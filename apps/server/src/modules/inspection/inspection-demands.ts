// Closing an inspection raises rectification demands, and the inspection's detail shows them. The demands
// belong to the rectification module, which depends on inspection (a demand points at its inspection), so
// inspection reaches them through this port instead of importing rectification: app.ts hands the
// rectification module's implementation to the inspection routes. The close stays one transaction.
import type { TInspectionClose } from '@shian/shared/inspection';
import type { TRectificationStatus } from '@shian/shared/rectification';
import type { TSessionUser } from '../../core/access.ts';
import type { TDbOrTx } from '../../core/db/database.ts';

/** A demand as the inspection sees it (整改要求). */
export type TInspectionDemand = {
  id: string;
  operatorId: string;
  itemId: string | null;
  demand: string;
  workingDays: number;
  dueOn: string;
  status: TRectificationStatus;
};

export type TInspectionDemands = {
  /** Stores the demands of a closing inspection inside its transaction (audited), returning them. */
  raise(
    tx: TDbOrTx,
    user: TSessionUser,
    inspection: { id: string; bureauId: string; operatorId: string; inspectedOn: string },
    demands: TInspectionClose['rectifications'],
  ): Promise<TInspectionDemand[]>;
  /** The demands of one inspection, oldest first. */
  of(db: TDbOrTx, inspectionId: string): Promise<TInspectionDemand[]>;
};
