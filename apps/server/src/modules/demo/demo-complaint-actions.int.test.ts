import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { addDays, chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { insertComplaints } from '../../testing/test-complaints.ts';
import { operator } from '../operator/operator.schema.ts';
import { findUserByUsername, toSessionUser } from '../user/user.public.ts';
import { interview } from '../interview/interview.schema.ts';
import { odrEnrolment, odrNegotiation } from '../odr/odr.schema.ts';
import { seedDemoComplaintActions } from './demo-complaint-actions.ts';
import { seededRandom } from './demo-random.ts';

let platform: TTestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 60 });
});
afterAll(() => platform.close());

it('acts on the most complained-about businesses: stations, interviews at every stage, ODR with outcomes', async () => {
  const today = chinaToday();
  const busiest = await platform.ctx.db.select({ id: operator.id }).from(operator).orderBy(asc(operator.uscc)).limit(8);
  // Operator i gets 10 - i complaints in the last month: a clear ranking.
  await insertComplaints(
    platform,
    busiest.flatMap((o, i) => Array.from({ length: 10 - i }, (_, k) => ({ receivedAt: addDays(today, -(k * 3 + 1)), operatorId: o.id }))),
  );
  const admin = toSessionUser((await findUserByUsername(platform.ctx.db, 'admin'))!);
  const summary = await seedDemoComplaintActions(platform.ctx, admin, seededRandom(7), today);
  expect(summary.serviceStations).toBeGreaterThan(10);
  expect(summary.interviews).toBe(4);

  const interviews = await platform.ctx.db.select({ operatorId: interview.operatorId, status: interview.status }).from(interview);
  expect(interviews.map((i) => i.status).sort()).toEqual(['closed', 'draft', 'held', 'notified']);
  expect(interviews.find((i) => i.status === 'closed')!.operatorId).toBe(busiest[0].id);

  const enrolments = await platform.ctx.db
    .select()
    .from(odrEnrolment)
    .where(
      inArray(
        odrEnrolment.operatorId,
        busiest.slice(2).map((o) => o.id),
      ),
    );
  expect(enrolments).toHaveLength(summary.odrEnrolments);
  expect(enrolments.map((e) => e.status)).toEqual(expect.arrayContaining(['enrolled', 'invited']));
  const negotiations = await platform.ctx.db.select().from(odrNegotiation);
  expect(negotiations).toHaveLength(summary.odrNegotiations);
  expect(negotiations.length).toBeGreaterThan(5);
  expect(new Set(negotiations.map((n) => n.status)).size).toBeGreaterThan(1);

  // The operators of the service stations are real sellers and caterers of the registry.
  const hosts = await platform.ctx.db
    .select({ type: operator.type })
    .from(operator)
    .where(and(eq(operator.bureauId, admin.bureauId), inArray(operator.type, ['seller', 'caterer'])));
  expect(summary.serviceStations).toBe(Math.min(36, hosts.length));
});
