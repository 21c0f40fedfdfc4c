// `shian seed --demo`: a deterministic Huangpi with ~14,000 operators, cadres, inspectors and
// one account per role. Refused in production.
import type { TOperatorCategory, TOperatorScale, TOperatorTag, TOperatorType, TPersonnelRole } from '@shian/shared/operator';
import { withUsccCheck } from '@shian/shared/uscc';
import type { TRole } from '@shian/shared/access';
import type { TContext } from '../../core/context.ts';
import { hashPassword } from '../../core/password.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { ensureHuangpiOrganisation, listDepartments, listStations, listUnits } from '../org/org.public.ts';
import { ensureChecklists } from '../checklist/checklist.public.ts';
import { cadre } from '../cadre/cadre.schema.ts';
import { demoCadres, seedDemoAssignments } from './demo-cadres.ts';
import { seedDemoCadreVisits } from './demo-cadre-visits.ts';
import { seedDemoCadreDuties } from './demo-cadre-duties.ts';
import { seedDemoExams } from './demo-exams.ts';
import { seedDemoNoticeLetters } from './demo-notice-letters.ts';
import { seedDemoRiskControl } from './demo-risk-control.ts';
import { seedDemoTraining } from './demo-training.ts';
import { seedDemoStaffing } from './demo-staffing.ts';
import { seedDemoSelfChecks } from './demo-self-checks.ts';
import { licence, operator, personnel } from '../operator/operator.schema.ts';
import { countUsers, findUserByUsername, insertUsers, toSessionUser } from '../user/user.public.ts';
import { gradeAllOperators } from '../risk-grade/risk-grade.public.ts';
import { generatePlan } from '../inspection-plan/inspection-plan.public.ts';
import { chinaToday } from '@shian/shared/working-days';
import { seedDemoInspections } from './demo-inspections.ts';
import { seedBusinessRectification, spreadDemoPlan } from './demo-workbench.ts';
import { seedDemoSampling } from './demo-sampling.ts';
import { seedDemoComplaintActions } from './demo-complaint-actions.ts';
import { seedDemoEnforcement } from './demo-enforcement.ts';
import { seedDemoCredit } from './demo-credit.ts';
import { seedDemoComplaints } from './demo-complaints.ts';
import { seedDemoKnowledge } from './demo-knowledge.ts';
import { seedDemoLaws } from './demo-laws.ts';
import { seedDemoTargeting } from './demo-targeting.ts';
import type { appUser } from '../user/user.schema.ts';
import { seededRandom, type TRandom } from './demo-random.ts';
import { mobile, operatorName, personName, streetAddress } from './demo-names.ts';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_ACCOUNTS: { username: TRole; displayName: string }[] = [
  { username: 'admin', displayName: '系统管理员' },
  { username: 'leader', displayName: '局领导（演示）' },
  { username: 'department', displayName: '流通科科员（演示）' },
  { username: 'station', displayName: '前川所所长（演示）' },
  { username: 'inspector', displayName: '前川所检查员（演示）' },
  { username: 'enforcement', displayName: '执法大队队员（演示）' },
  { username: 'cadre', displayName: '包保干部（演示）' },
  { username: 'business', displayName: '企业用户（演示）' },
  { username: 'expert', displayName: '食品安全专家（演示）' },
];

// Relative size of each unit's food trade and an approximate centre (lon, lat).
const UNIT_PROFILE: Record<string, [number, number, number]> = {
  '420116001000': [16, 114.379, 30.882],
  '420116002000': [4, 114.299, 30.742],
  '420116003000': [7, 114.302, 30.808],
  '420116004000': [4, 114.432, 30.849],
  '420116005000': [7, 114.352, 30.713],
  '420116006000': [4, 114.514, 30.893],
  '420116007000': [5, 114.259, 30.773],
  '420116008000': [4, 114.305, 30.953],
  '420116009000': [4, 114.482, 31.006],
  '420116010000': [3, 114.462, 31.102],
  '420116011000': [3, 114.401, 31.161],
  '420116012000': [3, 114.355, 31.086],
  '420116013000': [6, 114.436, 30.763],
  '420116014000': [3, 114.226, 30.913],
  '420116015000': [3, 114.268, 31.219],
  '420116201000': [2, 114.411, 31.266],
  '420116401000': [1, 114.401, 31.225],
  '420116402000': [1, 114.256, 30.852],
  '420116403000': [9, 114.259, 30.704],
  '420116404000': [11, 114.292, 30.688],
};

const TYPE_WEIGHTS: [TOperatorType, number][] = [
  ['seller', 35],
  ['caterer', 20],
  ['small_eatery', 18],
  ['canteen', 7],
  ['online_seller', 7],
  ['street_vendor', 6],
  ['small_workshop', 4],
  ['producer', 3],
];

const CATEGORIES: Record<TOperatorType, TOperatorCategory[]> = {
  seller: ['prepackaged_food', 'bulk_food', 'farm_produce', 'special_food', 'frozen_food'],
  caterer: ['hot_food', 'cold_food', 'raw_food', 'pastry', 'beverage'],
  small_eatery: ['hot_food', 'cold_food', 'beverage'],
  canteen: ['hot_food', 'cold_food'],
  online_seller: ['prepackaged_food', 'special_food', 'beverage'],
  street_vendor: ['hot_food', 'farm_produce', 'pastry'],
  small_workshop: ['grain_products', 'soy_products', 'pastry', 'condiments', 'alcohol'],
  producer: ['grain_products', 'edible_oil', 'meat_products', 'dairy_products', 'condiments', 'alcohol', 'beverage'],
};

const CANTEEN_TAGS: [TOperatorTag, number][] = [
  ['school_canteen', 40],
  ['kindergarten_canteen', 20],
  ['elderly_care_canteen', 15],
  ['hospital_canteen', 10],
  ['construction_site_canteen', 15],
];

// One in ten large, two medium (for canteens: 300 diners or more), three small, four micro.
const SCALED_TYPES: TOperatorType[] = ['producer', 'seller', 'caterer', 'canteen'];
const DEMO_SCALES: TOperatorScale[] = ['large', 'medium', 'medium', 'small', 'small', 'small', 'micro', 'micro', 'micro', 'micro'];

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const OPERATOR_COUNT = 14_000;
const INSPECTORS_PER_STATION = 2;

function uscc(r: TRandom, type: TOperatorType, used: Set<string>, i: number): string {
  // 92: individual business; 91: company; 12: public institution (schools, hospitals). One caterer in four is a
  // company (chosen by its number, so the rest of the demo's draws do not move).
  const head = type === 'canteen' ? '12' : type === 'producer' || type === 'seller' ? r.pick(['91', '92']) : type === 'caterer' && i % 4 === 0 ? '91' : '92';
  for (;;) {
    let body = '';
    for (let i = 0; i < 9; i++) body += r.pick(USCC_CHARS.split(''));
    const code = withUsccCheck(`${head}420116${body}`);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function isoDate(d: Date) {
  return d.toISOString().slice(0, 10);
}

function licenceFor(r: TRandom, type: TOperatorType, serial: number, today: Date) {
  if (type === 'small_eatery' || type === 'street_vendor' || type === 'small_workshop') return null;
  // Licences last five years; about one in twenty has run out, some are close to it.
  const ageDays = r.chance(0.05) ? r.int(1830, 2100) : r.int(10, 1800);
  const issued = new Date(today.getTime() - ageDays * 86_400_000);
  const expires = new Date(issued.getTime() + (5 * 365 - 1) * 86_400_000);
  const serialText = String(serial).padStart(6, '0');
  if (type === 'producer') {
    const number = `SC${r.int(101, 131)}420116${serialText.slice(-4)}${r.int(0, 9)}`;
    return { kind: 'production' as const, number, scope: '粮食加工品、调味品、糕点', issuedOn: isoDate(issued), expiresOn: isoDate(expires) };
  }
  const kindDigit = type === 'canteen' ? 3 : type === 'caterer' ? 2 : 1;
  const scope = type === 'canteen' ? '单位食堂：热食类食品制售' : type === 'caterer' ? '餐饮服务：热食类、冷食类食品制售' : '预包装食品销售、散装食品销售';
  return { kind: 'trade' as const, number: `JY${kindDigit}420116${serialText}${r.int(0, 9)}`, scope, issuedOn: isoDate(issued), expiresOn: isoDate(expires) };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

export type TDemoSummary = {
  operators: number;
  licences: number;
  cadres: number;
  users: number;
} & Partial<Awaited<ReturnType<typeof seedHistory>>>;

/** A year of inspection history, grades from it, this month's plan from the grades, and a year of sampling. */
async function seedHistory(ctx: TContext, bureauId: string, r: TRandom, today: string) {
  const history = await seedDemoInspections(ctx, bureauId, r, today);
  await seedBusinessRectification(ctx, bureauId, today);
  const grades = await gradeAllOperators(ctx, bureauId, 'seed');
  const admin = toSessionUser((await findUserByUsername(ctx.db, 'admin'))!);
  const [year, month] = today.split('-').map(Number);
  const plan = await generatePlan(ctx, admin, { year, month });
  await spreadDemoPlan(ctx, bureauId, today);
  const sampling = await seedDemoSampling(ctx, admin, r, today);
  const complaints = await seedDemoComplaints(ctx, admin, r, today);
  // Keep after the complaint demo: interviews and ODR go to the businesses its complaints name most.
  const complaintActions = await seedDemoComplaintActions(ctx, admin, r, today);
  // After sampling and complaints: their leads are assessed and filed.
  const enforcement = await seedDemoEnforcement(ctx, r, today);
  const credit = await seedDemoCredit(ctx, admin, today);
  // Last: the targeting models learn from everything above.
  const targeting = await seedDemoTargeting(ctx, bureauId, today);
  return { ...history, grades: grades.counts, planEntries: plan.created, ...sampling, ...complaints, ...complaintActions, ...enforcement, ...credit, ...targeting };
}

export async function seedDemo(ctx: TContext, options: { operators?: number; today?: Date; history?: boolean } = {}): Promise<TDemoSummary | null> {
  if (ctx.production) throw new Error('demo data is refused when NODE_ENV=production');
  if ((await countUsers(ctx.db)) > 0) return null;
  const r = seededRandom(20240305);
  const today = options.today ?? new Date();
  const operatorCount = options.operators ?? OPERATOR_COUNT;
  const b = await ensureHuangpiOrganisation(ctx.db);
  await ensureChecklists(ctx, b.id);
  const [units, stations, departments] = await Promise.all([listUnits(ctx.db, b.id), listStations(ctx.db, b.id), listDepartments(ctx.db, b.id)]);
  const unitWeights = units.map((u) => [u, UNIT_PROFILE[u.code]?.[0] ?? 1] as const);

  const used = new Set<string>();
  let producers = 0;
  const operators: (typeof operator.$inferInsert & { id: string })[] = [];
  const licences: (typeof licence.$inferInsert)[] = [];
  const people: (typeof personnel.$inferInsert)[] = [];
  for (let i = 1; i <= operatorCount; i++) {
    const u = r.weighted(unitWeights);
    const type = r.weighted(TYPE_WEIGHTS);
    const [, lon, lat] = UNIT_PROFILE[u.code] ?? [1, 114.37, 30.87];
    const pool = CATEGORIES[type];
    const categories = [...new Set([r.pick(pool), r.pick(pool)])];
    const tags: TOperatorTag[] = [];
    if (type === 'canteen') tags.push(r.weighted(CANTEEN_TAGS));
    if ((type === 'caterer' || type === 'canteen') && r.chance(0.3)) tags.push('open_kitchen');
    if (type === 'seller' && r.chance(0.1)) tags.push(r.chance(0.5) ? 'supermarket' : 'farmers_market');
    // Scale and chain headquarters from the number, not the draw, so that the rest of the demo stays as it was.
    if ((type === 'caterer' || type === 'seller') && i % 50 === 7) tags.push('chain_headquarters');
    const id = crypto.randomUUID();
    operators.push({
      id,
      bureauId: b.id,
      name: operatorName(r, type, u.name, i),
      uscc: uscc(r, type, used, i),
      type,
      categories,
      address: streetAddress(r, u.name),
      unitCode: u.code,
      longitude: Math.round((lon + (r.next() - 0.5) * 0.06) * 1e6) / 1e6,
      latitude: Math.round((lat + (r.next() - 0.5) * 0.05) * 1e6) / 1e6,
      status: r.chance(0.03) ? 'suspended' : 'active',
      tags,
      scale: SCALED_TYPES.includes(type) ? DEMO_SCALES[i % 10] : null,
    });
    // Production licences have a 4-digit serial: producers count on their own.
    const l = licenceFor(r, type, type === 'producer' ? ++producers : i, today);
    if (l) licences.push({ ...l, operatorId: id });
    const roles: TPersonnelRole[] = ['principal'];
    if (type === 'producer' || type === 'canteen') roles.push('director');
    if (type !== 'street_vendor') roles.push('officer');
    for (const role of roles) {
      people.push({ operatorId: id, role, name: personName(r), phoneEncrypted: ctx.cipher.encrypt(mobile(r)) });
    }
  }

  const { rows: cadres, demoCadreId: demoCadre } = demoCadres(ctx, b.id, unitWeights);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const qianchuan = stations.find((s) => s.name === '前川市场监督管理所')!;
  const team = stations.find((s) => s.kind === 'enforcement_team')!;
  // A company, whatever its draw: enterprises keep the daily, weekly and monthly self-check records (主体责任).
  const businessOperator = operators.find((o) => o.unitCode === '420116001000' && o.type === 'caterer')!;
  businessOperator.uscc = withUsccCheck(`91${businessOperator.uscc.slice(2, 17)}`);
  const distribution = departments.find((d) => d.code === 'food_distribution')!;
  const accountExtras: Partial<Record<TRole, Record<string, string>>> = {
    department: { departmentId: distribution.id },
    station: { stationId: qianchuan.id },
    inspector: { stationId: qianchuan.id },
    enforcement: { stationId: team.id },
    cadre: { cadreId: demoCadre },
    business: { operatorId: businessOperator.id },
  };
  const users: (typeof appUser.$inferInsert)[] = DEMO_ACCOUNTS.map((a) => ({
    bureauId: b.id,
    username: a.username,
    displayName: a.displayName,
    passwordHash,
    role: a.username,
    demo: true,
    ...accountExtras[a.username],
  }));
  let n = 0;
  for (const s of stations.filter((st) => st.kind === 'station')) {
    for (let i = 0; i < INSPECTORS_PER_STATION; i++) {
      n += 1;
      users.push({
        bureauId: b.id,
        username: `inspector${String(n).padStart(2, '0')}`,
        displayName: `${personName(r)}（${s.name.replace('市场监督管理所', '所')}）`,
        passwordHash,
        role: 'inspector',
        demo: true,
        stationId: s.id,
      });
    }
  }

  await ctx.db.transaction(async (tx) => {
    await insertChunked(operators, (chunk) => tx.insert(operator).values(chunk));
    await insertChunked(licences, (chunk) => tx.insert(licence).values(chunk));
    await insertChunked(people, (chunk) => tx.insert(personnel).values(chunk));
    await insertChunked(cadres, (chunk) => tx.insert(cadre).values(chunk));
    await insertUsers(tx, users);
  });
  // Before the knowledge demo: its rumours and standards cite articles of these laws.
  await seedDemoLaws(ctx);
  await seedDemoKnowledge(ctx);

  const summary: TDemoSummary = {
    operators: operators.length,
    licences: licences.length,
    cadres: cadres.length,
    users: users.length,
    // After the laws and the guidance: questions and courses cite them (and the exams draw the questions).
    ...(await seedDemoTraining(ctx, b.id)),
    // Before the history: the grades count a missing director or officer.
    ...(await seedDemoStaffing(ctx, b.id, businessOperator.id)),
    ...(options.history === false ? null : await seedHistory(ctx, b.id, r, chinaToday(today))),
    // After the grades: the rule assigns by them.
    ...(await seedDemoAssignments(ctx, b.id, demoCadre, businessOperator.id)),
    // After the assignments: a year of visits to the subjects the cadres guarantee.
    ...(options.history === false ? null : await seedDemoCadreVisits(ctx, b.id, chinaToday(today))),
    // After the assignments too: the lists name each cadre's subjects.
    ...(await seedDemoCadreDuties(ctx, b.id, chinaToday(today))),
    // After the history and the assignments: notices cite inspections' demands and interviews, letters go to cadres.
    ...(await seedDemoNoticeLetters(ctx, b.id, chinaToday(today))),
    ...(await seedDemoRiskControl(ctx, b.id, chinaToday(today))),
    // After the risk control lists: the daily checks name their points.
    ...(options.history === false ? null : await seedDemoSelfChecks(ctx, b.id, chinaToday(today))),
    // After the training demo's question bank and the history's inspections: exam results and spot exams.
    ...(await seedDemoExams(ctx, b.id, chinaToday(today))),
  };
  await recordAudit(ctx.db, [{ actor: null, action: 'seed_demo', entity: 'bureau', entityId: b.id, after: summary }]);
  return summary;
}
