// Who may stop a sample's report from being replaced. Sampling is the lower module: the disposal depends on
// it (a disposal belongs to a sample), so sampling never reads the disposal table. Instead the composition
// root (platform.ts) adds the disposal's rule, "not once the sample's disposal has opened", as a lock here.
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';

/** True when the sample's report may no longer change; read inside the report's transaction. */
export type TReportLock = (db: TDbOrTx, sampleId: string) => Promise<boolean>;

// Per context, as the event handlers are: one process holds many platforms in the tests.
const locksByContext = new WeakMap<TContext, TReportLock[]>();

export function addReportLock(ctx: TContext, lock: TReportLock): void {
  locksByContext.set(ctx, [...(locksByContext.get(ctx) ?? []), lock]);
}

export async function reportLocked(ctx: TContext, db: TDbOrTx, sampleId: string): Promise<boolean> {
  for (const lock of locksByContext.get(ctx) ?? []) {
    if (await lock(db, sampleId)) return true;
  }
  return false;
}
