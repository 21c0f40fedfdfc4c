// The credit module's one entry into enforcement data: penalty decisions, through the enforcement service.
import type { TPenaltyRecord } from '@shian/shared/enforcement-case';
import type { TDbOrTx } from '../../core/db/database.ts';
import { penaltiesOf } from '../enforcement-case/enforcement-case.public.ts';

/** Penalty decisions of operators, newest first; published ones only (with the masked summary) when asked. */
export function creditPenaltiesOf(db: TDbOrTx, operatorIds: string[], options: { publishedOnly: boolean }): Promise<TPenaltyRecord[]> {
  if (operatorIds.length === 0) return Promise.resolve([]);
  return penaltiesOf(db, operatorIds, options);
}
