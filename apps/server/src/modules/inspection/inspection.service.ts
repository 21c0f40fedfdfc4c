import type { TDbOrTx } from '../../core/db/database.ts';
import * as repo from './inspection.repository.ts';

/** For the random draw's rule that an inspector does not inspect the same operator twice running. */
export function lastInspectorsByOperator(db: TDbOrTx, operatorIds: string[]) {
  return repo.lastInspectorsByOperator(db, operatorIds);
}
