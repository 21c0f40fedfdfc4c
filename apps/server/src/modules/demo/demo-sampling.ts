// A year of sampling for the demo, through the sampling and disposal services so that every
// report passes the same unit, limit and verdict checks a lab's does: plans, institutions,
// samples at sellers, caterers and producers, reports (a few failing), and the disposals and
// case leads the failures open, older ones worked through and closed.
import { and, eq, inArray } from 'drizzle-orm';
import type { TTestItemInput } from '@shian/shared/sampling';
import { ZDisposalListQuery } from '@shian/shared/disposal';
import { addDays, isWorkingDay } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { createInstitution, createPlan, createSample, saveReport, updatePlan } from '../sampling/sampling.public.ts';
import { closeDisposal, completeStep, deliverDisposal, getDisposal, listDisposals } from '../disposal/disposal.public.ts';
import type { TRandom } from './demo-random.ts';

type TItemSpec = { name: string; unit: string; max: number; standard: string; typical: [number, number]; failing: [number, number] };
type TFood = { category: string; products: string[]; items: TItemSpec[] };

// Limits as in the national standards the items cite; typical and failing value ranges are invented.
const FOODS: TFood[] = [
  {
    category: '蔬菜',
    products: ['韭菜', '芹菜', '豇豆', '菠菜', '小白菜'],
    items: [
      { name: '毒死蜱', unit: 'mg/kg', max: 0.02, standard: 'GB 2763-2021', typical: [0, 0.01], failing: [0.03, 0.2] },
      { name: '腐霉利', unit: 'mg/kg', max: 0.2, standard: 'GB 2763-2021', typical: [0, 0.1], failing: [0.3, 1.5] },
    ],
  },
  {
    category: '畜禽肉及副产品',
    products: ['猪肉', '鸡肉', '牛肉', '猪肝'],
    items: [
      { name: '恩诺沙星', unit: 'μg/kg', max: 100, standard: 'GB 31650-2019', typical: [0, 40], failing: [120, 400] },
      { name: '磺胺类（总量）', unit: 'μg/kg', max: 100, standard: 'GB 31650-2019', typical: [0, 30], failing: [150, 300] },
    ],
  },
  {
    category: '糕点',
    products: ['蛋糕', '面包', '月饼', '桃酥'],
    items: [
      { name: '菌落总数', unit: 'CFU/g', max: 100000, standard: 'GB 7099-2015', typical: [100, 20000], failing: [150000, 900000] },
      { name: '过氧化值（以脂肪计）', unit: 'g/100g', max: 0.25, standard: 'GB 7099-2015', typical: [0.02, 0.15], failing: [0.3, 0.6] },
    ],
  },
  {
    category: '食用油、油脂及其制品',
    products: ['菜籽油', '花生油', '大豆油'],
    items: [
      { name: '酸价（KOH）', unit: 'mg/g', max: 3, standard: 'GB 2716-2018', typical: [0.2, 1.5], failing: [3.5, 6] },
      { name: '苯并[a]芘', unit: 'μg/kg', max: 10, standard: 'GB 2762-2022', typical: [0, 3], failing: [12, 25] },
    ],
  },
  {
    category: '餐饮食品',
    products: ['复用餐饮具', '自制凉菜', '油炸面制品'],
    items: [
      { name: '阴离子合成洗涤剂（以十二烷基苯磺酸钠计）', unit: 'mg/100cm²', max: 0.005, standard: 'GB 14934-2016', typical: [0, 0.002], failing: [0.008, 0.05] },
      { name: '铝的残留量（干样品，以Al计）', unit: 'mg/kg', max: 100, standard: 'GB 2760-2014', typical: [5, 60], failing: [130, 400] },
    ],
  },
  {
    category: '豆制品',
    products: ['豆腐', '豆干', '腐竹'],
    items: [{ name: '苯甲酸及其钠盐（以苯甲酸计）', unit: 'g/kg', max: 0.1, standard: 'GB 2760-2014', typical: [0, 0.05], failing: [0.2, 0.8] }],
  },
];

const SAMPLE_COUNT = 300;
const FAILING_SHARE = 0.04;

function item(r: TRandom, spec: TItemSpec, fail: boolean): TTestItemInput {
  const [low, high] = fail ? spec.failing : spec.typical;
  const raw = low + r.next() * (high - low);
  const value = raw === 0 || raw < spec.max / 1000 ? '未检出' : String(Number(raw.toPrecision(3)));
  return {
    name: spec.name,
    value,
    unit: value === '未检出' ? null : spec.unit,
    limitText: `≤${spec.max} ${spec.unit}`,
    limitMin: null,
    limitMax: spec.max,
    standard: spec.standard,
    verdict: fail ? 'nonconforming' : 'conforming',
  };
}

export type TDemoSamplingSummary = { samples: number; nonconforming: number; disposals: number; disposalsClosed: number };

export async function seedDemoSampling(ctx: TContext, admin: TSessionUser, r: TRandom, today: string): Promise<TDemoSamplingSummary> {
  const calendar = await loadCalendar(ctx.db);
  const year = Number(today.slice(0, 4));
  const institution = await createInstitution(ctx, admin, { name: '武汉市食品安全检验检测中心（演示）', qualificationNo: 'CMA 200000000001', contact: '027-00000000' });
  const yearly = await createPlan(ctx, admin, { name: `${year}年度食品安全监督抽检计划`, year, kind: 'yearly', publishPolicy: 'all' });
  await updatePlan(ctx, admin, yearly.id, { version: yearly.version, status: 'active' });

  const candidates = await ctx.db
    .select({ id: operator.id, stationId: unit.stationId })
    .from(operator)
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(and(eq(operator.bureauId, admin.bureauId), eq(operator.status, 'active'), inArray(operator.type, ['seller', 'caterer', 'producer', 'small_workshop', 'canteen'])));
  const staff = await ctx.db
    .select({ id: appUser.id, stationId: appUser.stationId })
    .from(appUser)
    .where(and(eq(appUser.bureauId, admin.bureauId), eq(appUser.role, 'inspector')));

  let nonconforming = 0;
  for (let i = 0; i < SAMPLE_COUNT; i++) {
    let sampledOn = addDays(today, -r.int(20, 340));
    while (!isWorkingDay(calendar, sampledOn)) sampledOn = addDays(sampledOn, -1);
    const at = r.pick(candidates);
    const food = r.pick(FOODS);
    const companion = staff.find((s) => s.stationId === at.stationId);
    const sample = await createSample(ctx, admin, {
      planId: yearly.id,
      taskId: null,
      operatorId: at.id,
      productName: r.pick(food.products),
      brand: null,
      specification: '散装',
      batchNo: null,
      productionDate: addDays(sampledOn, -r.int(0, 5)),
      shelfLife: null,
      manufacturerOperatorId: null,
      manufacturerName: '（散装，经营者自制或自购）',
      manufacturerAddress: null,
      quantity: '1.0 kg',
      foodCategory: food.category,
      sampledOn,
      samplerName: '抽样员（演示）',
      institutionId: institution.id,
      accompaniedBy: companion ? [companion.id] : [],
    });
    const fails = r.chance(FAILING_SHARE);
    const failing = fails ? r.int(0, food.items.length - 1) : -1;
    if (fails) nonconforming += 1;
    await saveReport(ctx, admin, sample.id, {
      version: sample.version,
      reportNo: `WH${sample.sampleNo.slice(2)}`,
      institutionId: institution.id,
      issuedOn: addDays(sampledOn, r.int(5, 12)),
      items: food.items.map((spec, k) => item(r, spec, k === failing)),
    });
  }

  // Failures older than two months have been delivered, worked through and closed.
  const disposals = await listDisposals(ctx, admin, ZDisposalListQuery.parse({ pageSize: 200 }));
  let closed = 0;
  for (const d of disposals.items) {
    if (d.openedOn > addDays(today, -60)) continue;
    await deliverDisposal(ctx, admin, d.id, d.version);
    for (const step of (await getDisposal(ctx, admin, d.id)).steps.filter((s) => s.status === 'open')) {
      await completeStep(ctx, admin, d.id, step.id, { version: step.version, status: 'done', detail: '已按要求完成（演示）' });
    }
    await closeDisposal(ctx, admin, d.id, (await getDisposal(ctx, admin, d.id)).version);
    closed += 1;
  }
  return { samples: SAMPLE_COUNT, nonconforming, disposals: disposals.total, disposalsClosed: closed };
}
