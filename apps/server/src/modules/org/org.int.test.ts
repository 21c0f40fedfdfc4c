import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrganisation } from '@shian/shared/org';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';

let platform: TTestPlatform;
let org: TOrganisation;

beforeAll(async () => {
  platform = await createTestPlatform();
  const cookie = await platform.login('station');
  const response = await platform.request({ method: 'GET', url: '/api/org', cookie });
  expect(response.statusCode).toBe(200);
  org = response.json();
});
afterAll(() => platform.close());

// National Bureau of Statistics township codes of Huangpi (9 digits + 000).
const UNIT_CODES = [
  ...Array.from({ length: 15 }, (_, i) => `420116${String(i + 1).padStart(3, '0')}000`),
  '420116201000',
  '420116401000',
  '420116402000',
  '420116403000',
  '420116404000',
];

describe('organisation', () => {
  it("is Huangpi's bureau", () => {
    expect(org.bureau).toMatchObject({ name: '武汉市黄陂区市场监督管理局', divisionCode: '420116' });
  });

  it('has the 20 township units with their 12-digit codes', () => {
    expect(org.units).toHaveLength(20);
    expect(org.units.map((u) => u.code)).toEqual(UNIT_CODES);
    for (const u of org.units) expect(u.code).toMatch(/^420116\d{6}$/);
    const name = (code: string) => org.units.find((u) => u.code === code)?.name;
    expect(name('420116001000')).toBe('前川街道');
    expect(name('420116201000')).toBe('木兰乡');
    expect(name('420116403000')).toBe('盘龙城经济开发区');
    expect(name('420116404000')).toBe('汉口北商贸物流枢纽区管委会');
    expect(org.units.find((u) => u.code === '420116201000')?.kind).toBe('town');
    expect(org.units.filter((u) => u.kind === 'street')).toHaveLength(15);
    expect(org.units.filter((u) => u.kind === 'zone')).toHaveLength(4);
  });

  it('gives every unit to exactly one grassroots station, and lists it under that station', () => {
    const stations = new Map(org.stations.map((s) => [s.id, s]));
    for (const u of org.units) {
      const owner = stations.get(u.stationId!);
      expect(owner?.kind).toBe('station');
      expect(owner?.unitCodes).toContain(u.code);
    }
    const listed = org.stations.flatMap((s) => s.unitCodes).sort();
    expect(listed).toEqual([...UNIT_CODES].sort());
    const qianchuan = org.stations.find((s) => s.name === '前川市场监督管理所');
    expect(qianchuan?.unitCodes).toEqual(['420116001000']);
    expect(org.stations.find((s) => s.name === '木兰市场监督管理所')?.unitCodes.sort()).toEqual(['420116201000', '420116401000']);
    expect(org.stations.filter((s) => s.kind === 'station')).toHaveLength(19);
  });

  it('has the enforcement team, which owns no unit', () => {
    const teams = org.stations.filter((s) => s.kind === 'enforcement_team');
    expect(teams).toHaveLength(1);
    expect(teams[0]).toMatchObject({ name: '黄陂区市场监督管理综合执法大队', unitCodes: [] });
  });

  it('has the 12 departments', () => {
    expect(org.departments).toHaveLength(12);
    expect(new Set(org.departments.map((d) => d.code)).size).toBe(12);
    expect(org.departments.map((d) => d.name)).toEqual(expect.arrayContaining(['法规科', '餐饮科', '流通科', '食品生产科', '办公室']));
  });

  it('is shown to any signed-in user, and to no one else', async () => {
    const business = await platform.login('business');
    expect((await platform.request({ method: 'GET', url: '/api/org', cookie: business })).json().units).toHaveLength(20);
    const anonymous = await platform.request({ method: 'GET', url: '/api/org' });
    expect(anonymous.statusCode).toBe(401);
  });
});
