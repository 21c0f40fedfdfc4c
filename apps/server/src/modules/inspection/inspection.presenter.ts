import type { TInspection, TInspectionSummary, TInspectorRef } from '@shian/shared/inspection';
import type { TChecklistItem } from '@shian/shared/checklist';
import type { TInspectionListRow } from './inspection.repository.ts';
import type { inspectionItemResult, inspectionPhoto } from './inspection.schema.ts';
import type { TInspectionDemand } from './inspection-demands.ts';

export function presentInspectionSummary(row: TInspectionListRow, names: Map<string, string>): TInspectionSummary {
  const inspectors: TInspectorRef[] = row.inspectorIds.map((id) => ({ id, displayName: names.get(id) ?? '' }));
  return {
    id: row.id,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    kind: row.kind,
    status: row.status,
    inspectedOn: row.inspectedOn,
    inspectors,
    result: row.result,
    keyNonconforming: row.keyNonconforming,
    generalNonconforming: row.generalNonconforming,
    published: row.published,
    version: row.version,
  };
}

export function presentInspection(
  row: TInspectionListRow,
  names: Map<string, string>,
  template: { name: string; versionNo: number },
  items: TChecklistItem[],
  results: (typeof inspectionItemResult.$inferSelect)[],
  photos: (typeof inspectionPhoto.$inferSelect)[],
  rectifications: TInspectionDemand[],
): TInspection {
  const byItem = new Map(results.map((r) => [r.itemId, r]));
  return {
    ...presentInspectionSummary(row, names),
    templateId: row.templateId,
    templateName: template.name,
    templateVersionNo: template.versionNo,
    planEntryId: row.planEntryId,
    followUpOf: row.followUpOf,
    summary: row.summary,
    latitude: row.latitude,
    longitude: row.longitude,
    locationNote: row.locationNote,
    representativeName: row.representativeName,
    hasSignature: row.signatureFileId !== null,
    closedAt: row.closedAt?.toISOString() ?? null,
    items: items.map((item) => ({
      ...item,
      outcome: byItem.get(item.id)?.outcome ?? null,
      note: byItem.get(item.id)?.note ?? '',
    })),
    photos: photos.map((p) => ({ id: p.id, itemId: p.itemId, createdAt: p.createdAt.toISOString() })),
    rectifications: rectifications.map((r) => ({
      id: r.id,
      itemId: r.itemId,
      demand: r.demand,
      workingDays: r.workingDays,
      dueOn: r.dueOn,
      status: r.status,
    })),
  };
}
