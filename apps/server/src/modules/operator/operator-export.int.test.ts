import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrganisation } from '@shian/shared/org';
import type { TImportJob } from '@shian/shared/import';
import { OPERATOR_SCALE_NAMES } from '@shian/shared/dictionary';
import type { TOperatorScale } from '@shian/shared/operator';
import { XLSX_TYPE } from '../../core/excel.ts';
import type { TTestPlatform } from '../../testing/test-platform.ts';
import { signedInPlatform } from '../../testing/signed-in.ts';
import { multipartBody } from '../../testing/multipart.ts';
import { readXlsx } from '../../testing/spreadsheets.ts';
import { COLUMNS, EXPORT_COLUMNS } from './operator-file.ts';

let platform: TTestPlatform;
let cast: Record<'admin' | 'station', string>;

beforeAll(async () => {
  ({ platform, cookies: cast } = await signedInPlatform(['admin', 'station']));
});
afterAll(() => platform.close());

async function exportFile(query: string, cookie: string) {
  const response = await platform.request({ method: 'GET', url: `/api/operators/export?${query}`, cookie });
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  const [header, ...rows] = await readXlsx(response.rawPayload);
  const column = (name: string) => header.indexOf(name);
  return { response, header, rows, column };
}

const total = async (query: string, cookie: string) => (await platform.request({ method: 'GET', url: `/api/operators?pageSize=1&${query}`, cookie })).json().total as number;

describe('operator export', () => {
  it('exports the filtered list as an .xlsx download, one row per operator', async () => {
    const { response, header, rows, column } = await exportFile('type=canteen', cast.admin);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; /);
    expect(disposition).toMatch(/filename\*=UTF-8''%E7%BB%8F%E8%90%A5%E4%B8%BB%E4%BD%93-\d{4}-\d\d-\d\d\.xlsx$/);
    expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(await total('type=canteen', cast.admin));
    for (const row of rows) expect(row[column(COLUMNS.type[0])]).toBe('单位食堂');
    // Canteens are public institutions (12...) in the demo data, and carry a canteen trade licence.
    for (const row of rows) {
      expect(row[column(COLUMNS.uscc[0])]).toMatch(/^12420116/);
      expect(row[column(COLUMNS.licenceNumber[0])]).toMatch(/^JY3/);
    }
  });

  it('never exports phone numbers', async () => {
    const { header, response } = await exportFile('', cast.admin);
    expect(header.some((h) => h.includes('电话'))).toBe(false);
    const cells = new Set((await readXlsx(response.rawPayload)).flat());
    const list = await platform.request({ method: 'GET', url: '/api/operators?pageSize=30', cookie: cast.admin });
    const phones: string[] = [];
    for (const o of list.json().items as { id: string }[]) {
      const detail = await platform.request({ method: 'GET', url: `/api/operators/${o.id}`, cookie: cast.admin });
      phones.push(...detail.json().personnel.map((p: { phone: string }) => p.phone));
    }
    expect(phones.length).toBeGreaterThan(30);
    const leaked = [...cells].filter((cell) => phones.some((phone) => cell.includes(phone)));
    expect(leaked).toEqual([]);
  });

  it("limits a station user's export to its jurisdiction", async () => {
    const org = (await platform.request({ method: 'GET', url: '/api/org', cookie: cast.admin })).json() as TOrganisation;
    const me = (await platform.request({ method: 'GET', url: '/api/auth/me', cookie: cast.station })).json();
    const own = org.stations.find((s) => s.id === me.stationId)!;
    const { rows, column } = await exportFile('', cast.station);
    expect(rows).toHaveLength(await total('', cast.station));
    expect(rows.length).toBeLessThan(await total('', cast.admin));
    for (const row of rows) {
      expect(own.unitCodes).toContain(row[column('统一区划代码')]);
      expect(row[column('市场监管所')]).toBe('前川市场监督管理所');
    }
    // Asking for another station's unit gives nothing rather than leaking it.
    const elsewhere = await exportFile('unitCode=420116403000', cast.station);
    expect(elsewhere.rows).toHaveLength(0);
  });

  it('honours the other filters and the sort order', async () => {
    const { rows, column } = await exportFile('unitCode=420116201000&sort=-name', cast.admin);
    expect(rows).toHaveLength(await total('unitCode=420116201000', cast.admin));
    for (const row of rows) expect(row[column(COLUMNS.unit[0])]).toBe('木兰乡');
    const list = await platform.request({ method: 'GET', url: '/api/operators?unitCode=420116201000&sort=-name&pageSize=200', cookie: cast.admin });
    expect(rows.map((r) => r[column(COLUMNS.uscc[0])])).toEqual(list.json().items.map((o: { uscc: string }) => o.uscc));
  });

  it('exports the scale (经营规模) in Chinese words, empty where none is stored', async () => {
    const { rows, column } = await exportFile('unitCode=420116201000&sort=name', cast.admin);
    const list = await platform.request({ method: 'GET', url: '/api/operators?unitCode=420116201000&sort=name&pageSize=40', cookie: cast.admin });
    const seen = new Set<string>();
    for (const [i, o] of (list.json().items as { id: string; uscc: string }[]).entries()) {
      const detail = (await platform.request({ method: 'GET', url: `/api/operators/${o.id}`, cookie: cast.admin })).json();
      expect(rows[i][column(COLUMNS.uscc[0])]).toBe(o.uscc);
      const cell = rows[i][column(COLUMNS.scale[0])] ?? '';
      expect(cell).toBe(detail.scale ? OPERATOR_SCALE_NAMES[detail.scale as TOperatorScale].zh : '');
      seen.add(cell);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('exports a file that imports back without errors', async () => {
    const { response } = await exportFile('unitCode=420116001000', cast.station);
    const body = multipartBody({ fileName: 'export.xlsx', content: response.rawPayload });
    const upload = await platform.request({
      method: 'POST',
      url: '/api/operator-imports',
      cookie: cast.station,
      payload: body.payload,
      headers: body.headers,
    });
    expect(upload.statusCode).toBe(201);
    const job = upload.json() as TImportJob;
    expect(job.total).toBe(await total('unitCode=420116001000', cast.station));
    expect(job.errors).toEqual([]);
    expect(job.valid).toBe(job.total);
  });

  it('refuses roles without the export permission and bad filters', async () => {
    const expert = await platform.login('expert');
    expect((await platform.request({ method: 'GET', url: '/api/operators/export', cookie: expert })).statusCode).toBe(403);
    const paged = await platform.request({ method: 'GET', url: '/api/operators/export?page=2', cookie: cast.admin });
    expect(paged.statusCode).toBe(400);
  });
});
