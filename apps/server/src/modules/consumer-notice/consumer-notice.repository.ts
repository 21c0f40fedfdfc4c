import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { TNoticeListQuery } from '@shian/shared/consumer-notice';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { auditLog } from '../../core/audit/audit.schema.ts';
import { bureau } from '../org/org.schema.ts';
import { sample } from '../sampling/sampling.schema.ts';
import { consumerNotice } from './consumer-notice.schema.ts';

export type TNoticeRow = typeof consumerNotice.$inferSelect;

function conditions(bureauId: string, query: TNoticeListQuery): SQL[] {
  const list: SQL[] = [eq(consumerNotice.bureauId, bureauId)];
  if (query.status) list.push(eq(consumerNotice.status, query.status));
  return list;
}

export async function listNotices(db: TDbOrTx, bureauId: string, query: TNoticeListQuery) {
  const list = db
    .select()
    .from(consumerNotice)
    .where(and(...conditions(bureauId, query)))
    .orderBy(desc(consumerNotice.publishedAt), desc(consumerNotice.createdAt), asc(consumerNotice.id))
    .$dynamic();
  return paged(list, query);
}

export function countNotices(db: TDbOrTx, bureauId: string, query: TNoticeListQuery) {
  return db.$count(consumerNotice, and(...conditions(bureauId, query)));
}

export async function findNotice(db: TDbOrTx, bureauId: string, id: string) {
  const [row] = await db
    .select()
    .from(consumerNotice)
    .where(and(eq(consumerNotice.bureauId, bureauId), eq(consumerNotice.id, id)));
  return row ?? null;
}

/** The drafters, from the audit trail (the table has no author column; the chain is the record of who did what). */
export async function draftersOf(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return new Map<string, string | null>();
  const rows = await db
    .select({ entityId: auditLog.entityId, userId: auditLog.userId })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'consumer_notice'), eq(auditLog.action, 'create'), inArray(auditLog.entityId, ids)));
  return new Map(rows.map((r) => [r.entityId!, r.userId]));
}

export async function existingSampleIds(db: TDbOrTx, bureauId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: sample.id })
    .from(sample)
    .where(and(eq(sample.bureauId, bureauId), inArray(sample.id, ids)));
  return new Set(rows.map((r) => r.id));
}

export function insertNotice(db: TDbOrTx, values: typeof consumerNotice.$inferInsert) {
  return insertOne(db, consumerNotice, values);
}

export async function updateNoticeVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof consumerNotice.$inferInsert>) {
  return updateVersioned(db, consumerNotice, id, version, values);
}

export async function publicBureauId(db: TDbOrTx) {
  const [row] = await db.select({ id: bureau.id }).from(bureau).orderBy(asc(bureau.createdAt)).limit(1);
  return row?.id ?? null;
}
