import type { TContext } from '../../core/context.ts';
import { builtInModel, classifyNewComplaints } from './complaint-classification.service.ts';

/** Every new complaint (form, staff entry, 12315 import batch) is classified once it is stored. */
export function registerComplaintClassificationEvents(ctx: TContext): void {
  // Trained at start, so that the first complaint does not wait for it.
  builtInModel().catch((error: unknown) => console.error('the built-in complaint classifier failed to train:', error));
  ctx.events.on('complaint.received', async ({ bureauId, complaintIds }) => {
    await classifyNewComplaints(ctx, bureauId, complaintIds);
  });
}
