import { DEFAULT_DISPOSAL_CLOCKS, type TDisposal, type TDisposalClock, type TDisposalClocks, type TDisposalClockSettings, type TDisposalStep } from '@shian/shared/disposal';
import { workingDaysBetween, type TCalendarDays } from '@shian/shared/working-days';
import type { TDisposalListRow, TDisposalStepRow } from './disposal.repository.ts';

const DAY_MS = 86_400_000;
const calendarDaysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export function presentDisposal(row: TDisposalListRow, today: string, calendar: TCalendarDays): TDisposal {
  const open = row.status === 'open';
  const clock = (kind: TDisposalClock['kind'], dueOn: string, done: Date | null, workingDays: boolean): TDisposalClock => ({
    kind,
    dueOn,
    doneAt: done?.toISOString() ?? null,
    daysLeft: workingDays ? workingDaysBetween(calendar, today, dueOn) : calendarDaysBetween(today, dueOn),
    overdue: open && !done && dueOn < today,
  });
  const clocks = [
    clock('deliver', row.deliverDueOn, row.deliveredAt, true),
    // The objection window is the business's: it is never "overdue", it just ends.
    { ...clock('objection', row.objectionDueOn, row.acknowledgedAt, true), overdue: false },
    clock('complete', row.completeDueOn, row.closedAt, false),
  ];
  return {
    id: row.id,
    sampleId: row.sampleId,
    sampleNo: row.sampleNo,
    productName: row.productName,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    status: row.status,
    openedOn: row.openedOn,
    deliverDueOn: row.deliverDueOn,
    objectionDueOn: row.objectionDueOn,
    completeDueOn: row.completeDueOn,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    objection: row.objection,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    overdue: clocks.some((c) => c.overdue) || (open && row.stepOverdue),
    clocks,
    version: row.version,
  };
}

export function presentStep(row: TDisposalStepRow, today: string, disposalStatus: string): TDisposalStep {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as 'open' | 'done',
    detail: row.detail,
    quantity: row.quantity,
    quantityUnit: row.quantityUnit,
    dueOn: row.dueOn,
    overdue: disposalStatus === 'open' && row.status === 'open' && row.dueOn !== null && row.dueOn < today,
    doneAt: row.doneAt?.toISOString() ?? null,
    doneBy: row.doneBy,
    doneByName: row.doneByName,
    version: row.version,
  };
}

type TClockSettingRow = { deliverWorkingDays: number; objectionWorkingDays: number; completeDays: number };
export const clocksOfRow = ({ deliverWorkingDays, objectionWorkingDays, completeDays }: TClockSettingRow): TDisposalClocks => ({
  deliverWorkingDays,
  objectionWorkingDays,
  completeDays,
});

export function presentClockSettings(found: { setting: TClockSettingRow & { version: number; updatedAt: Date }; updatedByName: string | null } | null): TDisposalClockSettings {
  if (!found) return { ...DEFAULT_DISPOSAL_CLOCKS, version: 0, isDefault: true, defaults: DEFAULT_DISPOSAL_CLOCKS, updatedAt: null, updatedByName: null };
  return {
    ...clocksOfRow(found.setting),
    version: found.setting.version,
    isDefault: false,
    defaults: DEFAULT_DISPOSAL_CLOCKS,
    updatedAt: found.setting.updatedAt.toISOString(),
    updatedByName: found.updatedByName,
  };
}
