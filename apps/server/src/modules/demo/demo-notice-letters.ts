// The demo's two notices and a letter (两书一函): rectification notices citing demands of recent inspections, interview
// notices of issued interviews and reminder letters to businesses and to cadres' units, cycling through every state
// (draft, issued, delivered online and on paper, answered, closed, and overdue ones), numbered per kind and year in the
// order they were issued. The demo business has one issued letter waiting for its signature, one delivered waiting for
// its answer and one answered; the demo cadre one waiting for its signature. Rows are written straight to the table.
import { and, asc, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { noticeLetterNumber, type TNoticeDeliveryMethod, type TNoticeLetterKind, type TNoticeLetterStatus } from '@shian/shared/notice-letter';
import { addDays, chinaToday } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { inspection } from '../inspection/inspection.schema.ts';
import { interview } from '../interview/interview.schema.ts';
import { documentPrefix } from '../interview/interview.public.ts';
import { noticeLetter } from '../notice-letter/notice-letter.schema.ts';
import { cadre, operator } from '../operator/operator.schema.ts';
import { getOrganisation } from '../org/org.public.ts';
import { rectification } from '../rectification/rectification.schema.ts';
import { appUser } from '../user/user.schema.ts';

/** The states a demo letter is in, by its place in the cycle; `overdue` ones are past their answer date. */
type TState = { status: TNoticeLetterStatus; method?: TNoticeDeliveryMethod; overdue?: boolean };
const CYCLE: TState[] = [
  { status: 'draft' },
  { status: 'issued' },
  { status: 'issued', overdue: true },
  { status: 'delivered', method: 'online' },
  { status: 'delivered', method: 'paper', overdue: true },
  { status: 'answered', method: 'online' },
  { status: 'answered', method: 'paper' },
  { status: 'closed', method: 'online' },
  { status: 'delivered', method: 'paper' },
];

type TPlanned = {
  kind: TNoticeLetterKind;
  state: TState;
  operatorId: string | null;
  cadreId: string | null;
  inspectionId?: string;
  interviewId?: string;
  reason: string;
  body: string;
  signer: string;
};

const REMINDER_REASONS = [
  '你单位近两周未按要求记录每日食品安全检查',
  '你单位本月未召开食品安全调度会议并形成纪要',
  '你单位食品安全员岗位空缺，未按规定配备',
  '你单位监督检查发现的问题逾期未整改',
];
const CADRE_REASONS = ['该干部本季度包保主体督导尚未全覆盖', '该干部督导中发现的问题逾期未跟进'];

export async function seedDemoNoticeLetters(ctx: TContext, bureauId: string, today: string) {
  const { bureau } = await getOrganisation(ctx.db, bureauId);
  const prefix = documentPrefix(bureau.name);
  const users = await ctx.db
    .select({ id: appUser.id, username: appUser.username, displayName: appUser.displayName, operatorId: appUser.operatorId, cadreId: appUser.cadreId })
    .from(appUser)
    .where(eq(appUser.bureauId, bureauId));
  const byName = (name: string) => users.find((u) => u.username === name)!;
  const station = byName('station');
  const business = byName('business');
  const demoCadre = byName('cadre');

  const planned: TPlanned[] = [];
  // Rectification notices: the latest inspections that raised demands.
  const withDemands = await ctx.db
    .selectDistinct({ id: inspection.id, operatorId: inspection.operatorId, inspectedOn: inspection.inspectedOn })
    .from(inspection)
    .innerJoin(rectification, eq(rectification.inspectionId, inspection.id))
    .where(eq(inspection.bureauId, bureauId))
    .orderBy(desc(inspection.inspectedOn), asc(inspection.id))
    .limit(18);
  const demands = withDemands.length
    ? await ctx.db
        .select({ inspectionId: rectification.inspectionId, demand: rectification.demand, dueOn: rectification.dueOn })
        .from(rectification)
        .where(
          inArray(
            rectification.inspectionId,
            withDemands.map((i) => i.id),
          ),
        )
        .orderBy(asc(rectification.createdAt), asc(rectification.id))
    : [];
  withDemands.forEach((i, n) => {
    const own = demands.filter((d) => d.inspectionId === i.id);
    const lines = own.map((d, k) => `${k + 1}. ${d.demand}（整改期限：${d.dueOn}前）`);
    planned.push({
      kind: 'rectification',
      state: CYCLE[n % CYCLE.length],
      operatorId: i.operatorId,
      cadreId: null,
      inspectionId: i.id,
      reason: `${i.inspectedOn}监督检查发现问题`,
      body: [`本局于${i.inspectedOn}对你单位进行了食品安全监督检查，发现存在下列问题，现责令你单位限期整改：`, ...lines].join('\n'),
      signer: '店长',
    });
  });
  // Interview notices of interviews already notified.
  const interviews = await ctx.db
    .select({ id: interview.id, operatorId: interview.operatorId, reason: interview.reason, place: interview.place })
    .from(interview)
    .where(and(eq(interview.bureauId, bureauId), ne(interview.status, 'draft'), isNotNull(interview.noticeNo)))
    .orderBy(asc(interview.scheduledAt), asc(interview.id))
    .limit(6);
  for (const [n, i] of interviews.entries()) {
    planned.push({
      kind: 'interview',
      state: CYCLE[(n * 2 + 1) % CYCLE.length],
      operatorId: i.operatorId,
      cadreId: null,
      interviewId: i.id,
      reason: i.reason,
      body: `${i.reason}\n根据《中华人民共和国食品安全法》第一百一十四条的规定，本局决定在${i.place}对你单位进行行政约谈，请法定代表人或主要负责人准时参加。`,
      signer: '法定代表人',
    });
  }
  // Reminder letters to businesses (the demo business's three first) and to cadres' units (the demo cadre's first).
  const others = await ctx.db
    .select({ id: operator.id })
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), eq(operator.status, 'active'), ne(operator.id, business.operatorId!)))
    .orderBy(asc(operator.uscc))
    .limit(18);
  const reminder = (operatorId: string, state: TState, n: number): TPlanned => {
    const reason = REMINDER_REASONS[n % REMINDER_REASONS.length];
    return {
      kind: 'reminder',
      state,
      operatorId,
      cadreId: null,
      reason,
      body: `经核查，${reason}。根据《中华人民共和国食品安全法》和《企业落实食品安全主体责任监督管理规定》，请你单位切实履行食品安全主体责任，及时整改落实。`,
      signer: '负责人',
    };
  };
  planned.push(reminder(business.operatorId!, { status: 'issued' }, 0));
  planned.push(reminder(business.operatorId!, { status: 'delivered', method: 'online' }, 1));
  planned.push(reminder(business.operatorId!, { status: 'answered', method: 'online' }, 2));
  for (const [n, o] of others.entries()) planned.push(reminder(o.id, CYCLE[n % CYCLE.length], n + 3));
  const cadres = await ctx.db
    .select({ id: cadre.id })
    .from(cadre)
    .where(and(eq(cadre.bureauId, bureauId), eq(cadre.active, true), ne(cadre.id, demoCadre.cadreId!)))
    .orderBy(asc(cadre.unitCode), asc(cadre.name), asc(cadre.id))
    .limit(4);
  [demoCadre.cadreId!, ...cadres.map((c) => c.id)].forEach((cadreId, n) => {
    const reason = CADRE_REASONS[n % CADRE_REASONS.length];
    planned.push({
      kind: 'reminder',
      state: n === 0 ? { status: 'issued' } : CYCLE[(n * 3) % CYCLE.length],
      operatorId: null,
      cadreId,
      reason,
      body: `经核查，${reason}。请你单位督促包保干部切实履行包保督导责任，及时整改落实。`,
      signer: '办公室主任',
    });
  });

  // Dates: the n-th letter was drafted 3 to 60 days ago; overdue ones were due before today, the others after.
  const rows = planned.map((p, n) => {
    const daysAgo = 3 + ((n * 7) % 58);
    const issuedOn = addDays(today, -daysAgo);
    const answerDueOn = p.state.overdue ? addDays(today, -1 - (n % 5)) : addDays(today, 5 + (n % 10));
    const issued = p.state.status !== 'draft';
    const delivered = issued && p.state.status !== 'issued';
    const deliveredOn = addDays(issuedOn, Math.min(2, daysAgo - 1));
    const answered = p.state.status === 'answered' || p.state.status === 'closed';
    const addresseeUser = p.cadreId ? (p.cadreId === demoCadre.cadreId ? demoCadre : null) : p.operatorId === business.operatorId ? business : null;
    const online = p.state.method === 'online';
    return {
      bureauId,
      kind: p.kind,
      operatorId: p.operatorId,
      cadreId: p.cadreId,
      inspectionId: p.inspectionId ?? null,
      interviewId: p.interviewId ?? null,
      reason: p.reason,
      body: p.body,
      status: p.state.status,
      issuedBy: issued ? station.id : null,
      issuedAt: issued ? new Date(`${issuedOn}T10:00:00+08:00`) : null,
      deliveredAt: delivered ? new Date(`${deliveredOn}T15:00:00+08:00`) : null,
      deliveryMethod: delivered ? (p.state.method ?? 'paper') : null,
      signedBy: delivered && online ? (addresseeUser?.id ?? null) : null,
      signerName: delivered ? (online && addresseeUser ? addresseeUser.displayName : p.signer) : null,
      answerDueOn,
      answer: answered ? '已按要求完成整改，相关记录已补齐，整改前后照片已留存备查。' : null,
      answeredAt: answered ? new Date(`${addDays(deliveredOn, 1)}T09:30:00+08:00`) : null,
      answeredBy: answered ? (addresseeUser?.id ?? null) : null,
      closedAt: p.state.status === 'closed' ? new Date(`${addDays(deliveredOn, 2)}T16:00:00+08:00`) : null,
      closedBy: p.state.status === 'closed' ? station.id : null,
      closeNote: p.state.status === 'closed' ? '经复查，已整改到位' : null,
      createdBy: station.id,
      createdAt: new Date(`${addDays(issuedOn, -1)}T09:00:00+08:00`),
      number: null as string | null,
      year: null as number | null,
      seq: null as number | null,
    };
  });
  // Numbered per kind and year in the order of issue, as the issuing transaction numbers them.
  const serials = new Map<string, number>();
  const issuedRows = rows.filter((r) => r.issuedAt).sort((a, b) => a.issuedAt!.getTime() - b.issuedAt!.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  for (const r of issuedRows) {
    const year = Number(chinaToday(r.issuedAt!).slice(0, 4));
    const key = `${r.kind} ${year}`;
    const seq = (serials.get(key) ?? 0) + 1;
    serials.set(key, seq);
    Object.assign(r, { year, seq, number: noticeLetterNumber(prefix, r.kind, year, seq) });
  }
  if (rows.length > 0) await ctx.db.insert(noticeLetter).values(rows);
  return { noticeLetters: rows.length };
}
