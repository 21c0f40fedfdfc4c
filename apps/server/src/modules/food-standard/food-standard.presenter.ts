import { effectiveStandardStatus, type TFoodStandard, type TStandardRef } from '@shian/shared/food-standard';
import type { TFoodStandardRow } from './food-standard.repository.ts';

export function presentStandard(row: TFoodStandardRow, today: string, supersededById: string | null): TFoodStandard {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    category: row.category,
    status: effectiveStandardStatus(row.status, row.implementedOn, today),
    issuedOn: row.issuedOn,
    implementedOn: row.implementedOn,
    supersededBy: row.supersededBy,
    supersededById,
    summary: row.summary,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentStandardRef(row: TFoodStandardRow, today: string): TStandardRef {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: effectiveStandardStatus(row.status, row.implementedOn, today),
    supersededBy: row.supersededBy,
  };
}
