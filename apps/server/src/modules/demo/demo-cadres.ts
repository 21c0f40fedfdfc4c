// The demo's assigned cadres (about 1,800: three district-level cadres a unit, twenty township-level, the rest
// village-level in proportion to the unit's trade) and their assignments by the default rule, each active subject
// exactly once. The demo cadre account's cadre (a village cadre of 前川街道) guarantees the demo business and some
// twenty subjects more. Left for the assignment pages to show: a few new subjects uncovered, a few re-graded ones
// still with a village cadre and a few closed ones still assigned.
import { DEFAULT_CADRE_RULE, requiredLevel, type TCadreLevel } from '@shian/shared/cadre';
import { eq } from 'drizzle-orm';
import type { TContext } from '../../core/context.ts';
import { cadre, cadreAssignment, cadreAssignmentHistory } from '../cadre/cadre.schema.ts';
import { operator } from '../operator/operator.schema.ts';
import { seededRandom } from './demo-random.ts';
import { mobile, personName } from './demo-names.ts';

const QIANCHUAN = '420116001000';
const CADRE_COUNT = 1_800;
const DISTRICT_PER_UNIT = 3;
const TOWNSHIP_PER_UNIT = 20;
const DEMO_CADRE_SUBJECTS = 20;
const POSTS: Record<Exclude<TCadreLevel, 'city'>, string[]> = {
  district: ['区食安委成员单位副局长', '区直部门负责人', '区食安办副主任'],
  township: ['街道办副主任', '乡镇副镇长', '街道食安办专干', '乡镇食安办主任'],
  village: ['社区书记', '村支书', '网格员', '村委会主任', '社区主任'],
};

type TCadreRow = typeof cadre.$inferInsert & { id: string; level: Exclude<TCadreLevel, 'city'> };

/** The cadre rows (not yet written) over the units, and the demo account's cadre. */
export function demoCadres(ctx: TContext, bureauId: string, units: readonly (readonly [{ code: string; name: string }, number])[]) {
  const r = seededRandom(16_2024);
  const rows: TCadreRow[] = [];
  const add = (unit: { code: string; name: string }, level: TCadreRow['level']) => {
    const workUnit =
      level === 'district'
        ? '黄陂区人民政府'
        : level === 'township'
          ? `${unit.name}办事处`
          : `${unit.name}${r.pick(['红星', '新民', '双凤', '桃园', '长岭', '向阳'])}${r.pick(['村委会', '社区居委会'])}`;
    rows.push({
      id: crypto.randomUUID(),
      bureauId,
      name: personName(r),
      level,
      post: r.pick(POSTS[level]),
      workUnit,
      unitCode: unit.code,
      phoneEncrypted: ctx.cipher.encrypt(mobile(r)),
    });
  };
  for (const [u] of units) {
    for (let i = 0; i < DISTRICT_PER_UNIT; i++) add(u, 'district');
    for (let i = 0; i < TOWNSHIP_PER_UNIT; i++) add(u, 'township');
  }
  const villages = CADRE_COUNT - rows.length;
  const weight = units.reduce((sum, [, w]) => sum + w, 0);
  for (const [u, w] of units) for (let i = 0; i < Math.max(1, Math.round((villages * w) / weight)); i++) add(u, 'village');
  const demoCadre = rows.find((c) => c.unitCode === QIANCHUAN && c.level === 'village')!;
  return { rows, demoCadreId: demoCadre.id };
}

/**
 * Assigns every active subject by the default rule to the least-loaded cadre of its level in its unit, after the
 * grades are known; written straight to the tables in chunks, with the open history rows.
 */
export async function seedDemoAssignments(ctx: TContext, bureauId: string, demoCadreId: string, businessOperatorId: string) {
  const subjects = await ctx.db
    .select({ id: operator.id, unitCode: operator.unitCode, type: operator.type, tags: operator.tags, riskGrade: operator.riskGrade, status: operator.status })
    .from(operator)
    .where(eq(operator.bureauId, bureauId))
    .orderBy(operator.unitCode, operator.uscc);
  const cadres = await ctx.db.select({ id: cadre.id, level: cadre.level, unitCode: cadre.unitCode }).from(cadre).where(eq(cadre.bureauId, bureauId)).orderBy(cadre.name, cadre.id);
  const pools = new Map<string, { id: string; load: number }[]>();
  for (const c of cadres) pools.set(`${c.unitCode}/${c.level}`, [...(pools.get(`${c.unitCode}/${c.level}`) ?? []), { id: c.id, load: 0 }]);
  const demoPool = pools.get(`${QIANCHUAN}/village`)!;
  const demo = demoPool.find((c) => c.id === demoCadreId)!;
  const assignments: { operatorId: string; cadreId: string }[] = [];
  const assign = (operatorId: string, c: { id: string; load: number }) => {
    c.load += 1;
    assignments.push({ operatorId, cadreId: c.id });
  };
  // The demo business stays with the demo cadre whatever its grade: re-graded D, it is an adjustment due.
  assign(businessOperatorId, demo);
  const active = subjects.filter((s) => s.status === 'active' && s.id !== businessOperatorId);
  // The last few subjects outside 前川 are left uncovered ("new"), and a few C-graded ones stay at village level.
  const uncovered = new Set(
    active
      .filter((s) => s.unitCode !== QIANCHUAN)
      .slice(-4)
      .map((s) => s.id),
  );
  const wrongLevel = new Set(
    active
      .filter((s) => s.unitCode !== QIANCHUAN && s.riskGrade === 'C')
      .slice(0, 3)
      .map((s) => s.id),
  );
  for (const s of active) {
    if (uncovered.has(s.id)) continue;
    const level = wrongLevel.has(s.id) ? 'village' : requiredLevel(DEFAULT_CADRE_RULE, s);
    const pool = pools.get(`${s.unitCode}/${level}`) ?? [];
    // The demo cadre takes its unit's village subjects first, up to a real workload.
    const c =
      level === 'village' && s.unitCode === QIANCHUAN && demo.load < DEMO_CADRE_SUBJECTS
        ? demo
        : pool.reduce<(typeof pool)[number] | undefined>((a, b) => (!a || b.load < a.load ? b : a), undefined);
    if (c) assign(s.id, c);
  }
  // Closed subjects still assigned: their assignments are due to end.
  for (const s of subjects.filter((s) => s.status !== 'active' && s.unitCode !== QIANCHUAN).slice(0, 3)) {
    const pool = pools.get(`${s.unitCode}/village`);
    if (pool) assign(s.id, pool[0]);
  }
  for (let i = 0; i < assignments.length; i += 1000) {
    const chunk = assignments.slice(i, i + 1000);
    await ctx.db.insert(cadreAssignment).values(chunk);
    await ctx.db.insert(cadreAssignmentHistory).values(chunk.map((a) => ({ ...a, bureauId })));
  }
  return { cadreAssignments: assignments.length, uncoveredSubjects: uncovered.size };
}
