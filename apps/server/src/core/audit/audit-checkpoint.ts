// The audit chain's anchor outside the database. Anyone who can write the tables can also recompute the
// SM3 chain and audit_head after deleting or rewriting rows (SM3 has no key); a signed checkpoint
// (seq, hash, time) appended to a file in DATA_DIR and to the server log cannot be forged without the key.
//
// Signed with HMAC-SM3 under a key derived from SHIAN_SM4_KEY (TCipher.keyedDigest): that key already lives
// outside the database (environment), production refuses to start without it, and the platform itself is the
// only verifier, so a MAC suffices; an Ed25519 pair would be a second secret to keep and rotate.
import type { TAuditAnchorCheck } from '@shian/shared/audit';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { TCipher } from '../crypto.ts';
import { rowsOf, toInt, type TDbOrTx } from '../db/database.ts';
import { auditHead } from './audit.schema.ts';
import { GENESIS, verifyAuditChain } from './audit-log.ts';

export type TAuditCheckpoint = { seq: number; hash: string; at: string; signature: string };

/** What the newest checkpoints say about the chain in the database. */
export const auditCheckpointFile = (dataDir: string) => path.join(dataDir, 'audit-checkpoints.jsonl');

const signatureOf = (cipher: TCipher, c: Omit<TAuditCheckpoint, 'signature'>) => cipher.keyedDigest('audit-checkpoint', `${c.seq}|${c.hash}|${c.at}`);

/** Appends a checkpoint of the current audit_head to the file (created with its folder if missing). */
export async function writeAuditCheckpoint(db: TDbOrTx, cipher: TCipher, file: string): Promise<TAuditCheckpoint> {
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 'head'));
  const body = { seq: head?.seq ?? 0, hash: head?.hash ?? GENESIS, at: new Date().toISOString() };
  const checkpoint = { ...body, signature: signatureOf(cipher, body) };
  await mkdir(path.dirname(file), { recursive: true });
  // One write in append mode: lines from concurrent writers do not interleave, earlier lines are never rewritten.
  await appendFile(file, `${JSON.stringify(checkpoint)}\n`);
  return checkpoint;
}

async function readCheckpoints(cipher: TCipher, file: string): Promise<TAuditCheckpoint[] | { forgedLine: number }> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const lines = text.split('\n').filter((line) => line.trim());
  const checkpoints: TAuditCheckpoint[] = [];
  for (const [index, line] of lines.entries()) {
    let c: TAuditCheckpoint;
    try {
      c = JSON.parse(line);
    } catch {
      return { forgedLine: index + 1 };
    }
    if (typeof c.seq !== 'number' || signatureOf(cipher, { seq: c.seq, hash: c.hash, at: c.at }) !== c.signature) return { forgedLine: index + 1 };
    checkpoints.push(c);
  }
  return checkpoints;
}

/**
 * Checks every checkpoint in the file against the chain: each must be signed, its seq must still exist
 * (fewer rows = truncation) and carry the same hash (a different one = history rewritten).
 */
export async function checkAuditAnchor(db: TDbOrTx, cipher: TCipher, file: string): Promise<TAuditAnchorCheck> {
  const checkpoints = await readCheckpoints(cipher, file);
  if (!Array.isArray(checkpoints)) return { state: 'forged', line: checkpoints.forgedLine };
  if (checkpoints.length === 0) return { state: 'none' };
  const [{ n }] = rowsOf<{ n: unknown }>(await db.execute(sql`select coalesce(max(seq), 0) as n from audit_log`));
  const chainEnds = toInt(n);
  const furthest = checkpoints.reduce((a, b) => (b.seq > a.seq ? b : a));
  if (furthest.seq > chainEnds) return { state: 'truncated', seq: furthest.seq, at: furthest.at, chainEnds };
  const seqs = [...new Set(checkpoints.map((c) => c.seq).filter((seq) => seq > 0))];
  const stored = rowsOf<{ seq: unknown; hash: string }>(await db.execute(sql`select seq, hash from audit_log where seq = any(${`{${seqs.join(',')}}`}::bigint[])`));
  const hashAt = new Map(stored.map((row) => [toInt(row.seq), row.hash]));
  const rewritten = checkpoints.find((c) => c.seq > 0 && hashAt.get(c.seq) !== c.hash);
  if (rewritten) return { state: 'rewritten', seq: rewritten.seq, at: rewritten.at };
  const newest = checkpoints.at(-1)!;
  return { state: 'reached', seq: newest.seq, at: newest.at };
}

/** One line for the operator; `ok` false for a forged file, a truncated chain or a rewritten history. */
export function describeAuditAnchor(check: TAuditAnchorCheck): { ok: boolean; text: string } {
  switch (check.state) {
    case 'none':
      return { ok: true, text: 'no audit checkpoint yet: this is the first one' };
    case 'reached':
      return { ok: true, text: `audit checkpoints reached: the newest (seq ${check.seq}, ${check.at}) matches the chain` };
    case 'forged':
      return { ok: false, text: `audit checkpoint file ALTERED: line ${check.line} does not carry a valid signature` };
    case 'truncated':
      return { ok: false, text: `audit chain TRUNCATED: checkpoint of ${check.at} is at seq ${check.seq}, the chain ends at seq ${check.chainEnds}` };
    case 'rewritten':
      return { ok: false, text: `audit chain REWRITTEN: seq ${check.seq} no longer has the hash checkpointed at ${check.at}` };
  }
}

/**
 * `shian audit verify`: the chain, then its anchor; when both hold, a new checkpoint is written so that the
 * next verification reaches at least this far. Returns the report lines.
 */
export async function verifyAuditTrail(db: TDbOrTx, cipher: TCipher, file: string): Promise<{ ok: boolean; lines: string[] }> {
  const chain = await verifyAuditChain(db);
  const chainLine = chain.ok ? `audit chain intact: ${chain.checked} entries` : `audit chain BROKEN at seq ${chain.brokenAtSeq} (${chain.checked} entries intact before it)`;
  const anchor = describeAuditAnchor(await checkAuditAnchor(db, cipher, file));
  const ok = chain.ok && anchor.ok;
  const lines = [chainLine, anchor.text];
  if (ok) {
    const checkpoint = await writeAuditCheckpoint(db, cipher, file);
    lines.push(`audit checkpoint written: seq ${checkpoint.seq} at ${checkpoint.at}`);
  }
  return { ok, lines };
}
