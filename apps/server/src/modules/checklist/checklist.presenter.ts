import type { TChecklist, TChecklistItem, TChecklistSummary } from '@shian/shared/checklist';
import { toInt } from '../../core/db/database.ts';
import type { TItemRow, TTemplateRow } from './checklist.repository.ts';

export function presentChecklistItem(row: TItemRow): TChecklistItem {
  return {
    id: row.id,
    position: row.position,
    section: row.section,
    content: row.content,
    key: row.key,
    basisLaw: row.basisLaw,
    basisArticle: row.basisArticle,
    basisArticleId: row.basisArticleId,
  };
}

export function presentChecklistSummary(row: TTemplateRow, itemCount: unknown, keyItemCount: unknown): TChecklistSummary {
  return {
    id: row.id,
    scope: row.scope,
    name: row.name,
    versionNo: row.versionNo,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    itemCount: toInt(itemCount),
    keyItemCount: toInt(keyItemCount),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentChecklist(row: TTemplateRow, items: TItemRow[]): TChecklist {
  return {
    ...presentChecklistSummary(row, items.length, items.filter((i) => i.key).length),
    items: items.map(presentChecklistItem),
  };
}
