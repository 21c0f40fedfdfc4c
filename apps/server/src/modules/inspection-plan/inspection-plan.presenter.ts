import type { TInspectionFrequencies, TPlanEntry } from '@shian/shared/plan';
import type { frequenciesOf, TPlanEntryListRow, usersByIds } from './inspection-plan.repository.ts';

type TFrequencyRow = Awaited<ReturnType<typeof frequenciesOf>>[number];
type TUserRow = Awaited<ReturnType<typeof usersByIds>>[number];

export function presentFrequencies(rows: TFrequencyRow[]): TInspectionFrequencies & { version: number } {
  const of = (grade: string) => {
    const row = rows.find((r) => r.grade === grade)!;
    return { minPerYear: row.minPerYear, maxPerYear: row.maxPerYear };
  };
  return { version: rows[0].version, A: of('A'), B: of('B'), C: of('C'), D: of('D') };
}

export function presentEntry(row: TPlanEntryListRow, users: Map<string, TUserRow>, today: string): TPlanEntry {
  const e = row.entry;
  return {
    id: e.id,
    operatorId: e.operatorId,
    operatorName: row.operatorName,
    operatorType: row.operatorType,
    riskGrade: row.riskGrade,
    stationId: e.stationId,
    stationName: row.stationName,
    year: e.year,
    month: e.month,
    dueOn: e.dueOn,
    overdue: e.status === 'planned' && e.dueOn < today,
    kind: e.kind,
    status: e.status,
    source: e.source,
    drawId: e.drawId,
    inspectionId: e.inspectionId,
    inspectors: e.inspectorIds.map((id) => ({ id, displayName: users.get(id)?.displayName ?? '' })),
    version: e.version,
  };
}
