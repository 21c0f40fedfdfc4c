import type { TContext } from '../../core/context.ts';
import { markPlanEntryDone } from './inspection-plan.service.ts';

/** An inspection made for a plan entry completes it. */
export function registerInspectionPlanEvents(ctx: TContext): void {
  ctx.events.on('inspection.closed', async ({ planEntryId, inspectionId, operatorId }, actor) => {
    if (planEntryId) await markPlanEntryDone(ctx, actor, planEntryId, { id: inspectionId, operatorId });
  });
}
