import type { TContext } from '../../core/context.ts';
import { gradeOperators } from './risk-grade.service.ts';

/** A closed inspection or a changed rectification moves the operator's dynamic score. */
export function registerRiskGradeEvents(ctx: TContext): void {
  ctx.events.on('inspection.closed', async ({ operatorId }) => {
    await gradeOperators(ctx, [operatorId], 'inspection.closed');
  });
  ctx.events.on('rectification.changed', async ({ operatorId }) => {
    await gradeOperators(ctx, [operatorId], 'rectification.changed');
  });
}
