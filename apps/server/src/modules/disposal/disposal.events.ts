import type { TContext } from '../../core/context.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';
import { openDisposalForSample } from './disposal.service.ts';

/** A nonconforming test report opens the sample's disposal and lead, and raises the operator's grade. */
export function registerDisposalEvents(ctx: TContext): void {
  ctx.events.on('sample.reported', async ({ sampleId, operatorId, verdict, reportedOn }, actor) => {
    if (verdict !== 'nonconforming') return;
    const opened = await openDisposalForSample(ctx, { sampleId, reportedOn }, actor);
    if (opened) await gradeOperators(ctx, [operatorId], 'sample.reported');
  });
}
