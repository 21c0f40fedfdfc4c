// The station-level users and stations of the plan, draw and dashboard tests, on the demo's seed.
import { and, eq, ne } from 'drizzle-orm';
import type { TTestPlatform } from './test-platform.ts';
import { station } from '../modules/org/org.schema.ts';
import { appUser } from '../modules/user/user.schema.ts';

export type TStationCast = {
  /** Cookies of the department, of Qianchuan's station head and of one of its inspectors. */
  department: string;
  stationHead: string;
  inspector: string;
  qianchuanId: string;
  otherStationId: string;
  /** An inspector of another station than Qianchuan: never assignable by its head. */
  outsiderId: string;
};

/** Signs in the department, Qianchuan's station head and an inspector, and finds the stations they work at and beside. */
export async function stationCast(platform: TTestPlatform): Promise<TStationCast> {
  const [department, stationHead, inspector] = await Promise.all(['department', 'station', 'inspector'].map((u) => platform.login(u)));
  const stations = await platform.ctx.db.select().from(station).where(eq(station.kind, 'station'));
  const qianchuanId = stations.find((s) => s.name === '前川市场监督管理所')!.id;
  const otherStationId = stations.find((s) => s.id !== qianchuanId)!.id;
  const [outsider] = await platform.ctx.db
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.role, 'inspector'), ne(appUser.stationId, qianchuanId)))
    .limit(1);
  return { department, stationHead, inspector, qianchuanId, otherStationId, outsiderId: outsider.id };
}
