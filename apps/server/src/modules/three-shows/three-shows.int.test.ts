import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TThreeShows } from '@shian/shared/three-shows';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { answerAll, closeWith, createOperatorIn, me, QIJIAWAN_UNIT, startInspection } from '../../testing/inspections.ts';

let platform: TTestPlatform;
let admin: string;
let inspector: string;
let inspectorIds: string[];
let operatorId: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  [admin, inspector] = await Promise.all([platform.login('admin'), platform.login('inspector')]);
  inspectorIds = [(await me(platform, inspector)).id, (await me(platform, await platform.login('station'))).id];
  operatorId = (await createOperatorIn(platform, admin)).id;
  for (const [day, publish] of [
    ['2026-01-05', true],
    ['2026-02-02', false],
    ['2026-03-02', true],
  ] as const) {
    const inspection = await startInspection(platform, inspector, { operatorId, inspectorIds, inspectedOn: day });
    expect((await closeWith(platform, inspector, await answerAll(platform, inspector, inspection), [], publish)).statusCode).toBe(200);
  }
});
afterAll(() => platform.close());

describe('three-shows profile', () => {
  it('shows staff every closed inspection with achievements', async () => {
    const response = await platform.request({ method: 'GET', url: `/api/operators/${operatorId}/three-shows`, cookie: inspector });
    expect(response.statusCode).toBe(200);
    const profile: TThreeShows = response.json();
    expect(profile.inspections.map((i) => i.inspectedOn)).toEqual(['2026-03-02', '2026-02-02', '2026-01-05']);
    expect(profile.achievements).toEqual([
      { kind: 'consecutive_conforming', count: 3 },
      { kind: 'no_overdue_rectifications', count: null },
      { kind: 'valid_licence', count: null },
    ]);
    expect(profile.licences[0]).toMatchObject({ state: 'valid', scope: '热食类食品制售' });
  });

  it('publishes only published results, without signing in, and a QR code of the page', async () => {
    const response = await platform.request({ method: 'GET', url: `/api/public/operators/${operatorId}` });
    expect(response.statusCode).toBe(200);
    const profile: TThreeShows = response.json();
    expect(profile.inspections.map((i) => i.inspectedOn)).toEqual(['2026-03-02', '2026-01-05']);
    expect(profile.operator.id).toBe(operatorId);
    // The risk-grade module grades on inspection.closed; the profile shows the operator row's grade.
    expect(['A', 'B', 'C', 'D', null]).toContain(profile.operator.riskGrade);
    expect(JSON.stringify(profile)).not.toContain('13800001234');
    const qr = await platform.request({ method: 'GET', url: `/api/public/operators/${operatorId}/qr.svg`, headers: { host: 'shian.example.cn' } });
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');
  });

  it('answers 404 for unknown and deactivated operators, and out of the staff scope', async () => {
    expect((await platform.request({ method: 'GET', url: `/api/public/operators/${crypto.randomUUID()}` })).statusCode).toBe(404);
    const gone = await createOperatorIn(platform, admin);
    await platform.request({ method: 'PATCH', url: `/api/operators/${gone.id}`, cookie: admin, payload: { version: gone.version, status: 'deactivated' } });
    expect((await platform.request({ method: 'GET', url: `/api/public/operators/${gone.id}` })).statusCode).toBe(404);
    expect((await platform.request({ method: 'GET', url: `/api/public/operators/${gone.id}/qr.svg` })).statusCode).toBe(404);
    const elsewhere = await createOperatorIn(platform, admin, QIJIAWAN_UNIT);
    expect((await platform.request({ method: 'GET', url: `/api/operators/${elsewhere.id}/three-shows`, cookie: inspector })).statusCode).toBe(404);
    const business = await platform.login('business');
    expect((await platform.request({ method: 'GET', url: `/api/operators/${operatorId}/three-shows`, cookie: business })).statusCode).toBe(404);
    const own = (await me(platform, business)).operatorId!;
    expect((await platform.request({ method: 'GET', url: `/api/operators/${own}/three-shows`, cookie: business })).statusCode).toBe(200);
    expect((await platform.request({ method: 'GET', url: `/api/operators/${own}/three-shows` })).statusCode).toBe(401);
  });
});
