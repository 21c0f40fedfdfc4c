// A year of complaints and reports for the demo: about 1,500 for 14,000 operators (proportionally fewer
// for a smaller seed), most from 12315 exports, some from the web form and staff; more where businesses
// are dense and a few businesses drawing many; some naming unlicensed stalls the registry lacks. Texts
// come from the templates below (the product needs no outside data). Each complaint is worked through
// the statutory steps as far as its age allows; a few are left overdue. Written in bulk.
import { and, eq, inArray, ne } from 'drizzle-orm';
import {
  COMPLAINT_CLOCKS,
  mediationDueOn,
  receiptDueDates,
  replyDueOn,
  type TComplaintIssueType,
  type TComplaintKind,
  type TComplaintMatchStatus,
  type TComplaintOutcome,
  type TComplaintStatus,
  type TComplaintStepKind,
  type TComplaintTrade,
  type TOperatorMatch,
} from '@shian/shared/complaint';
import { addDays, addWorkingDays, isWorkingDay, type TCalendarDays } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { complaint, complaintStep } from '../complaint/complaint.schema.ts';
import { matchDecision, rankCandidates } from '../complaint/complaint.public.ts';
import { createLead } from '../lead/lead.public.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';
import type { TRandom } from './demo-random.ts';
import { mobile, personName } from './demo-names.ts';

const PER_OPERATOR = 1500 / 14_000;

const ITEMS: Record<TComplaintTrade, string[]> = {
  catering: ['热干面', '豆皮', '汤包', '牛肉粉', '小龙虾', '排骨藕汤', '烧烤', '盒饭', '凉面', '卤鸭脖'],
  food_sales: ['牛奶', '酸奶', '面包', '饼干', '火腿肠', '速冻水饺', '食用油', '月饼', '奶粉', '果汁饮料'],
  food_production: ['米酒', '豆腐', '手工面条', '腊肉', '豆干', '糍粑', '酱菜', '桃酥'],
  online_food: ['外卖黄焖鸡米饭', '外卖麻辣烫', '外卖炸鸡', '外卖奶茶', '外卖盖浇饭', '外卖热干面'],
  canteen: ['午餐', '早餐包子', '红烧肉', '炒青菜', '米饭', '鸡蛋汤'],
  farm_produce: ['猪肉', '牛肉', '鸡蛋', '韭菜', '豇豆', '鲫鱼', '基围虾', '小白菜', '豆芽'],
  other: ['食品'],
};

// {biz} the business as named, {item} what was bought or eaten, {when} the day, {amount} yuan. A text
// starting with "eat:" fits only where food is served (catering, delivery, canteens), "buy:" only shops.
const TEXTS: Record<TComplaintIssueType, string[]> = {
  expired_spoiled: [
    'buy:{when}在{biz}购买的{item}，回家发现已超过保质期，要求退一赔十。',
    'buy:{when}在{biz}买的{item}打开后有酸臭味，明显已经变质，商家拒绝退换。',
    'buy:{biz}货架上有多种过期{item}仍在销售，生产日期已是一年前，请监管部门核查。',
    'eat:{when}在{biz}吃的{item}有馊味，疑似使用隔夜变质食材，要求退款。',
  ],
  foreign_matter: [
    'eat:{when}在{biz}点的{item}里吃出一根头发，商家只愿意重做，不同意退款。',
    '{when}在{biz}购买的{item}中发现一只苍蝇，已拍照留存，要求赔偿。',
    '在{biz}买的{item}里有一块塑料片，差点划伤孩子的嘴，要求商家给个说法。',
    '{when}吃{biz}的{item}时硌到一颗小石子，牙齿受伤，要求赔偿医药费。',
  ],
  illness: [
    'eat:{when}在{biz}就餐后全家三人腹泻呕吐，到医院就诊，怀疑食物中毒，要求赔偿并查处。',
    '{when}吃了{biz}的{item}后肚子疼、拉肚子，有就诊记录，商家不承认是食物问题。',
    'eat:同事几人{when}在{biz}吃饭后陆续出现恶心发热，请求调查该店的食品安全问题。',
  ],
  hygiene: [
    'eat:{biz}后厨卫生很差，地面油污积水，有老鼠出没，员工不戴帽子口罩。',
    'eat:{when}在{biz}用餐，餐具洗得不干净，碗上还有残渣，服务员态度敷衍。',
    '{biz}生熟食品混放在一起，苍蝇很多，垃圾桶不加盖，请监管部门检查。',
  ],
  labels_claims: [
    'buy:{when}在{biz}买的{item}包装上没有生产日期和生产厂家，属于三无产品。',
    'buy:{biz}销售的{item}宣称“无添加、纯天然”，配料表里却有多种添加剂，涉嫌虚假宣传。',
    'buy:{biz}的{item}标签上生产日期有涂改痕迹，怀疑更改日期后继续销售。',
    '{biz}宣传{item}能降血糖、治百病，涉嫌夸大宣传，请查处。',
  ],
  unlicensed: [
    '{biz}没有营业执照和食品经营许可证，长期在路边加工销售{item}，卫生条件很差。',
    '{biz}无证无照经营，每天晚上占道出摊卖{item}，用的油发黑，油烟很大。',
    '举报{biz}是家庭小作坊，没有任何证照，生产{item}批发给周边学校小卖部。',
  ],
  short_weight: [
    'buy:{when}在{biz}买了两斤{item}，回家用秤一称只有一斤六两，商家缺斤少两。',
    'buy:{biz}的电子秤有问题，称的{item}每斤少二两，怀疑作弊。',
    'buy:{when}在{biz}称{item}时连袋子带水一起算，实际分量明显不足。',
  ],
  illegal_additives: [
    '怀疑{biz}的{item}里加了罂粟壳，吃了以后总想再吃，请求检测。',
    '{biz}卖的{item}颜色异常鲜艳，怀疑使用了非法染色剂。',
    '{biz}的{item}又白又胀，怀疑用甲醛或工业碱浸泡过。',
  ],
  price_service: [
    'eat:{when}在{biz}消费，结账价格与菜单标价不一致，多收了{amount}元，商家拒绝退还。',
    'eat:{biz}收取餐位费和餐具消毒费，事先没有告知，属于强制消费。',
    '在{biz}办理的储值卡，店铺突然停业，余额{amount}元无法退还。',
    'buy:{when}在{biz}买的{item}标价和收银价格不符，要求退还差价。',
  ],
  other: ['{biz}的{item}口感和以前明显不同，怀疑偷换原料，请监管部门关注。', 'buy:{when}在{biz}买的{item}包装破损漏气，商家不予退换。'],
};
const SERVED: TComplaintTrade[] = ['catering', 'online_food', 'canteen'];

/** A text for the issue that fits the trade (every issue has at least one for each kind of trade). */
function textFor(r: TRandom, issue: TComplaintIssueType, trade: TComplaintTrade): string {
  const fits = TEXTS[issue].filter((t) => (t.startsWith('eat:') ? SERVED.includes(trade) : t.startsWith('buy:') ? !SERVED.includes(trade) : true));
  return r.pick(fits.length ? fits : TEXTS[issue]).replace(/^(eat|buy):/, '');
}

const ISSUES_BY_TRADE: Record<TComplaintTrade, [TComplaintIssueType, number][]> = {
  catering: [
    ['hygiene', 25],
    ['foreign_matter', 20],
    ['illness', 15],
    ['price_service', 20],
    ['expired_spoiled', 10],
    ['illegal_additives', 3],
    ['other', 5],
  ],
  food_sales: [
    ['expired_spoiled', 35],
    ['labels_claims', 20],
    ['price_service', 15],
    ['short_weight', 10],
    ['foreign_matter', 8],
    ['illness', 4],
    ['other', 8],
  ],
  food_production: [
    ['labels_claims', 25],
    ['foreign_matter', 20],
    ['illegal_additives', 15],
    ['expired_spoiled', 15],
    ['hygiene', 10],
    ['other', 5],
  ],
  online_food: [
    ['foreign_matter', 25],
    ['hygiene', 15],
    ['illness', 15],
    ['price_service', 20],
    ['expired_spoiled', 10],
    ['labels_claims', 10],
    ['other', 5],
  ],
  canteen: [
    ['hygiene', 30],
    ['illness', 20],
    ['foreign_matter', 20],
    ['expired_spoiled', 15],
    ['price_service', 10],
    ['other', 5],
  ],
  farm_produce: [
    ['short_weight', 30],
    ['expired_spoiled', 20],
    ['illegal_additives', 20],
    ['labels_claims', 10],
    ['price_service', 15],
    ['other', 5],
  ],
  other: [['other', 1]],
};

const REJECT_REASONS = [
  '投诉人未提供被投诉人的名称和地址，经告知后仍未补正（第十五条第五项）',
  '该争议已由消费者协会受理调解（第十五条第二项）',
  '投诉事项为物业服务纠纷，不属于市场监督管理部门职责（第十五条第一项）',
];
const MEDIATED = ['经调解，商家退还货款并赔偿{amount}元，双方达成一致', '经调解，商家当场道歉并退款，投诉人表示满意', '双方自行和解，商家赔偿{amount}元'];
const TERMINATED = ['被投诉人明确拒绝调解，终止调解并告知双方', '投诉人要求十倍赔偿，双方无法达成一致，终止调解', '自受理之日起四十五个工作日内未能达成调解协议，终止调解'];
const VERIFIED = ['现场检查查见过期食品 {amount} 件，已责令下架并立案调查', '现场核查属实，经营者无法提供进货查验记录，已立案调查', '抽样送检不合格，已立案调查'];
const NOT_VERIFIED = ['现场检查未发现举报所称问题，已告知举报人', '经核查，经营者证照齐全，进货查验记录完整，未发现违法行为'];
const REPLIES = ['已电话告知办理结果', '已通过 12315 平台答复', '已短信告知办理结果'];

const UNLICENSED_PLACES = ['老街', '夜市', '菜场门口', '学校后门', '工地旁', '桥头', '车站旁'];
const UNLICENSED_FOODS: [string, TComplaintTrade][] = [
  ['烧烤', 'catering'],
  ['炸串', 'catering'],
  ['卤菜', 'catering'],
  ['凉皮', 'catering'],
  ['煎饼', 'catering'],
  ['盒饭', 'catering'],
  ['散装白酒', 'food_production'],
  ['手工糍粑', 'food_production'],
  ['活鸡', 'farm_produce'],
];

function tradeOf(r: TRandom, type: string, categories: string[]): TComplaintTrade {
  switch (type) {
    case 'caterer':
    case 'small_eatery':
      // Many restaurant complaints are about delivery orders.
      return r.chance(0.2) ? 'online_food' : 'catering';
    case 'seller':
      return categories.includes('farm_produce') && r.chance(0.6) ? 'farm_produce' : 'food_sales';
    case 'online_seller':
      return 'online_food';
    case 'producer':
    case 'small_workshop':
      return 'food_production';
    case 'canteen':
      return 'canteen';
    case 'street_vendor':
      return categories.includes('farm_produce') ? 'farm_produce' : 'catering';
    default:
      return 'other';
  }
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
const at = (day: string, r: TRandom) => new Date(`${day}T${String(r.int(8, 20)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+08:00`);
const nextWorkingDay = (calendar: TCalendarDays, day: string) => {
  let d = day;
  while (!isWorkingDay(calendar, d)) d = addDays(d, 1);
  return d;
};

type TOperatorPick = { id: string; name: string; address: string; uscc: string; unitCode: string; type: string; categories: string[] };

export async function seedDemoComplaints(ctx: TContext, admin: TSessionUser, r: TRandom, today: string) {
  const calendar = await loadCalendar(ctx.db);
  const operators: TOperatorPick[] = await ctx.db
    .select({
      id: operator.id,
      name: operator.name,
      address: operator.address,
      uscc: operator.uscc,
      unitCode: operator.unitCode,
      type: operator.type,
      categories: operator.categories,
    })
    .from(operator)
    .where(and(eq(operator.bureauId, admin.bureauId), ne(operator.status, 'deactivated')));
  if (operators.length === 0) return { complaints: 0, complaintLeads: 0 };
  const units = await ctx.db.select().from(unit).where(eq(unit.bureauId, admin.bureauId));
  const stationOf = new Map(units.map((u) => [u.code, u.stationId]));
  const staff = await ctx.db
    .select({ id: appUser.id, username: appUser.username, stationId: appUser.stationId })
    .from(appUser)
    .where(and(eq(appUser.bureauId, admin.bureauId), inArray(appUser.username, ['department', 'station'])));
  const department = staff.find((s) => s.username === 'department')?.id ?? admin.id;
  const stationHead = staff.find((s) => s.username === 'station');
  const handlerOf = (stationId: string | null) => (stationHead && stationId === stationHead.stationId ? stationHead.id : department);

  // A few businesses draw many complaints; the rest one now and then.
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < operators.length; i++) {
    total += r.chance(0.03) ? 12 : 1;
    cumulative.push(total);
  }
  const pickOperator = () => {
    const target = r.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return operators[low];
  };
  const byUnit = new Map<string, TOperatorPick[]>();
  for (const o of operators) {
    const list = byUnit.get(o.unitCode);
    if (list) list.push(o);
    else byUnit.set(o.unitCode, [o]);
  }
  const unlicensed = Array.from({ length: 18 }, () => {
    const u = r.pick(operators).unitCode;
    const place = units.find((x) => x.code === u)!;
    const short = place.name.replace(/(街道|乡|管理处|办事处|经济开发区|商贸物流枢纽区管委会)$/, '');
    const [food, trade] = r.pick(UNLICENSED_FOODS);
    const spot = r.pick(UNLICENSED_PLACES);
    return { name: `${short}${spot}${food}${r.pick(['摊', '摊点', '小作坊', '无名小店'])}`, address: `武汉市黄陂区${place.name}${spot}`, unitCode: u, food, trade };
  });

  const count = Math.max(30, Math.round(operators.length * PER_OPERATOR));
  const rows: (typeof complaint.$inferInsert & { id: string })[] = [];
  const steps: (typeof complaintStep.$inferInsert)[] = [];
  const verified: { id: string; operatorId: string | null; business: string; registrationNo: string; kind: TComplaintKind; on: string }[] = [];
  const serials = new Map<string, number>();

  for (let i = 0; i < count; i++) {
    const receivedOn = addDays(today, -r.int(0, 364));
    const receivedAt = at(receivedOn, r);
    const channel = r.chance(0.85) ? 'import_12315' : r.chance(0.65) ? 'web' : 'staff';
    const serial = (serials.get(receivedOn) ?? 0) + 1;
    serials.set(receivedOn, serial);
    const day = receivedOn.replaceAll('-', '');
    const registrationNo =
      channel === 'import_12315' ? `1420116${day}${String(serial).padStart(5, '0')}` : `${channel === 'web' ? 'W' : 'S'}${day}${String(serial).padStart(6, '0')}`;

    let kind: TComplaintKind = r.chance(0.8) ? 'complaint' : 'report';
    let namedBusiness: string;
    let namedAddress: string;
    let namedUscc: string | null = null;
    let trade: TComplaintTrade;
    let issueType: TComplaintIssueType;
    let item: string;
    let match: { operatorId: string | null; matchStatus: TComplaintMatchStatus; matchConfidence: number | null; matchCandidates: TOperatorMatch[]; unitCode: string | null };
    if (r.chance(0.07)) {
      const stall = r.pick(unlicensed);
      kind = r.chance(0.7) ? 'report' : 'complaint';
      namedBusiness = stall.name;
      namedAddress = stall.address;
      trade = stall.trade;
      issueType = r.chance(0.7) ? 'unlicensed' : r.weighted(ISSUES_BY_TRADE[trade]);
      item = stall.food;
      match = { operatorId: null, matchStatus: 'unmatched', matchConfidence: null, matchCandidates: [], unitCode: stall.unitCode };
    } else {
      const o = pickOperator();
      trade = tradeOf(r, o.type, o.categories);
      issueType = r.weighted(ISSUES_BY_TRADE[trade]);
      item = r.pick(ITEMS[trade]);
      // People drop the district, sometimes more; 12315 staff often copy the registered name and code.
      const vague = r.chance(0.12);
      namedBusiness = vague
        ? o.name.replace(/^黄陂区/, '').replace(/^(前川|横店|滠口|武湖|天河|盘龙城|汉口北|祁家湾|罗汉寺|六指|王家河|长轩岭|李集|姚集|蔡榨|三里桥|蔡店|木兰)/, '')
        : channel === 'import_12315'
          ? o.name
          : o.name.replace(/^黄陂区/, '');
      const unitName = units.find((u) => u.code === o.unitCode)?.name ?? '';
      namedAddress = vague ? (r.chance(0.5) ? o.address.replace(/\d+号$/, '') : `黄陂区${unitName}`) : o.address;
      if (channel === 'import_12315' && !vague && r.chance(0.35)) namedUscc = o.uscc;
      const neighbours = (byUnit.get(o.unitCode) ?? []).filter((n) => n.id !== o.id && n.type === o.type).slice(0, 4);
      const query = { name: namedBusiness, address: namedAddress, uscc: namedUscc };
      const ranked = rankCandidates(
        query,
        [o, ...neighbours].map((c) => ({ operatorId: c.id, name: c.name, address: c.address, uscc: c.uscc, nameTrigram: 0, addressTrigram: 0 })),
      );
      const decision = matchDecision(ranked);
      match = { operatorId: decision.operatorId, matchStatus: decision.status, matchConfidence: decision.confidence, matchCandidates: ranked, unitCode: o.unitCode };
    }
    const stationId = match.unitCode ? (stationOf.get(match.unitCode) ?? null) : null;
    const anonymous = kind === 'report' && r.chance(0.4);
    const whenDay = addDays(receivedOn, -r.int(0, 3));
    const description = fill(textFor(r, issueType, trade), {
      biz: namedBusiness,
      item,
      when: `${Number(whenDay.slice(5, 7))}月${Number(whenDay.slice(8, 10))}日${r.pick(['上午', '中午', '下午', '晚上'])}`,
      amount: String(r.int(2, 60) * 10),
    });
    const id = crypto.randomUUID();
    const complainant = anonymous ? null : { name: personName(r), phone: mobile(r), address: `武汉市黄陂区${r.pick(units).name}` };
    const workflow = workThrough(r, calendar, today, kind, receivedOn, anonymous);
    // Steps on the same day keep their order: each at least a few minutes after the one before.
    let previous = receivedAt.getTime() + 1000;
    const timed = workflow.steps.map((step) => {
      previous = Math.max(previous + 5 * 60_000, at(step.on, r).getTime());
      return { ...step, at: new Date(previous) };
    });
    const timeOf = (kind: string) => timed.find((step) => step.kind === kind)?.at ?? null;
    if (workflow.violationVerified) verified.push({ id, operatorId: match.operatorId, business: namedBusiness, registrationNo, kind, on: workflow.resolvedOn! });

    rows.push({
      id,
      bureauId: admin.bureauId,
      registrationNo,
      kind,
      channel,
      receivedAt,
      anonymous,
      complainantEnc: complainant ? ctx.cipher.encrypt(JSON.stringify(complainant)) : null,
      namedBusiness,
      namedAddress,
      namedUscc,
      description,
      ...match,
      stationId,
      trade,
      issueType,
      classifiedBy: 'staff',
      ...receiptDueDates(calendar, kind, receivedOn),
      status: workflow.status,
      completeDueOn: workflow.completeDueOn ?? receiptDueDates(calendar, kind, receivedOn).completeDueOn,
      replyDueOn: workflow.replyDueOn,
      decidedAt: timeOf('accept') ?? timeOf('reject'),
      resolvedAt: timeOf('result'),
      closedAt: timeOf('reply'),
      outcome: workflow.outcome,
      result: workflow.result,
      violationVerified: workflow.violationVerified,
      extended: workflow.extended,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    });
    const handler = handlerOf(stationId);
    steps.push({
      complaintId: id,
      kind: 'received',
      note: channel === 'import_12315' ? '12315 导入' : channel === 'web' ? '网上提交' : '工作人员登记',
      actorId: channel === 'web' ? null : department,
      at: receivedAt,
    });
    steps.push({
      complaintId: id,
      kind: 'match',
      note: match.matchStatus === 'unmatched' ? '登记库中未找到该经营者' : match.matchStatus === 'matched' ? '自动匹配' : '待人工确认',
      actorId: null,
      at: new Date(receivedAt.getTime() + 1000),
    });
    for (const s of timed) steps.push({ complaintId: id, kind: s.kind, note: s.note, actorId: s.kind === 'accept' || s.kind === 'reject' ? department : handler, at: s.at });
  }

  await ctx.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) await tx.insert(complaint).values(rows.slice(i, i + 500));
    for (let i = 0; i < steps.length; i += 1000) await tx.insert(complaintStep).values(steps.slice(i, i + 1000));
    for (const v of verified) {
      const lead = await createLead(tx, admin, {
        bureauId: admin.bureauId,
        source: 'complaint',
        sourceId: v.id,
        operatorId: v.operatorId,
        summary: `${v.kind === 'complaint' ? '投诉' : '举报'}核实存在违法行为：${v.business}（登记编号 ${v.registrationNo}）`,
        discoveredOn: v.on,
      });
      await tx.update(complaint).set({ leadId: lead.id }).where(eq(complaint.id, v.id));
    }
  });
  const graded = [...new Set(verified.flatMap((v) => (v.operatorId ? [v.operatorId] : [])))];
  if (graded.length) await gradeOperators(ctx, graded, 'seed');
  return { complaints: rows.length, complaintLeads: verified.length };
}

type TWorkflow = {
  status: TComplaintStatus;
  decidedOn: string | null;
  resolvedOn: string | null;
  closedOn: string | null;
  completeDueOn: string | null;
  replyDueOn: string | null;
  outcome: TComplaintOutcome | null;
  result: string | null;
  violationVerified: boolean;
  extended: boolean;
  steps: { kind: TComplaintStepKind; note: string | null; on: string }[];
};

/** How far a complaint received on `receivedOn` has come by `today`; about one in twenty-five runs late. */
function workThrough(r: TRandom, calendar: TCalendarDays, today: string, kind: TComplaintKind, receivedOn: string, anonymous: boolean): TWorkflow {
  const w: TWorkflow = {
    status: 'received',
    decidedOn: null,
    resolvedOn: null,
    closedOn: null,
    completeDueOn: null,
    replyDueOn: null,
    outcome: null,
    result: null,
    violationVerified: false,
    extended: false,
    steps: [],
  };
  // A late one is slow at every step; a recent late one is still stuck at one of them (overdue now).
  const late = r.chance(0.04);
  const stuckAt = late && receivedOn >= addDays(today, -120) ? r.pick(['decide', 'resolve', 'reply'] as const) : null;
  const after = (from: string, min: number, max: number) => nextWorkingDay(calendar, addWorkingDays(calendar, from, r.int(min, max)));
  const amount = String(r.int(2, 50) * 10);
  let started: string;
  if (kind === 'complaint') {
    const decided = after(receivedOn, late ? 9 : 1, late ? 14 : 6);
    if (decided > today || stuckAt === 'decide') return w;
    w.decidedOn = decided;
    if (r.chance(0.08)) {
      const reason = r.pick(REJECT_REASONS);
      w.status = 'rejected';
      w.result = reason;
      w.replyDueOn = receiptDueDates(calendar, kind, receivedOn).acceptDueOn;
      w.steps.push({ kind: 'reject', note: reason, on: decided });
      const replied = after(decided, 0, 2);
      if (replied > today) return w;
      w.status = 'closed';
      w.closedOn = replied;
      w.steps.push({ kind: 'reply', note: r.pick(REPLIES), on: replied });
      return w;
    }
    w.status = 'accepted';
    w.completeDueOn = mediationDueOn(calendar, decided);
    w.steps.push({ kind: 'accept', note: null, on: decided });
    started = after(decided, 0, 3);
  } else {
    started = after(receivedOn, 0, 3);
  }
  if (started > today) return w;
  w.status = 'handling';
  w.steps.push({ kind: 'handle', note: kind === 'complaint' ? '开始调解' : '开始核查', on: started });
  if (kind === 'report' && r.chance(0.1)) {
    const due = receiptDueDates(calendar, kind, receivedOn).completeDueOn!;
    w.extended = true;
    w.completeDueOn = addWorkingDays(calendar, due, COMPLAINT_CLOCKS.extensionWorkingDays);
    w.steps.push({ kind: 'extend', note: '需调取进货票据和监控录像，延长核查期限', on: after(started, 2, 8) });
  }
  const resolved = kind === 'complaint' ? after(started, late ? 50 : 3, late ? 60 : 35) : after(started, late ? 35 : 3, late ? 45 : 12);
  if (resolved > today || stuckAt === 'resolve') return w;
  w.status = 'resolved';
  w.resolvedOn = resolved;
  if (kind === 'complaint') {
    w.outcome = r.chance(0.7) ? 'mediated' : 'terminated';
    w.result = fill(r.pick(w.outcome === 'mediated' ? MEDIATED : TERMINATED), { amount });
    w.violationVerified = r.chance(0.03);
  } else {
    w.outcome = r.chance(0.25) ? 'violation_found' : 'no_violation';
    w.result = fill(r.pick(w.outcome === 'violation_found' ? VERIFIED : NOT_VERIFIED), { amount: String(r.int(2, 30)) });
    w.violationVerified = w.outcome === 'violation_found';
  }
  w.replyDueOn = replyDueOn(calendar, kind, w.outcome, anonymous, resolved);
  w.steps.push({ kind: 'result', note: w.result, on: resolved });
  if (w.violationVerified) w.steps.push({ kind: 'lead', note: '已移送案件线索', on: resolved });
  const replied = after(resolved, late ? 9 : 0, late ? 12 : 4);
  if (replied > today || stuckAt === 'reply') return w;
  w.status = 'closed';
  w.closedOn = replied;
  w.steps.push({ kind: 'reply', note: anonymous ? '匿名举报，无法告知，办结' : r.pick(REPLIES), on: replied });
  return w;
}
