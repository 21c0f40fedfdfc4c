import type { TConsumerNotice, TNoticeCreate, TNoticeListQuery } from '@shian/shared/consumer-notice';
import type { TPage } from '@shian/shared/http';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as repo from './consumer-notice.repository.ts';
import type { TNoticeRow } from './consumer-notice.repository.ts';

function present(row: TNoticeRow, createdBy: string | null): TConsumerNotice {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    source: row.source,
    sampleIds: row.sampleIds,
    status: row.status,
    createdBy,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

async function presentAll(ctx: TContext, rows: TNoticeRow[]) {
  const drafters = await repo.draftersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => present(r, drafters.get(r.id) ?? null));
}

export async function listNotices(ctx: TContext, user: TSessionUser, query: TNoticeListQuery): Promise<TPage<TConsumerNotice>> {
  const [rows, total] = await Promise.all([repo.listNotices(ctx.db, user.bureauId, query), repo.countNotices(ctx.db, user.bureauId, query)]);
  return { items: await presentAll(ctx, rows), total, page: query.page, pageSize: query.pageSize };
}

/** Published notices only, without who drafted or approved them. */
export async function listPublishedNotices(ctx: TContext, query: TNoticeListQuery) {
  const bureauId = await repo.publicBureauId(ctx.db);
  if (!bureauId) throw notFound();
  const published = { ...query, status: 'published' as const };
  const [rows, total] = await Promise.all([repo.listNotices(ctx.db, bureauId, published), repo.countNotices(ctx.db, bureauId, published)]);
  return {
    items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, publishedAt: r.publishedAt?.toISOString() ?? null })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function draftNotice(ctx: TContext, user: TSessionUser, input: TNoticeCreate) {
  const known = await repo.existingSampleIds(ctx.db, user.bureauId, input.sampleIds);
  const unknown = input.sampleIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw invalidField(`sampleIds.${unknown}`, { zh: '抽样单不存在', en: 'no such sample' });
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertNotice(tx, { bureauId: user.bureauId, ...input });
    await recordAudit(tx, [
      { actor: user, action: 'create', entity: 'consumer_notice', entityId: created.id, after: { kind: created.kind, title: created.title, sampleIds: created.sampleIds } },
    ]);
    return created;
  });
  await ctx.events.publish('consumer-notice.drafted', { bureauId: user.bureauId, noticeId: row.id, title: row.title }, user);
  return present(row, user.id);
}

async function load(ctx: TContext, user: TSessionUser, id: string) {
  const row = await repo.findNotice(ctx.db, user.bureauId, id);
  if (!row) throw notFound();
  return row;
}

async function transition(ctx: TContext, user: TSessionUser, id: string, version: number, action: string, values: Partial<TNoticeRow>) {
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateNoticeVersioned(tx, id, version, values);
    await recordAudit(tx, [{ actor: user, action, entity: 'consumer_notice', entityId: id, after: { status: updated.status } }]);
    return updated;
  });
  return (await presentAll(ctx, [row]))[0];
}

/** Four eyes: the drafter cannot approve their own notice. */
export async function approveNotice(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const before = await load(ctx, user, id);
  if (before.status !== 'draft') throw invalidField('status', { zh: '只有草稿可以审核', en: 'only a draft can be approved' });
  if ((await repo.draftersOf(ctx.db, [id])).get(id) === user.id) throw forbidden();
  return transition(ctx, user, id, version, 'approve', { status: 'approved', approvedBy: user.id, approvedAt: new Date() });
}

export async function publishNotice(ctx: TContext, user: TSessionUser, id: string, version: number) {
  const before = await load(ctx, user, id);
  if (before.status !== 'approved') throw invalidField('status', { zh: '审核通过后才能发布', en: 'only an approved notice can be published' });
  return transition(ctx, user, id, version, 'publish', { status: 'published', publishedAt: new Date() });
}
