// The demo's risk control lists (风险管控清单): the default templates of every kind, and most enterprises' lists
// adopted in the first weeks of the year on the templates' version 1, naming their officer and director, a few with
// points marked not applicable or their own points. The demo business has adopted its list with two points of its
// own and one not applicable; about one enterprise in six has adopted none yet.
import { and, asc, eq, sql } from 'drizzle-orm';
import { riskControlKindOf, type TControlPoint } from '@shian/shared/risk-control';
import { DEFAULT_RISK_CONTROL_POINTS } from '@shian/shared/risk-control-templates';
import { addDays } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { operator, personnel } from '../operator/operator.schema.ts';
import { operatorEntityKind } from '../operator/operator.public.ts';
import { ensureTemplates } from '../risk-control/risk-control.public.ts';
import { riskControlList } from '../risk-control/risk-control.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { seededRandom } from './demo-random.ts';

const OWN_POINTS: Omit<TControlPoint, 'key'>[] = [
  { category: '加工制作', text: '小龙虾等季节性水产品专人验收，当日采购当日加工，不隔夜存放' },
  { category: '外卖配送', text: '外卖订单出餐前由当班食品安全员核对封签，封签破损的不得交付骑手' },
  { category: '设施设备', text: '中央空调出风口每月清洗一次，后厨排风罩每周除油' },
  { category: '贮存', text: '进口冷链食品单独区域存放，张贴追溯码，先进先出' },
  { category: '人员管理', text: '新入职员工上岗前完成 8 学时食品安全培训并考试合格' },
];

/** Rows a statement. */
const CHUNK = 5000;

export async function seedDemoRiskControl(ctx: TContext, bureauId: string, today: string) {
  const r = seededRandom(17_2);
  await ensureTemplates(ctx.db, bureauId);
  const [business] = await ctx.db.select({ operatorId: appUser.operatorId }).from(appUser).where(eq(appUser.username, 'business'));
  // Enterprises are bound by the rules on the business's own responsibility.
  const enterprise = and(eq(operator.bureauId, bureauId), eq(operator.status, 'active'), eq(operatorEntityKind, 'enterprise'));
  const enterprises = await ctx.db.select({ id: operator.id, type: operator.type }).from(operator).where(enterprise).orderBy(asc(operator.uscc));
  const staff = await ctx.db
    .select({ id: personnel.id, operatorId: personnel.operatorId, role: personnel.role })
    .from(personnel)
    .innerJoin(operator, eq(operator.id, personnel.operatorId))
    .where(enterprise)
    .orderBy(asc(personnel.operatorId), asc(personnel.name), asc(personnel.id));
  const people = new Map<string, { officer: string | null; director: string | null }>();
  for (const p of staff) {
    const named = people.get(p.operatorId) ?? { officer: null, director: null };
    if (p.role === 'officer' && !named.officer) named.officer = p.id;
    if (p.role === 'director') named.director = p.id;
    // A business without a director names its principal, who answers for food safety.
    if (p.role === 'principal' && !named.director) named.director = p.id;
    people.set(p.operatorId, named);
  }

  const year = today.slice(0, 4);
  const lists: Record<string, unknown>[] = [];
  for (const o of enterprises) {
    const isBusiness = o.id === business?.operatorId;
    if (!isBusiness && !r.chance(0.83)) continue;
    const kind = riskControlKindOf(o.type);
    const template = DEFAULT_RISK_CONTROL_POINTS[kind];
    const named = people.get(o.id) ?? { officer: null, director: null };
    let notApplicable: string[] = [];
    let own: Omit<TControlPoint, 'key'>[] = [];
    if (isBusiness) {
      // A restaurant without a banquet hall: the banquet sample point does not apply.
      notApplicable = [template.find((p) => p.category === '食品留样')?.key ?? template[template.length - 1].key];
      own = OWN_POINTS.slice(0, 2);
    } else {
      if (r.chance(0.3)) notApplicable = [r.pick(template).key];
      if (r.chance(0.2)) own = [r.pick(OWN_POINTS)];
    }
    const adoptedOn = [addDays(`${year}-01-05`, r.int(0, 40)), today].sort()[0];
    const adoptedAt = new Date(`${adoptedOn}T${String(r.int(9, 17)).padStart(2, '0')}:00:00+08:00`);
    lists.push({
      bureau_id: bureauId,
      operator_id: o.id,
      template_kind: kind,
      template_version: 1,
      not_applicable: notApplicable,
      own_points: own.map((p, i) => ({ key: `own-${i + 1}`, ...p })),
      officer_personnel_id: named.officer,
      director_personnel_id: named.director,
      adopted_at: adoptedAt.toISOString(),
    });
  }
  // Rows as one JSON parameter that the database unpacks (a parameter per cell made it seconds on PGlite).
  for (let i = 0; i < lists.length; i += CHUNK) {
    const json = JSON.stringify(lists.slice(i, i + CHUNK));
    await ctx.db.execute(
      sql`insert into ${riskControlList} (bureau_id, operator_id, template_kind, template_version, not_applicable, own_points, officer_personnel_id, director_personnel_id, adopted_at)
          select bureau_id, operator_id, template_kind, template_version, not_applicable, own_points, officer_personnel_id, director_personnel_id, adopted_at
          from json_populate_recordset(null::${riskControlList}, ${json}::json)`,
    );
  }
  return { riskControlLists: lists.length, riskControlNotAdopted: enterprises.length - lists.length };
}
