import { asc, eq, gt, sql } from 'drizzle-orm';
import { sm3 } from '../crypto.ts';
import type { TDbOrTx } from '../db/database.ts';
import { auditHead, auditLog } from './audit.schema.ts';

export type TActor = { id: string; username: string; bureauId: string } | null;
export type TAuditInput = {
  actor: TActor;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/** The prev_hash of the first entry (and the head of an empty chain). */
export const GENESIS = '0'.repeat(64);
// Serialises writers so that each row chains onto the one before it.
const CHAIN_LOCK = 7_301_001;

/** JSON with object keys sorted, so that a value read back from jsonb hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

type TRow = typeof auditLog.$inferSelect;

function rowHash(row: Omit<TRow, 'hash'>): string {
  const material = canonicalJson([row.seq, row.at.toISOString(), row.bureauId, row.userId, row.username, row.action, row.entity, row.entityId, row.before, row.after]);
  return sm3(row.prevHash + material);
}

const asJson = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** Appends entries to the chain; call inside the transaction that makes the change. */
export async function recordAudit(tx: TDbOrTx, entries: TAuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 'head'));
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS;
  const at = new Date();
  const rows: TRow[] = entries.map((entry) => {
    seq += 1;
    const row = {
      seq,
      at,
      bureauId: entry.actor?.bureauId ?? null,
      userId: entry.actor?.id ?? null,
      username: entry.actor?.username ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: asJson(entry.before),
      after: asJson(entry.after),
      prevHash,
    };
    prevHash = rowHash(row);
    return { ...row, hash: prevHash };
  });
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
  await tx
    .insert(auditHead)
    .values({ id: 'head', seq, hash: prevHash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq, hash: prevHash } });
}

export type TAuditVerification = { ok: boolean; checked: number; brokenAtSeq: number | null };

/** Walks the whole chain; any altered, inserted or deleted row shows as the first broken seq. */
export async function verifyAuditChain(db: TDbOrTx): Promise<TAuditVerification> {
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(5000);
    if (page.length === 0) break;
    for (const row of page) {
      if (row.seq !== expectedSeq || row.prevHash !== prevHash || rowHash(row) !== row.hash) {
        return { ok: false, checked, brokenAtSeq: expectedSeq };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 'head'));
  const headOk = head ? head.seq === checked && head.hash === prevHash : checked === 0;
  return headOk ? { ok: true, checked, brokenAtSeq: null } : { ok: false, checked, brokenAtSeq: checked + 1 };
}
