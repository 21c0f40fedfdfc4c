// Each workflow step runs once: it reads the complaint once (in the user's scope), writes, and answers the
// detail of the row it wrote, which is exactly what a read right after the step answers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TComplaintDetail } from '@shian/shared/complaint';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { createOperatorIn, QIANCHUAN_UNIT } from '../../testing/inspections.ts';
import { station as stationTable } from '../org/org.schema.ts';

let platform: TTestPlatform;
let department: string;
let station: string;
let restaurant: { id: string };
let queries: string[] = [];

beforeAll(async () => {
  platform = await createTestPlatform({ operators: 40 });
  const admin = await platform.login('admin');
  [department, station] = await Promise.all(['department', 'station'].map((u) => platform.login(u)));
  restaurant = await createOperatorIn(platform, admin, QIANCHUAN_UNIT, { name: '黄陂区前川翠园记热干面馆', address: '武汉市黄陂区前川街道板桥大道 218 号' });
  await createOperatorIn(platform, admin, QIANCHUAN_UNIT, { name: '黄陂区前川翠园记热干面馆板桥分店', address: '武汉市黄陂区前川街道板桥大道 260 号' });
  // drizzle's logger sees every statement, in and out of transactions, on both drivers.
  const session = (platform.ctx.db as unknown as { session: { logger: unknown; options: { logger?: unknown } } }).session;
  session.logger = session.options.logger = { logQuery: (query: string) => queries.push(query) };
});
afterAll(() => platform.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  anonymous: false,
  complainant: { name: '李小红', phone: '13912345678', address: '武汉市黄陂区前川街道百秀街 8 号' },
  namedBusiness: '翠园记热干面',
  namedAddress: '黄陂区前川街道板桥大道218号',
  description: '3 月 5 日中午在该店吃热干面，碗里有一根头发，要求退款并赔偿。',
  ...overrides,
});

async function create(overrides: Record<string, unknown> = {}): Promise<TComplaintDetail> {
  const response = await platform.request({ method: 'POST', url: '/api/complaints', cookie: department, payload: body(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Reads of one complaint by id (the scoped load); the risk signals' read of verified violations is not one. */
const readsById = (list: string[]) => list.filter((q) => /^\s*select/i.test(q) && /from "complaint"\s/.test(q) && /"complaint"\."id" = /.test(q)).length;

async function act(id: string, action: string, payload: Record<string, unknown>, cookie = department): Promise<TComplaintDetail> {
  queries = [];
  const response = await platform.request({ method: 'POST', url: `/api/complaints/${id}/${action}`, cookie, payload });
  const ran = queries;
  expect(response.statusCode, response.body).toBe(200);
  expect([action, readsById(ran)]).toEqual([action, 1]);
  const read = await platform.request({ method: 'GET', url: `/api/complaints/${id}`, cookie });
  expect(response.body, action).toBe(read.body);
  return response.json();
}

it('answers each step with the row it wrote, as a read right after it would, reading the complaint once', async () => {
  const [qijiawan] = await platform.ctx.db.select().from(stationTable).where(eq(stationTable.name, '祁家湾市场监督管理所'));
  // A complaint matched by hand (routed by the operator's unit), accepted, mediated, verified (a lead), answered.
  let complaint = await create({ namedAddress: '前川街道板桥大道' });
  expect(complaint.matchStatus).toBe('pending_review');
  complaint = await act(complaint.id, 'match', { version: complaint.version, operatorId: restaurant.id });
  complaint = await act(complaint.id, 'accept', { version: complaint.version, note: '材料齐全' });
  complaint = await act(complaint.id, 'handle', { version: complaint.version }, station);
  complaint = await act(complaint.id, 'result', { version: complaint.version, outcome: 'mediated', result: '调解成功', violationVerified: true }, station);
  expect(complaint.leadId).not.toBeNull();
  await act(complaint.id, 'reply', { version: complaint.version, note: '已电话告知' }, station);

  let report = await create({ kind: 'report' });
  report = await act(report.id, 'handle', { version: report.version });
  report = await act(report.id, 'extend', { version: report.version, reason: '需调取监控录像' });
  await act(report.id, 'result', { version: report.version, outcome: 'violation_found', result: '现场查见过期芝麻酱' });

  // Steps that move the complaint to another station or operator answer the new names.
  const routed = await create();
  expect((await act(routed.id, 'route', { version: routed.version, stationId: qijiawan.id })).stationName).toBe('祁家湾市场监督管理所');
  const accepted = await create();
  expect((await act(accepted.id, 'accept', { version: accepted.version, stationId: qijiawan.id })).stationName).toBe('祁家湾市场监督管理所');
  let unmatched = await create();
  unmatched = await act(unmatched.id, 'match', { version: unmatched.version, operatorId: null });
  expect(unmatched.operatorName).toBeNull();
  await act(unmatched.id, 'reject', { version: unmatched.version, reason: '不属于市场监管部门职责' });
});
