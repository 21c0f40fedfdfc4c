// The hourly escalation after a large 12315 import: tens of thousands of complaints fall overdue at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull, like, sql } from 'drizzle-orm';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { toInt } from '../../core/db/database.ts';
import { bureau } from '../org/org.schema.ts';
import { complaint, complaintStep } from './complaint.schema.ts';
import { escalateOverdueComplaints } from './complaint-workflow.service.ts';

// More than one multi-row statement can carry (the stack overflowed at about 13,000 rows).
const OVERDUE = 14_500;
let platform: TTestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe('escalation of overdue complaints', () => {
  it('escalates every one of a large import in one run, and none twice', async () => {
    const [{ id: bureauId }] = await platform.ctx.db.select({ id: bureau.id }).from(bureau).limit(1);
    await platform.ctx.db.execute(sql`
      insert into ${complaint} (bureau_id, registration_no, kind, channel, received_at, description, accept_due_on)
      select ${bureauId}, 'BULK' || lpad(g::text, 6, '0'), 'complaint', 'import_12315', timestamptz '2026-01-05 10:00+08', '批量导入的逾期投诉', date '2026-01-14'
      from generate_series(1, ${OVERDUE}) g`);

    const run = await escalateOverdueComplaints(platform.ctx, '2026-03-02');
    expect(run.escalated).toBeGreaterThanOrEqual(OVERDUE);
    const bulk = like(complaint.registrationNo, 'BULK%');
    const [left] = await platform.ctx.db
      .select({ n: sql`count(*)` })
      .from(complaint)
      .where(and(bulk, isNull(complaint.escalatedAt)));
    expect(toInt(left.n)).toBe(0);
    const [steps] = await platform.ctx.db
      .select({ n: sql`count(*)` })
      .from(complaintStep)
      .innerJoin(complaint, eq(complaint.id, complaintStep.complaintId))
      .where(and(bulk, eq(complaintStep.kind, 'escalate')));
    expect(toInt(steps.n)).toBe(OVERDUE);
    expect((await escalateOverdueComplaints(platform.ctx, '2026-03-02')).escalated).toBe(0);
  });
});
