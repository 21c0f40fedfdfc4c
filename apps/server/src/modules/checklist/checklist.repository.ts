import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { TChecklistListQuery, TChecklistScope } from '@shian/shared/checklist';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { checklistItem, checklistTemplate } from './checklist.schema.ts';

export type TTemplateRow = typeof checklistTemplate.$inferSelect;
export type TItemRow = typeof checklistItem.$inferSelect;

export async function listTemplates(db: TDbOrTx, bureauId: string, query: TChecklistListQuery) {
  const conditions = [eq(checklistTemplate.bureauId, bureauId)];
  if (query.scope) conditions.push(eq(checklistTemplate.scope, query.scope));
  if (query.status) conditions.push(eq(checklistTemplate.status, query.status));
  return db
    .select()
    .from(checklistTemplate)
    .where(and(...conditions))
    .orderBy(asc(checklistTemplate.scope), desc(checklistTemplate.versionNo));
}

export async function itemCounts(db: TDbOrTx, templateIds: string[]) {
  if (templateIds.length === 0) return [];
  return db
    .select({
      templateId: checklistItem.templateId,
      items: sql`count(*)`,
      keyItems: sql`count(*) filter (where ${checklistItem.key})`,
    })
    .from(checklistItem)
    .where(inArray(checklistItem.templateId, templateIds))
    .groupBy(checklistItem.templateId);
}

export async function findTemplate(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(checklistTemplate)
    .where(and(eq(checklistTemplate.bureauId, bureauId), eq(checklistTemplate.id, id)));
  return row ?? null;
}

export async function findTemplatesByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(checklistTemplate).where(inArray(checklistTemplate.id, ids));
}

export async function findPublished(db: TDbOrTx, bureauId: string, scope: TChecklistScope) {
  const [row] = await db
    .select()
    .from(checklistTemplate)
    .where(and(eq(checklistTemplate.bureauId, bureauId), eq(checklistTemplate.scope, scope), eq(checklistTemplate.status, 'published')));
  return row ?? null;
}

export async function latestOfScope(db: TDbOrTx, bureauId: string, scope: TChecklistScope) {
  const [row] = await db
    .select()
    .from(checklistTemplate)
    .where(and(eq(checklistTemplate.bureauId, bureauId), eq(checklistTemplate.scope, scope)))
    .orderBy(desc(checklistTemplate.versionNo))
    .limit(1);
  return row ?? null;
}

export async function scopesWithTemplates(db: TDbOrTx, bureauId: string) {
  const rows = await db.selectDistinct({ scope: checklistTemplate.scope }).from(checklistTemplate).where(eq(checklistTemplate.bureauId, bureauId));
  return new Set(rows.map((r) => r.scope));
}

export async function itemsOf(db: TDbOrTx, templateId: string) {
  return db.select().from(checklistItem).where(eq(checklistItem.templateId, templateId)).orderBy(asc(checklistItem.position));
}

export async function itemsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(checklistItem).where(inArray(checklistItem.id, ids));
}

export function insertTemplate(db: TDbOrTx, values: typeof checklistTemplate.$inferInsert) {
  return insertOne(db, checklistTemplate, values);
}

/** The next version's draft, or null when another request made that version first (it is unique per scope). */
export async function insertDraft(db: TDbOrTx, values: typeof checklistTemplate.$inferInsert) {
  const [row] = await db.insert(checklistTemplate).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function insertItems(db: TDbOrTx, templateId: string, items: Omit<typeof checklistItem.$inferInsert, 'templateId' | 'position'>[]) {
  if (items.length === 0) return;
  await db.insert(checklistItem).values(items.map((item, position) => ({ ...item, templateId, position: position + 1 })));
}

/** Only a draft's items are ever replaced: published items are referenced by inspections. */
export async function deleteItems(db: TDbOrTx, templateId: string) {
  await db.delete(checklistItem).where(eq(checklistItem.templateId, templateId));
}

export async function updateTemplateVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof checklistTemplate.$inferInsert>) {
  return updateVersioned(db, checklistTemplate, id, version, values);
}

export async function retirePublished(db: TDbOrTx, bureauId: string, scope: TChecklistScope) {
  return db
    .update(checklistTemplate)
    .set({ status: 'retired', ...bumpVersion(checklistTemplate) })
    .where(and(eq(checklistTemplate.bureauId, bureauId), eq(checklistTemplate.scope, scope), eq(checklistTemplate.status, 'published')))
    .returning({ id: checklistTemplate.id });
}

/** Items that name a legal basis, with their checklist, for the law library to resolve. */
export async function itemsWithBasis(db: TDbOrTx) {
  return db
    .select({
      itemId: checklistItem.id,
      position: checklistItem.position,
      content: checklistItem.content,
      basisLaw: checklistItem.basisLaw,
      basisArticle: checklistItem.basisArticle,
      basisArticleId: checklistItem.basisArticleId,
      templateId: checklistTemplate.id,
      templateName: checklistTemplate.name,
      templateStatus: checklistTemplate.status,
      versionNo: checklistTemplate.versionNo,
    })
    .from(checklistItem)
    .innerJoin(checklistTemplate, eq(checklistTemplate.id, checklistItem.templateId))
    .where(and(isNotNull(checklistItem.basisLaw), isNotNull(checklistItem.basisArticle)));
}

/** Only the resolved article changes: the item's text and its version stay as they were. */
export async function setBasisArticle(db: TDbOrTx, itemId: string, articleId: string | null) {
  await db.update(checklistItem).set({ basisArticleId: articleId }).where(eq(checklistItem.id, itemId));
}
