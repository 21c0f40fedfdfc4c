import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { checkAuditAnchor, verifyAuditTrail, writeAuditCheckpoint } from '../../core/audit/audit-checkpoint.ts';
import { recordAudit, verifyAuditChain } from '../../core/audit/audit-log.ts';
import { auditHead, auditLog } from '../../core/audit/audit.schema.ts';

let platform: TTestPlatform;
let dir: string;
let file: string;

const record = (n: number) =>
  platform.ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      Array.from({ length: n }, (_, i) => ({ actor: null, action: 'update', entity: 'test', entityId: String(i), after: { i } })),
    ),
  );

beforeAll(async () => {
  platform = await createTestPlatform();
  dir = mkdtempSync(path.join(tmpdir(), 'shian-checkpoint-'));
});
afterAll(async () => {
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('audit checkpoints', () => {
  it('passes a healthy chain, writing a checkpoint each time that the next verification reaches', async () => {
    file = path.join(dir, 'healthy.jsonl');
    await record(3);
    const first = await verifyAuditTrail(platform.ctx.db, platform.ctx.cipher, file);
    expect(first.ok).toBe(true);
    expect(first.lines[1]).toContain('no audit checkpoint yet');
    await record(2);
    const second = await verifyAuditTrail(platform.ctx.db, platform.ctx.cipher, file);
    expect(second).toMatchObject({ ok: true });
    expect(second.lines[1]).toContain('audit checkpoints reached');
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('detects the last rows deleted and audit_head rewritten to match, which the chain alone does not', async () => {
    file = path.join(dir, 'truncated.jsonl');
    await record(4);
    const checkpoint = await writeAuditCheckpoint(platform.ctx.db, platform.ctx.cipher, file);
    await platform.ctx.db.delete(auditLog).where(sql`${auditLog.seq} > ${checkpoint.seq - 2}`);
    const [last] = await platform.ctx.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    await platform.ctx.db.update(auditHead).set({ seq: last.seq, hash: last.hash }).where(eq(auditHead.id, 'head'));

    expect((await verifyAuditChain(platform.ctx.db)).ok).toBe(true);
    expect(await checkAuditAnchor(platform.ctx.db, platform.ctx.cipher, file)).toMatchObject({ state: 'truncated', seq: checkpoint.seq, chainEnds: checkpoint.seq - 2 });
    const verified = await verifyAuditTrail(platform.ctx.db, platform.ctx.cipher, file);
    expect(verified.ok).toBe(false);
    expect(verified.lines[1]).toContain('audit chain TRUNCATED');
    // A failed verification anchors nothing: the truncated state must not become the newest checkpoint.
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);

    // Entries written after the truncation reuse the deleted seqs with other hashes: still caught.
    await record(3);
    expect(await checkAuditAnchor(platform.ctx.db, platform.ctx.cipher, file)).toMatchObject({ state: 'rewritten', seq: checkpoint.seq });
  });

  it('detects an altered checkpoint file by its signature', async () => {
    file = path.join(dir, 'altered.jsonl');
    await writeAuditCheckpoint(platform.ctx.db, platform.ctx.cipher, file);
    await writeAuditCheckpoint(platform.ctx.db, platform.ctx.cipher, file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const altered = JSON.parse(lines[1]);
    altered.seq -= 1;
    writeFileSync(file, `${lines[0]}\n${JSON.stringify(altered)}\n`);
    expect(await checkAuditAnchor(platform.ctx.db, platform.ctx.cipher, file)).toEqual({ state: 'forged', line: 2 });
    const verified = await verifyAuditTrail(platform.ctx.db, platform.ctx.cipher, file);
    expect(verified.ok).toBe(false);
    expect(verified.lines[1]).toContain('audit checkpoint file ALTERED: line 2');
  });

  it('GET /api/audit/verify checks the platform checkpoints too: a truncation answers ok false with the anchor state', async () => {
    const admin = await platform.login('admin');
    const verify = async () => (await platform.request({ method: 'GET', url: '/api/audit/verify', cookie: admin })).json();
    await record(3);
    const checkpoint = await writeAuditCheckpoint(platform.ctx.db, platform.ctx.cipher, platform.ctx.auditCheckpointFile);
    expect(await verify()).toMatchObject({ ok: true, anchor: { state: 'reached', seq: checkpoint.seq } });

    await platform.ctx.db.delete(auditLog).where(sql`${auditLog.seq} > ${checkpoint.seq - 2}`);
    const [last] = await platform.ctx.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    await platform.ctx.db.update(auditHead).set({ seq: last.seq, hash: last.hash }).where(eq(auditHead.id, 'head'));
    expect(await verify()).toMatchObject({ ok: false, brokenAtSeq: null, anchor: { state: 'truncated', seq: checkpoint.seq, chainEnds: checkpoint.seq - 2 } });
  });
});
