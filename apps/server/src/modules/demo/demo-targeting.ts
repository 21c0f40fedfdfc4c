// The demo's targeting models: one trained as of twelve weeks ago on what was known then, so that
// the monitoring page shows how its ranking did on the inspections since, and the current one.
import { addDays } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { trainModel } from '../targeting/targeting.public.ts';

export async function seedDemoTargeting(ctx: TContext, bureauId: string, today: string) {
  let models = 0;
  for (const asOf of [addDays(today, -84), today]) {
    try {
      await trainModel(ctx, bureauId, null, 'seed', { asOf });
      models += 1;
    } catch (error) {
      // A small demo (tests seed a few hundred operators) may have too little history to train on.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { targetingModels: models };
}
