import { DEFAULT_REQUIRED_ENTITY_KINDS, periodEnd, type TComplianceRow, type TSelfCheckSettings, type TSelfCheckSummary } from '@shian/shared/self-check';
import type { selfCheckSetting } from './self-check.schema.ts';
import type { TComplianceDbRow, TSummaryRow } from './self-check.repository.ts';

export function presentSummary({ record: r, operatorName, corrections }: TSummaryRow): TSelfCheckSummary {
  return {
    id: r.id,
    operatorId: r.operatorId,
    operatorName,
    kind: r.kind,
    period: r.period,
    periodEnd: periodEnd(r.kind, r.period),
    problems: r.problems,
    openProblems: r.openProblems,
    recordedByName: r.recorderName,
    recordedAt: r.recordedAt.toISOString(),
    corrections: Number(corrections),
    version: r.version,
  };
}

/** The bureau's setting, or the default (version 0) while it has set none. */
export function presentSettings(row: typeof selfCheckSetting.$inferSelect | null): TSelfCheckSettings {
  return row ? { requiredEntityKinds: row.requiredEntityKinds, version: row.version } : { requiredEntityKinds: DEFAULT_REQUIRED_ENTITY_KINDS, version: 0 };
}

export function presentCompliance(r: TComplianceDbRow): TComplianceRow {
  return {
    operatorId: r.id,
    operatorName: r.name,
    uscc: r.uscc,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    daysRecorded: r.days_recorded,
    daysDue: r.days_due,
    rate: r.days_due === 0 ? 1 : Math.round((r.days_recorded / r.days_due) * 1000) / 1000,
    weeksDue: r.weeks_due,
    weeksMissing: r.weeks_missing,
    monthsDue: r.months_due,
    monthsMissing: r.months_missing,
    problems: r.problems,
    openProblems: r.open_problems,
    allOk: r.all_ok,
    lastRecordedOn: r.last_recorded_on,
    behind: r.behind,
  };
}
