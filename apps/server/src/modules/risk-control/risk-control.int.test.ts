import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { TPage } from '@shian/shared/http';
import { RISK_CONTROL_KINDS, riskControlKindOf, type TRiskControlList, type TRiskControlStatus, type TRiskControlTemplate } from '@shian/shared/risk-control';
import { DEFAULT_RISK_CONTROL_POINTS } from '@shian/shared/risk-control-templates';
import type { TOperatorType } from '@shian/shared/operator';
import type { TWorkbench } from '@shian/shared/workbench';
import { rowsOf } from '../../core/db/database.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { refusedFields } from '../../testing/refused-fields.ts';
import { zipEntry } from '../../testing/zip-entry.ts';
import { controlPointsFor } from './risk-control.public.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'department' | 'station' | 'business', string>;
let businessOperatorId: string;

const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await platform.ctx.db.execute(query));
const get = async <T>(url: string, cookie: string) => {
  const response = await platform.request({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};
const put = (url: string, cookie: string, payload: object) => platform.request({ method: 'PUT', url, cookie, payload });

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'department', 'station', 'business'] as const));
  [{ operator_id: businessOperatorId }] = await q<{ operator_id: string }>(sql`select operator_id from app_user where username = 'business'`);
});
afterAll(() => platform.close());

describe('templates', () => {
  it('has the default template of every kind, 25 to 40 points in categories, keys unique', async () => {
    const templates = await get<TRiskControlTemplate[]>('/api/risk-control/templates', cast.business);
    expect(templates.map((t) => t.kind).sort()).toEqual([...RISK_CONTROL_KINDS].sort());
    for (const t of templates) {
      expect(t.version).toBe(1);
      expect(t.points).toEqual(DEFAULT_RISK_CONTROL_POINTS[t.kind]);
      expect(t.points.length).toBeGreaterThanOrEqual(25);
      expect(t.points.length).toBeLessThanOrEqual(40);
      expect(new Set(t.points.map((p) => p.key)).size).toBe(t.points.length);
      expect(new Set(t.points.map((p) => p.category)).size).toBeGreaterThanOrEqual(6);
    }
    const canteen = DEFAULT_RISK_CONTROL_POINTS.canteen.find((p) => p.category === '食品留样')!;
    expect(canteen.text).toMatch(/125 g.*48 小时/);
  });

  it('saves a new version keeping the old; a stale version answers 409; only the department may save', async () => {
    const before = await get<TRiskControlTemplate>('/api/risk-control/templates/catering', cast.department);
    const points = [...before.points.slice(1), { key: 'cy-new-1', category: '加工制作', text: '自制饮品当日制作当日售完' }];
    const saved = await put('/api/risk-control/templates/catering', cast.department, { version: before.version, points });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ kind: 'catering', version: before.version + 1, points, updatedByName: expect.any(String) });
    expect((await put('/api/risk-control/templates/catering', cast.department, { version: before.version, points })).statusCode).toBe(409);
    expect((await put('/api/risk-control/templates/catering', cast.station, { version: before.version + 1, points })).statusCode).toBe(403);
    expect((await put('/api/risk-control/templates/catering', cast.business, { version: before.version + 1, points })).statusCode).toBe(403);
    const kept = await q<{ version_no: number; status: string }>(sql`select version_no, status from risk_control_template where kind = 'catering' order by version_no`);
    expect(kept).toEqual([
      { version_no: 1, status: 'retired' },
      { version_no: 2, status: 'current' },
    ]);
    expect((await get<TRiskControlTemplate>('/api/risk-control/templates/catering', cast.station)).version).toBe(2);
  });

  it('refuses duplicate keys, own- keys and an unknown kind, naming the field', async () => {
    const point = { key: 'a-1', category: '人员管理', text: '晨检' };
    const duplicate = await refusedFields(platform, {
      method: 'PUT',
      url: '/api/risk-control/templates/sales',
      cookie: cast.department,
      payload: { version: 1, points: [point, point] },
    });
    expect(duplicate).toEqual([{ path: 'points', message: '管控点：管控点编号不能重复' }]);
    const own = await refusedFields(platform, {
      method: 'PUT',
      url: '/api/risk-control/templates/sales',
      cookie: cast.department,
      payload: { version: 1, points: [{ ...point, key: 'own-1' }] },
    });
    expect(own).toEqual([{ path: 'points.0.key', message: expect.stringMatching(/^管控点编号：/) }]);
    expect((await put('/api/risk-control/templates/bakery', cast.department, { version: 1, points: [point] })).statusCode).toBe(400);
  });
});

describe("a business's own list", () => {
  it('shows the demo business its adopted list, two own points and one not applicable, and that the template was updated', async () => {
    const list = await get<TRiskControlList>(`/api/risk-control/lists/${businessOperatorId}`, cast.business);
    expect(list.listId).not.toBeNull();
    expect(list.kind).toBe('catering');
    expect(list.ownPoints.map((p) => p.key)).toEqual(['own-1', 'own-2']);
    expect(list.notApplicable).toHaveLength(1);
    expect(list.templateVersion).toBe(1);
    // The catering template was saved again above.
    expect(list.templateUpdated).toBe(true);
    expect(list.templatePoints).toEqual(DEFAULT_RISK_CONTROL_POINTS.catering);
    expect(list.currentTemplatePoints.some((p) => p.key === 'cy-new-1')).toBe(true);
    expect(list.officer).not.toBeNull();
    expect(list.personnel.length).toBeGreaterThan(0);
    // The business's workbench asks it to adopt again.
    const workbench = await get<TWorkbench>('/api/workbench?module=risk-control', cast.business);
    expect(workbench.items).toEqual([expect.objectContaining({ module: 'risk-control', kind: 'readopt', operatorId: businessOperatorId, link: '/my-risk-control' })]);
  });

  it('re-adopts on the current template with its adaptations; a stale version answers 409', async () => {
    const list = await get<TRiskControlList>(`/api/risk-control/lists/${businessOperatorId}`, cast.business);
    const skip = list.currentTemplatePoints.slice(0, 2).map((p) => p.key);
    const officer = list.personnel[0];
    const body = {
      version: list.version,
      notApplicable: [...skip, 'no-such-key'],
      ownPoints: [{ category: '贮存', text: '酒水饮料单独货架存放' }],
      officerPersonnelId: officer.id,
      directorPersonnelId: null,
    };
    const adopted = await put(`/api/risk-control/lists/${businessOperatorId}`, cast.business, body);
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({
      templateVersion: 2,
      templateUpdated: false,
      notApplicable: skip,
      ownPoints: [{ key: 'own-1', category: '贮存', text: '酒水饮料单独货架存放' }],
      officer,
      director: null,
      version: list.version + 1,
    });
    expect((await put(`/api/risk-control/lists/${businessOperatorId}`, cast.business, body)).statusCode).toBe(409);
    expect((await get<TWorkbench>('/api/workbench?module=risk-control', cast.business)).items).toEqual([]);
    const [audit] = await q<{ n: number }>(sql`select count(*)::int as n from audit_log where entity = 'risk_control_list' and entity_id = ${adopted.json().listId}`);
    expect(audit.n).toBe(1);
  });

  it("is the business's only for itself: another operator is 404, and staff may not adopt for it", async () => {
    const [other] = await q<{ id: string }>(sql`select id from operator where id <> ${businessOperatorId} order by uscc limit 1`);
    expect((await platform.request({ method: 'GET', url: `/api/risk-control/lists/${other.id}`, cookie: cast.business })).statusCode).toBe(404);
    const body = { version: 0, notApplicable: [], ownPoints: [], officerPersonnelId: null, directorPersonnelId: null };
    expect((await put(`/api/risk-control/lists/${other.id}`, cast.business, body)).statusCode).toBe(404);
    expect((await put(`/api/risk-control/lists/${other.id}`, cast.department, body)).statusCode).toBe(403);
    // Someone else's person may not be named.
    const [stranger] = await q<{ id: string }>(sql`select id from personnel where operator_id = ${other.id} limit 1`);
    const list = await get<TRiskControlList>(`/api/risk-control/lists/${businessOperatorId}`, cast.business);
    const refused = await refusedFields(platform, {
      method: 'PUT',
      url: `/api/risk-control/lists/${businessOperatorId}`,
      cookie: cast.business,
      payload: { ...body, version: list.version, officerPersonnelId: stranger.id },
    });
    expect(refused).toEqual([{ path: 'officerPersonnelId', message: '食品安全员：应为本单位登记的关键岗位人员' }]);
  });

  it('adopts the first time with version 0, and prints the adopted list', async () => {
    const [free] = await q<{ id: string; type: TOperatorType }>(
      sql`select o.id, o.type from operator o where o.status = 'active' and not exists (select 1 from risk_control_list l where l.operator_id = o.id) order by o.uscc limit 1`,
    );
    expect((await platform.request({ method: 'GET', url: `/api/risk-control/lists/${free.id}/docx`, cookie: cast.admin })).statusCode).toBe(404);
    const preview = await get<TRiskControlList>(`/api/risk-control/lists/${free.id}`, cast.admin);
    expect(preview).toMatchObject({ listId: null, version: 0, kind: riskControlKindOf(free.type), adoptedAt: null });
    const adopted = await put(`/api/risk-control/lists/${free.id}`, cast.admin, {
      version: 0,
      notApplicable: [],
      ownPoints: [],
      officerPersonnelId: null,
      directorPersonnelId: null,
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({ version: 1, templateUpdated: false });
    const again = await put(`/api/risk-control/lists/${free.id}`, cast.admin, {
      version: 0,
      notApplicable: [],
      ownPoints: [],
      officerPersonnelId: null,
      directorPersonnelId: null,
    });
    expect(again.statusCode).toBe(409);

    const file = await platform.request({ method: 'GET', url: `/api/risk-control/lists/${businessOperatorId}/docx`, cookie: cast.business });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/wordprocessingml/);
    const xml = zipEntry(file.rawPayload, 'word/document.xml');
    expect(xml).toContain('餐饮服务提供者食品安全风险管控清单');
    expect(xml).toContain('酒水饮料单独货架存放');
  });

  it('refuses a list where nothing applies', async () => {
    const list = await get<TRiskControlList>(`/api/risk-control/lists/${businessOperatorId}`, cast.business);
    const refused = await refusedFields(platform, {
      method: 'PUT',
      url: `/api/risk-control/lists/${businessOperatorId}`,
      cookie: cast.business,
      payload: { version: list.version, notApplicable: list.currentTemplatePoints.map((p) => p.key), ownPoints: [], officerPersonnelId: null, directorPersonnelId: null },
    });
    expect(refused).toEqual([{ path: 'notApplicable', message: '不适用项：至少应有一项适用的管控点' }]);
  });
});

describe('controlPointsFor', () => {
  it("gives an adopted list's applicable points, and the current template for a business that adopted none", async () => {
    const list = await get<TRiskControlList>(`/api/risk-control/lists/${businessOperatorId}`, cast.business);
    const adopted = await controlPointsFor(platform.ctx.db, businessOperatorId);
    expect(adopted.listId).toBe(list.listId);
    expect(adopted.version).toBe(list.templateVersion);
    expect(adopted.points).toEqual([...list.templatePoints.filter((p) => !list.notApplicable.includes(p.key)), ...list.ownPoints]);

    const [free] = await q<{ id: string; type: TOperatorType }>(
      sql`select o.id, o.type from operator o where not exists (select 1 from risk_control_list l where l.operator_id = o.id) and o.type = 'producer' order by o.uscc limit 1`,
    );
    expect(await controlPointsFor(platform.ctx.db, free.id)).toEqual({ listId: null, version: 1, points: DEFAULT_RISK_CONTROL_POINTS.production });
    expect(await controlPointsFor(platform.ctx.db, crypto.randomUUID())).toEqual({ listId: null, version: null, points: [] });
  });
});

describe('adoption status', () => {
  it('lists the operators in the reader’s scope with whether they adopted, filtered', async () => {
    const all = await get<TPage<TRiskControlStatus>>('/api/risk-control/lists?pageSize=200', cast.department);
    const [{ n: active }] = await q<{ n: number }>(sql`select count(*)::int as n from operator where status = 'active'`);
    expect(all.total).toBe(active);
    const adopted = await get<TPage<TRiskControlStatus>>('/api/risk-control/lists?adopted=true&pageSize=200', cast.department);
    const notAdopted = await get<TPage<TRiskControlStatus>>('/api/risk-control/lists?adopted=false', cast.department);
    expect(adopted.total + notAdopted.total).toBe(all.total);
    expect(adopted.items.every((i) => i.adopted && i.templateVersion !== null && i.applicablePoints !== null)).toBe(true);
    expect(notAdopted.items.every((i) => !i.adopted)).toBe(true);

    const [{ n: stationActive }] = await q<{ n: number }>(
      sql`select count(*)::int as n from operator o join unit u on u.code = o.unit_code join app_user a on a.station_id = u.station_id where a.username = 'station' and o.status = 'active'`,
    );
    const station = await get<TPage<TRiskControlStatus>>('/api/risk-control/lists', cast.station);
    expect(station.total).toBe(stationActive);
    expect(station.total).toBeLessThan(all.total);

    const own = await get<TPage<TRiskControlStatus>>('/api/risk-control/lists', cast.business);
    expect(own.items.map((i) => i.operatorId)).toEqual([businessOperatorId]);
    expect(own.items[0]).toMatchObject({ adopted: true, kind: 'catering', templateUpdated: false, ownPoints: 1 });

    const canteens = await get<TPage<TRiskControlStatus>>('/api/risk-control/lists?kind=canteen', cast.department);
    expect(canteens.items.every((i) => i.kind === 'canteen')).toBe(true);
    expect((await platform.request({ method: 'GET', url: '/api/risk-control/lists?adopted=maybe', cookie: cast.department })).statusCode).toBe(400);
  });
});
