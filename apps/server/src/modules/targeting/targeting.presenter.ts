import type { TRiskGrade } from '@shian/shared/risk';
import type { TLang } from '@shian/shared/messages';
import type { TAllocation, TInspectorConsistency, TTargetingModel, TTargetingScore } from '@shian/shared/targeting';
import type { TAllocationListRow, TModelSummaryRow } from './targeting.repository.ts';
import { reasonTexts, type TStoredReason } from './targeting-reasons.ts';
import type { TConsistencyRow } from './targeting-training.ts';

type TUnitName = (code: string) => string;

export function presentModel(row: TModelSummaryRow, currentId: string | null): TTargetingModel {
  return {
    id: row.id,
    number: row.number,
    asOf: row.asOf.toISOString(),
    trigger: row.trigger,
    trainedByName: row.trainedByName,
    trainingRows: row.trainingRows,
    positives: row.positives,
    features: row.featureCount,
    evaluation: row.evaluation,
    current: row.id === currentId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentScore(
  row: {
    operatorId: string;
    operatorName: string;
    operatorType: string;
    unitCode: string;
    unitName: string;
    riskGrade: TRiskGrade | null;
    probability: number;
    rank: number;
    reasons: TStoredReason[];
  },
  lang: TLang,
  unitName: TUnitName,
): TTargetingScore {
  return {
    ...row,
    riskGrade: row.riskGrade,
    probability: Math.round(row.probability * 10000) / 10000,
    reasons: reasonTexts(row.reasons, lang, unitName),
  };
}

export function presentAllocation(
  row: TAllocationListRow,
  operators: Map<string, { name: string; unitCode: string; unitName: string; riskGrade: TRiskGrade | null }>,
  lang: TLang,
  unitName: TUnitName,
): TAllocation {
  const a = row.allocation;
  const items = a.items;
  const legalCount = items.filter((i) => i.reason === 'legal_minimum').length;
  return {
    id: a.id,
    stationId: a.stationId,
    stationName: row.stationName,
    modelNumber: row.modelNumber,
    weekStart: a.weekStart,
    weeks: a.weeks,
    dueOn: a.dueOn,
    capacity: a.capacity,
    legalCount,
    riskCount: items.length - legalCount,
    overCapacity: Math.max(0, legalCount - a.capacity),
    status: a.status,
    plannedAt: a.plannedAt?.toISOString() ?? null,
    plannedEntries: a.plannedEntries,
    createdAt: a.createdAt.toISOString(),
    items: items.map((i) => {
      const o = operators.get(i.operatorId);
      return {
        operatorId: i.operatorId,
        operatorName: o?.name ?? '',
        unitCode: o?.unitCode ?? '',
        unitName: o?.unitName ?? '',
        riskGrade: o?.riskGrade ?? null,
        probability: i.probability === null ? null : Math.round(i.probability * 10000) / 10000,
        reason: i.reason,
        existingEntryId: i.existingEntryId,
        reasons: reasonTexts(i.reasons, lang, unitName),
      };
    }),
    version: a.version,
  };
}

export function presentConsistency(rows: TConsistencyRow[], inspectors: Map<string, { displayName: string; stationName: string | null }>): TInspectorConsistency[] {
  return rows.map((r) => ({
    ...r,
    inspectorName: inspectors.get(r.inspectorId)?.displayName ?? '',
    stationName: inspectors.get(r.inspectorId)?.stationName ?? null,
  }));
}
