import { CHECKLIST_SCOPES, type TChecklistItemsPut, type TChecklistListQuery, type TChecklistScope } from '@shian/shared/checklist';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as repo from './checklist.repository.ts';
import { presentChecklist, presentChecklistSummary } from './checklist.presenter.ts';
import { CHECKLIST_SEED } from './checklist-templates.ts';

export async function listChecklists(ctx: TContext, user: TSessionUser, query: TChecklistListQuery) {
  const rows = await repo.listTemplates(ctx.db, user.bureauId, query);
  const counts = new Map(
    (
      await repo.itemCounts(
        ctx.db,
        rows.map((r) => r.id),
      )
    ).map((c) => [c.templateId, c]),
  );
  return rows.map((r) => presentChecklistSummary(r, counts.get(r.id)?.items ?? 0, counts.get(r.id)?.keyItems ?? 0));
}

async function load(db: TDbOrTx, bureauId: string, id: string) {
  const template = await repo.findTemplate(db, bureauId, id);
  if (!template) throw notFound();
  return presentChecklist(template, await repo.itemsOf(db, id));
}

export function getChecklist(ctx: TContext, user: TSessionUser, id: string) {
  return load(ctx.db, user.bureauId, id);
}

const notDraft = () => invalidField('status', { zh: '只有草稿可以修改，已发布的版本不可更改', en: 'only a draft can change; a published version is immutable' });

/** "Edit" of a checklist: the next draft version with the items copied, or the draft already open. */
export async function createDraft(ctx: TContext, user: TSessionUser, id: string) {
  const source = await repo.findTemplate(ctx.db, user.bureauId, id);
  if (!source) throw notFound();
  return ctx.db.transaction(async (tx) => {
    const latest = await repo.latestOfScope(tx, user.bureauId, source.scope);
    if (latest?.status === 'draft') return { created: false, checklist: await load(tx, user.bureauId, latest.id) };
    const versionNo = (latest?.versionNo ?? 0) + 1;
    const draft = await repo.insertDraft(tx, { bureauId: user.bureauId, scope: source.scope, name: source.name, versionNo, status: 'draft' });
    if (!draft) {
      // Another request made this version's draft at the same moment: it is the draft already open.
      const made = await repo.latestOfScope(tx, user.bureauId, source.scope);
      return { created: false, checklist: await load(tx, user.bureauId, made!.id) };
    }
    const items = await repo.itemsOf(tx, source.id);
    await repo.insertItems(
      tx,
      draft.id,
      items.map(({ section, content, key, basisLaw, basisArticle, basisArticleId }) => ({ section, content, key, basisLaw, basisArticle, basisArticleId })),
    );
    const checklist = await load(tx, user.bureauId, draft.id);
    await recordAudit(tx, [{ actor: user, action: 'create_draft', entity: 'checklist', entityId: draft.id, after: { from: source.id, versionNo: draft.versionNo } }]);
    return { created: true, checklist };
  });
}

export async function replaceItems(ctx: TContext, user: TSessionUser, id: string, input: TChecklistItemsPut) {
  const before = await load(ctx.db, user.bureauId, id);
  if (before.status !== 'draft') throw notDraft();
  return ctx.db.transaction(async (tx) => {
    await repo.updateTemplateVersioned(tx, id, input.version, input.name ? { name: input.name } : {});
    await repo.deleteItems(tx, id);
    // An item keeps the law article its basis was resolved to, as long as the basis is unchanged.
    const articleOf = new Map(before.items.map((i) => [`${i.basisLaw}\u0000${i.basisArticle}`, i.basisArticleId]));
    await repo.insertItems(
      tx,
      id,
      input.items.map((item) => ({ ...item, basisArticleId: articleOf.get(`${item.basisLaw}\u0000${item.basisArticle}`) ?? null })),
    );
    const after = await load(tx, user.bureauId, id);
    await recordAudit(tx, [{ actor: user, action: 'update_items', entity: 'checklist', entityId: id, before, after }]);
    return after;
  });
}

export async function publishChecklist(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const draft = await load(ctx.db, user.bureauId, id);
  if (draft.status !== 'draft') throw notDraft();
  return ctx.db.transaction(async (tx) => {
    const retired = await repo.retirePublished(tx, user.bureauId, draft.scope);
    const row = await repo.updateTemplateVersioned(tx, id, version, { status: 'published', publishedAt: new Date() });
    await recordAudit(tx, [{ actor: user, action: 'publish', entity: 'checklist', entityId: id, after: { versionNo: row.versionNo, retired: retired.map((r) => r.id) } }]);
    return load(tx, user.bureauId, id);
  });
}

/** The template an operator of this scope is inspected against now. */
export async function publishedChecklistFor(db: TDbOrTx, bureauId: string, scope: TChecklistScope) {
  const template = await repo.findPublished(db, bureauId, scope);
  return template ? { template, items: await repo.itemsOf(db, template.id) } : null;
}

export const checklistItemsOf = (db: TDbOrTx, templateId: string) => repo.itemsOf(db, templateId);
export const checklistsByIds = (db: TDbOrTx, ids: string[]) => repo.findTemplatesByIds(db, ids);
export const checklistItemsByIds = (db: TDbOrTx, ids: string[]) => repo.itemsByIds(db, ids);

/** Published v1 of each seed checklist, for scopes that have none yet (idempotent). */
export async function ensureChecklists(ctx: TContext, bureauId: string): Promise<void> {
  const existing = await repo.scopesWithTemplates(ctx.db, bureauId);
  const missing = CHECKLIST_SCOPES.filter((s) => !existing.has(s));
  if (missing.length === 0) return;
  await ctx.db.transaction(async (tx) => {
    for (const scope of missing) {
      const seed = CHECKLIST_SEED[scope];
      const template = await repo.insertTemplate(tx, { bureauId, scope, name: seed.name, versionNo: 1, status: 'published', publishedAt: new Date() });
      await repo.insertItems(tx, template.id, seed.items);
    }
    await recordAudit(tx, [{ actor: null, action: 'seed_checklists', entity: 'bureau', entityId: bureauId, after: { scopes: missing } }]);
  });
}

/** Items that name a legal basis, for the law library to resolve to articles (law.service linkChecklistCitations). */
export async function checklistItemBases(db: TDbOrTx) {
  const rows = await repo.itemsWithBasis(db);
  return rows.map((r) => ({ ...r, basisLaw: r.basisLaw!, basisArticle: r.basisArticle! }));
}

/** Records the law article each item's basis names (null: the library does not hold it). */
export async function linkChecklistBasis(db: TDbOrTx, links: { itemId: string; articleId: string | null }[]) {
  for (const link of links) await repo.setBasisArticle(db, link.itemId, link.articleId);
}
