// The demo's daily checks, weekly reviews and monthly minutes (日管控、周排查、月调度) of the operators that must keep
// them (enterprises and institutions, by credit code), as the platform's rollout would leave them: the demo business
// for a full year, the operators of its unit since the unit piloted it 120 days ago, the others from a day of the
// last 120 on which each began. Each operator has a habit drawn once: most diligent, some lapsed (about half the days,
// weeks and months missed, a few stopped lately), a few that always tick "all OK", some that never began. Problems are
// found now and then, mostly with an action. The demo business is diligent, with today's check, this week's review
// and this month's minutes left for the browser test to record. Records name their points as the operator's risk
// control list read (the template less its points not applicable, plus its own), stored once per distinct list as
// the module stores them (a point set), each record keeping only its findings that say more than OK.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { riskControlKindOf, type TControlPoint } from '@shian/shared/risk-control';
import { DEFAULT_RISK_CONTROL_POINTS } from '@shian/shared/risk-control-templates';
import { mondayOf, periodEnd, type TDailyItem } from '@shian/shared/self-check';
import { entityKindOf } from '@shian/shared/uscc';
import { addDays } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { operator, personnel } from '../operator/operator.schema.ts';
import { riskControlList } from '../risk-control/risk-control.schema.ts';
import { pointSetOf, splitDaily } from '../self-check/self-check.public.ts';
import { selfCheck } from '../self-check/self-check.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { seededRandom, type TRandom } from './demo-random.ts';

type THabit = 'diligent' | 'lapsed' | 'allOk' | 'never';
const HABITS: [THabit, number][] = [
  ['diligent', 58],
  ['lapsed', 22],
  ['allOk', 8],
  ['never', 12],
];

const PROBLEMS: [string, string][] = [
  ['冷藏柜温度 9℃，高于规定', '已调整温控并转移食材，通知维修'],
  ['发现一批临近保质期的调味品未标识', '已下架并张贴临期标识'],
  ['操作间地面有积水', '已清理，疏通地漏'],
  ['一名员工未佩戴口罩操作', '已现场纠正并再次培训'],
  ['留样记录缺少一餐次', '已补充留样，明确专人负责'],
  ['防鼠板未归位', '已复位并检查其他出入口'],
  ['消毒柜未按时开启', '已开启消毒并记录'],
  ['进货查验记录未及时填写', '已补录供货者资质和票据'],
];

/** The pilot unit (前川, 420116001000) and how long the rollout has run: long enough for the "always all OK" test (60 of 90 days). */
const DEMO_UNIT = '420116001000';
const ROLLOUT_DAYS = 120;

/** Rows a statement: one JSON parameter the database unpacks (a parameter per cell is slow on PGlite). */
const CHUNK = 2000;

type TRow = {
  operator_id: string;
  kind: string;
  period: string;
  content: unknown;
  point_set_id: string | null;
  problems: number;
  open_problems: number;
  recorded_by: string;
  recorder_name: string;
  recorded_at: string;
};

function dailyContent(r: TRandom, points: TControlPoint[], problem: boolean, open: boolean): { content: unknown; problems: number; open: number } {
  const at = problem ? r.int(0, points.length - 1) : -1;
  const [note, action] = r.pick(PROBLEMS);
  const items: TDailyItem[] = points.map((p, i) => ({
    key: p.key,
    category: p.category,
    text: p.text,
    result: i === at ? 'problem' : 'ok',
    note: i === at ? note : '',
    action: i === at && !open ? action : '',
    photoIds: [],
  }));
  return { content: splitDaily({ items }).stored, problems: problem ? 1 : 0, open: problem && open ? 1 : 0 };
}

export async function seedDemoSelfChecks(ctx: TContext, bureauId: string, today: string) {
  const r = seededRandom(17_3);
  const [business] = await ctx.db.select({ id: appUser.id, operatorId: appUser.operatorId, name: appUser.displayName }).from(appUser).where(eq(appUser.username, 'business'));
  const [admin] = await ctx.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, 'admin'));
  const all = await ctx.db
    .select({ id: operator.id, uscc: operator.uscc, type: operator.type, unitCode: operator.unitCode })
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), eq(operator.status, 'active')))
    .orderBy(asc(operator.uscc));
  const keepers = all.filter((o) => ['enterprise', 'institution'].includes(entityKindOf(o.uscc)));
  const ids = keepers.map((o) => o.id);

  const lists = new Map<string, { notApplicable: string[]; ownPoints: TControlPoint[] }>();
  const officers = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    for (const l of await ctx.db
      .select({ operatorId: riskControlList.operatorId, notApplicable: riskControlList.notApplicable, ownPoints: riskControlList.ownPoints })
      .from(riskControlList)
      .where(inArray(riskControlList.operatorId, chunk)))
      lists.set(l.operatorId, l);
    for (const p of await ctx.db
      .select({ operatorId: personnel.operatorId, name: personnel.name, role: personnel.role })
      .from(personnel)
      .where(inArray(personnel.operatorId, chunk))
      .orderBy(asc(personnel.operatorId), asc(personnel.role), asc(personnel.name)))
      if (!officers.has(p.operatorId) || p.role === 'officer') officers.set(p.operatorId, p.name);
  }
  const pointsOf = (o: (typeof keepers)[number]) => {
    const list = lists.get(o.id);
    const template = DEFAULT_RISK_CONTROL_POINTS[riskControlKindOf(o.type)];
    if (!list) return template;
    return [...template.filter((p) => !list.notApplicable.includes(p.key)), ...list.ownPoints];
  };

  // A point set per distinct list (most businesses of a kind keep the template as it is).
  const pointSets = new Map<string, string>();
  const pointSetIdOf = async (points: TControlPoint[]) => {
    const json = JSON.stringify(points);
    if (!pointSets.has(json)) pointSets.set(json, await pointSetOf(ctx.db, bureauId, points));
    return pointSets.get(json)!;
  };

  const yearStart = addDays(today, -364);
  const rows: TRow[] = [];
  for (const o of keepers) {
    const isBusiness = o.id === business?.operatorId;
    const habit: THabit = isBusiness ? 'diligent' : r.weighted(HABITS);
    if (habit === 'never') continue;
    const from = isBusiness ? yearStart : addDays(today, o.unitCode === DEMO_UNIT ? -(ROLLOUT_DAYS - 1) : -r.int(1, ROLLOUT_DAYS - 1));
    const points = pointsOf(o);
    const pointSetId = await pointSetIdOf(points);
    const recorder = isBusiness ? business.name : (officers.get(o.id) ?? '食品安全员');
    const recordedBy = isBusiness ? business.id : admin.id;
    // A lapsed operator records about half the days; one in three of them stopped some weeks ago.
    const stoppedOn = habit === 'lapsed' && r.chance(0.35) ? addDays(today, -r.int(7, 60)) : today;
    const rate = habit === 'lapsed' ? 0.35 + r.next() * 0.3 : isBusiness ? 0.985 : 0.97;
    const push = (kind: string, period: string, content: unknown, problems = 0, open = 0) =>
      rows.push({
        operator_id: o.id,
        kind,
        period,
        content,
        point_set_id: kind === 'daily' ? pointSetId : null,
        problems,
        open_problems: open,
        recorded_by: recordedBy,
        recorder_name: recorder,
        recorded_at: `${period === today ? today : kind === 'daily' ? period : periodEnd(kind as 'weekly' | 'monthly', period)}T${String(r.int(9, 18)).padStart(2, '0')}:00:00+08:00`,
      });
    let weekProblems = { found: 0, fixed: 0 };
    for (let day = from; day < today; day = addDays(day, 1)) {
      if (day < stoppedOn && r.chance(rate)) {
        const problem = habit !== 'allOk' && r.chance(0.06);
        const d = dailyContent(r, points, problem, r.chance(0.2));
        push('daily', day, d.content, d.problems, d.open);
        weekProblems = { found: weekProblems.found + d.problems, fixed: weekProblems.fixed + d.problems - d.open };
      }
      // The week's review on its Sunday, the month's minutes at its end; the periods still running are left open.
      const weekEnd = periodEnd('weekly', mondayOf(day));
      if (day === weekEnd && mondayOf(day) >= from && day < stoppedOn && r.chance(habit === 'lapsed' ? 0.5 : 0.97)) {
        const found = weekProblems.found + r.int(0, 1);
        const summary = found === 0 ? '本周排查未发现食品安全风险隐患。' : `本周排查发现风险隐患 ${found} 项，已整改 ${Math.min(found, weekProblems.fixed + 1)} 项。`;
        push('weekly', mondayOf(day), { hazardsFound: found, fixed: Math.min(found, weekProblems.fixed + 1), open: Math.max(0, found - weekProblems.fixed - 1), summary });
      }
      if (day === weekEnd) weekProblems = { found: 0, fixed: 0 };
      const month = `${day.slice(0, 7)}-01`;
      if (day === periodEnd('monthly', month) && month >= from && day < stoppedOn && r.chance(habit === 'lapsed' ? 0.5 : 0.95)) {
        push('monthly', month, {
          meetingOn: addDays(month, r.int(20, 26)),
          attendees: ['主要负责人', recorder],
          summary: '食品安全员汇报本月每日检查、每周排查情况及问题整改情况。',
          decisions: ['继续落实每日检查，问题当日整改', '下月组织一次从业人员食品安全培训'],
          signatures: [],
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + CHUNK));
    await ctx.db.execute(
      sql`insert into ${selfCheck} (operator_id, kind, period, content, point_set_id, problems, open_problems, recorded_by, recorder_name, recorded_at)
          select operator_id, kind, period, content, point_set_id, problems, open_problems, recorded_by, recorder_name, recorded_at
          from json_populate_recordset(null::${selfCheck}, ${json}::json)`,
    );
  }
  return { selfCheckOperators: keepers.length, selfChecks: rows.length };
}
