// The assignment rule as the bureau set it (or the default), and what it says of each subject: the level
// it needs and whether its assignment must be adjusted (new and uncovered, re-graded to another level, closed,
// or its cadre made inactive), with the working-day clock that starts at the change.
import { requiredLevel, type TAdjustmentReason, type TCadreLevel, type TCadreRule } from '@shian/shared/cadre';
import { addWorkingDays, chinaToday, workingDaysBetween, type TCalendarDays } from '@shian/shared/working-days';
import type { TDbOrTx } from '../../core/db/database.ts';
import { presentSettings } from './cadre.presenter.ts';
import { findSetting, type TSubjectRow } from './cadre.repository.ts';

export async function loadRule(db: TDbOrTx, bureauId: string): Promise<TCadreRule> {
  const { district, township, loadLimit, adjustWorkingDays } = presentSettings(await findSetting(db, bureauId));
  return { district, township, loadLimit, adjustWorkingDays };
}

export type TClassified = TSubjectRow & { required: TCadreLevel; reason: TAdjustmentReason | null; since: Date | null };

const latest = (...dates: (Date | null)[]) => dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);

/** The level a subject needs and, when its assignment is not as the rule wants it, why and since when. */
export function classify(rule: TCadreRule, row: TSubjectRow): TClassified {
  const required = requiredLevel(rule, { riskGrade: row.riskGrade, type: row.type, tags: row.tags });
  const at = (reason: TAdjustmentReason, since: Date | null) => ({ ...row, required, reason, since });
  if (row.status !== 'active') return row.cadreId ? at('closed', row.updatedAt) : { ...row, required, reason: null, since: null };
  if (!row.cadreId) return at('new', latest(row.createdAt, row.lastEnded));
  if (!row.cadreActive) return at('cadre_inactive', row.cadreUpdatedAt);
  if (row.cadreLevel !== required) return at('regraded', latest(row.assignedAt, row.lastGraded));
  return { ...row, required, reason: null, since: null };
}

/** The adjustment's clock: due `adjustWorkingDays` working days after the change, as of today. */
export function clockOf(calendar: TCalendarDays, rule: TCadreRule, since: Date, today: string) {
  const dueOn = addWorkingDays(calendar, chinaToday(since), rule.adjustWorkingDays);
  return { since: chinaToday(since), dueOn, overdue: dueOn < today, workingDaysLeft: workingDaysBetween(calendar, today, dueOn) };
}
