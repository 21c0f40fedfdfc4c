import type { TDrawDetail, TDrawSummary, TPublicDraw } from '@shian/shared/draw';
import type { TRiskGrade } from '@shian/shared/risk';
import type { TDrawRow } from './random-draw.repository.ts';

type TNames = Map<string, { name: string; unitName: string; riskGrade: TRiskGrade | null }>;

export function presentDrawSummary(row: TDrawRow, planned: boolean): TDrawSummary {
  return {
    id: row.id,
    name: row.name,
    seed: row.seed,
    operatorCount: row.operatorCount,
    drawnCount: row.result.length,
    operatorPoolSize: (row.operatorPool as string[]).length,
    inspectorPoolSize: (row.inspectorPool as unknown[]).length,
    published: row.published,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    planned,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDraw(row: TDrawRow, planned: boolean, operators: TNames, users: Map<string, string>): TDrawDetail {
  return {
    ...presentDrawSummary(row, planned),
    filter: row.filter,
    inspectorsPerOperator: row.inspectorsPerOperator,
    version: row.version,
    result: row.result.map((d) => ({
      operatorId: d.operatorId,
      operatorName: operators.get(d.operatorId)?.name ?? '',
      unitName: operators.get(d.operatorId)?.unitName ?? '',
      riskGrade: operators.get(d.operatorId)?.riskGrade ?? null,
      inspectors: d.inspectorIds.map((id) => ({ id, displayName: users.get(id) ?? '' })),
    })),
  };
}

/** What citizens see: no inspector names or other personal data. */
export function presentPublicDraw(row: TDrawRow, operators: TNames): TPublicDraw {
  return {
    id: row.id,
    name: row.name,
    publishedAt: row.publishedAt!.toISOString(),
    seed: row.seed,
    operatorPoolSize: (row.operatorPool as string[]).length,
    inspectorPoolSize: (row.inspectorPool as unknown[]).length,
    result: row.result.map((d) => ({
      operatorName: operators.get(d.operatorId)?.name ?? '',
      unitName: operators.get(d.operatorId)?.unitName ?? '',
      inspectorCount: d.inspectorIds.length,
    })),
  };
}
