// Enforcement in the demo: the year's leads (failed samples, complaints, plus a few found in inspections or
// assigned by the city bureau) assessed, not filed, transferred or filed; cases in every state, worked
// through the enforcement service's own rules with the dates on paper, then marked as done in the platform
// for most of them; a few leads left overdue so the four-musts page has something to show. Dates count back
// from `today`, so the clocks read the same whatever day the demo is made.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { TCaseDetail, TPenaltyKind } from '@shian/shared/enforcement-case';
import { addDays, addWorkingDays, type TCalendarDays } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { operator } from '../operator/operator.schema.ts';
import { findUserByUsername, toSessionUser } from '../user/user.public.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { assessLead, createManualLead, recordPoliceTransfer } from '../lead/lead.public.ts';
import { caseStep, enforcementCase } from '../enforcement-case/enforcement-case.schema.ts';
import * as cases from '../enforcement-case/enforcement-case.public.ts';
import type { TRandom } from './demo-random.ts';

/** Oldest leads first: the states that take longest to reach come first. */
// A decision waiting for a head's approval comes first, so that even a small demo (a test's few hundred operators,
// with few cases filed) gives the leader an approval on its workbench.
const TARGETS = ['decision_pending', 'closed', 'transferred', 'filing_rejected', 'executed', 'delivered', 'decided', 'notified', 'investigating', 'filing_pending'] as const;
type TTarget = (typeof TARGETS)[number];
const MAX_CASES = 30;

const HAND_LEADS = [
  { source: 'higher_authority', sourceRef: '武市监交〔{year}〕12号', leadSummary: '市局交办：网络订餐平台反映该店使用过期食材' },
  { source: 'higher_authority', sourceRef: '武市监交〔{year}〕27号', leadSummary: '市局交办：群众来信反映该店无证生产卤制品' },
  { source: 'inspection', sourceRef: '日常检查记录', leadSummary: '日常检查发现后厨冷藏柜存放超过保质期的调味料' },
  { source: 'inspection', sourceRef: '日常检查记录', leadSummary: '日常检查发现从业人员未取得健康证明' },
  { source: 'inspection', sourceRef: '飞行检查记录', leadSummary: '飞行检查发现预包装食品无中文标签' },
] as const;

/** What a case is punished for, by where its lead came from. */
const PENALTIES: { cause: string; article: number; paragraph: number; kinds: TPenaltyKind[]; facts: string }[] = [
  { cause: '经营农药残留超标的食品案', article: 124, paragraph: 1, kinds: ['confiscation', 'fine'], facts: '当事人经营的豇豆经抽样检验，毒死蜱项目不符合 GB 2763-2021 要求' },
  { cause: '经营超过保质期的食品原料案', article: 124, paragraph: 1, kinds: ['confiscation', 'fine'], facts: '当事人使用超过保质期的食品原料加工食品' },
  { cause: '经营标签不符合规定的预包装食品案', article: 125, paragraph: 1, kinds: ['confiscation', 'fine'], facts: '当事人销售无中文标签的预包装食品' },
  {
    cause: '安排未取得健康证明人员从事接触直接入口食品工作案',
    article: 126,
    paragraph: 1,
    kinds: ['warning'],
    facts: '当事人安排 2 名未取得健康证明的人员从事接触直接入口食品的工作',
  },
];

type TUsers = { officer: TSessionUser; head: TSessionUser; business: TSessionUser };

async function sessionUser(ctx: TContext, username: string) {
  return toSessionUser((await findUserByUsername(ctx.db, username))!);
}

/** A date `n` working days after `date`, never after today (null then: the step has not happened yet). */
function stepOn(calendar: TCalendarDays, date: string, n: number, today: string): string | null {
  const on = addWorkingDays(calendar, date, n);
  return on <= today ? on : null;
}

const PDF = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** Works one case as far as its target state and its dates allow. */
async function workCase(ctx: TContext, r: TRandom, calendar: TCalendarDays, users: TUsers, lead: typeof caseLead.$inferSelect, target: TTarget, today: string) {
  const { officer, head } = users;
  const penalty = lead.source === 'sampling' ? PENALTIES[0] : r.pick(PENALTIES);
  const proposedOn = stepOn(calendar, lead.discoveredOn, r.int(2, 9), today) ?? today;
  let c: TCaseDetail = await cases.createCase(ctx, officer, {
    leadId: lead.id,
    leadVersion: lead.version,
    cause: lead.operatorId ? `涉嫌${penalty.cause}` : `涉嫌未取得许可从事食品生产经营案`,
    assessmentReason: '经核查，有证据初步证明存在违法行为，依法应当给予行政处罚，且属本局管辖，符合立案条件',
    paperOn: proposedOn,
    ...(lead.operatorId ? {} : { partyName: '黄陂区某无证卤菜作坊', partyKind: 'organisation' as const }),
  });
  if (target === 'filing_pending') return c;
  const filedOn = stepOn(calendar, proposedOn, r.int(1, 2), today);
  if (!filedOn) return c;
  if (target === 'filing_rejected') {
    return cases.approveFiling(ctx, head, c.id, { version: c.version, approve: false, opinion: '现有证据不足以证明违法事实，不予立案', paperOn: filedOn });
  }
  c = await cases.approveFiling(ctx, head, c.id, { version: c.version, approve: true, opinion: '同意立案', paperOn: filedOn });
  const collectedOn = stepOn(calendar, filedOn, r.int(1, 4), today);
  if (!collectedOn) return c;
  for (const title of ['现场检查笔录', lead.source === 'sampling' ? '检验报告' : '询问笔录']) {
    c = await cases.addEvidence(
      ctx,
      officer,
      c.id,
      { version: c.version, evidenceTitle: title, evidenceKind: title === '检验报告' ? 'expert_opinion' : 'inspection_record', collectedOn, paperOn: collectedOn },
      { buffer: PDF(title), filename: `${title}.pdf`, fields: {} },
    );
  }
  if (target === 'transferred') {
    return cases.transferCase(ctx, officer, c.id, {
      version: c.version,
      policeUnit: '武汉市公安局黄陂区分局',
      reason: '涉案货值金额较大，涉嫌生产、销售不符合安全标准的食品罪',
      paperOn: collectedOn,
    });
  }
  if (target === 'investigating') return c;
  const noticeOn = stepOn(calendar, collectedOn, r.int(8, 25), today);
  if (!noticeOn) return c;
  const goodsValue = r.int(8, 90) * 100;
  const fined = penalty.kinds.includes('fine');
  const fineAmount = !fined ? null : penalty.article === 125 ? r.int(5, 20) * 1000 : r.int(50, 80) * 1000;
  // The notice proposes the penalty that the decision then imposes: the same terms in both.
  const terms = {
    penaltyKinds: penalty.kinds,
    fineAmount,
    goodsValue: fined ? goodsValue : null,
    illegalGains: fined ? Math.round(goodsValue * 0.3) : null,
    confiscation: fined ? '违法经营的食品及违法所得' : undefined,
    basisLaw: '中华人民共和国食品安全法',
    basisArticle: penalty.article,
    basisParagraph: penalty.paragraph,
    factsFound: penalty.facts,
  };
  c = await cases.notifyCase(ctx, officer, c.id, {
    version: c.version,
    ...terms,
    hearingRight: false,
    paperOn: noticeOn,
  });
  if (r.chance(0.4)) {
    await ctx.db
      .update(enforcementCase)
      .set({ statement: '当事人对违法事实无异议，已下架并销毁相关食品，请求从轻处罚。', statementAt: new Date(`${addDays(noticeOn, 2)}T02:00:00Z`) })
      .where(eq(enforcementCase.id, c.id));
    c = await cases.getCase(ctx, officer, c.id);
  }
  if (target === 'notified') return c;
  const proposedDecisionOn = stepOn(calendar, noticeOn, r.int(6, 12), today);
  if (!proposedDecisionOn) return c;
  c = await cases.proposeDecision(ctx, officer, c.id, {
    version: c.version,
    decisionOutcome: 'penalty',
    ...terms,
    paperOn: proposedDecisionOn,
  });
  if (target === 'decision_pending') return c;
  const decidedOn = stepOn(calendar, proposedDecisionOn, r.int(1, 3), today);
  if (!decidedOn) return c;
  c = await cases.approveDecision(ctx, head, c.id, { version: c.version, approve: true, opinion: '同意', paperOn: decidedOn });
  if (c.actions.includes('publish')) {
    c = await cases.publishDecision(ctx, officer, c.id, { version: c.version });
    // Most are published well within the 20 working days; one in six late.
    const publishedOn = addWorkingDays(calendar, decidedOn, r.chance(0.17) ? r.int(21, 26) : r.int(3, 15));
    if (publishedOn <= today) {
      await ctx.db
        .update(enforcementCase)
        .set({ publishedOn, publishedAt: new Date(`${publishedOn}T03:00:00Z`) })
        .where(eq(enforcementCase.id, c.id));
    } else {
      await ctx.db
        .update(enforcementCase)
        .set({ publishedOn: null, publishedAt: null, publishedText: null, publishedSummary: null, publishedBy: null })
        .where(eq(enforcementCase.id, c.id));
    }
    c = await cases.getCase(ctx, officer, c.id);
  }
  if (target === 'decided') return c;
  const deliveredOn = stepOn(calendar, decidedOn, r.int(1, 4), today);
  if (!deliveredOn) return c;
  c = await cases.deliverDecision(ctx, officer, c.id, { version: c.version, detail: '直接送达，当事人签收', paperOn: deliveredOn });
  if (target === 'delivered') return c;
  const executedOn = stepOn(calendar, deliveredOn, r.int(3, 10), today);
  if (!executedOn) return c;
  c = await cases.executeDecision(ctx, officer, c.id, { version: c.version, detail: fined ? '当事人已按期缴纳罚没款' : '已履行', paperOn: executedOn });
  if (target === 'executed') return c;
  const closedOn = stepOn(calendar, executedOn, r.int(1, 5), today);
  if (!closedOn) return c;
  return cases.closeCase(ctx, officer, c.id, { version: c.version, detail: '案件办理完毕，予以结案', paperOn: closedOn });
}

/** Leads the assessment left alone or decided against, with the dates on paper. */
async function assessWithout(ctx: TContext, r: TRandom, calendar: TCalendarDays, users: TUsers, lead: typeof caseLead.$inferSelect, today: string) {
  const fate = r.weighted([
    ['not_file', 70],
    ['transfer_authority', 12],
    ['transfer_police', 10],
    ['left_open', 8],
  ] as const);
  if (fate === 'left_open') return 'left_open';
  const late = r.chance(0.12);
  const assessedOn = addWorkingDays(calendar, lead.discoveredOn, late ? r.int(17, 22) : r.int(3, 14));
  if (assessedOn > today) return 'left_open';
  const input =
    fate === 'not_file'
      ? {
          assessment: 'not_file' as const,
          assessmentReason: r.pick(['经核查，违法事实不能成立', '违法行为轻微并及时改正，没有造成危害后果，依法不予立案', '复检结果合格，原检验结论不成立']),
        }
      : fate === 'transfer_authority'
        ? { assessment: 'transfer_authority' as const, assessmentReason: '属于食用农产品种植环节，依法移送农业农村部门处理', transferTo: '黄陂区农业农村局' }
        : { assessment: 'transfer_police' as const, assessmentReason: '涉案食品检出非食用物质，涉嫌生产、销售有毒、有害食品罪', transferTo: '武汉市公安局黄陂区分局' };
  const assessed = await assessLead(ctx, users.officer, lead.id, { version: lead.version, ...input });
  await ctx.db
    .update(caseLead)
    .set({ assessedOn, suspectedCrimeOn: fate === 'transfer_police' ? assessedOn : null })
    .where(eq(caseLead.id, lead.id));
  if (fate === 'transfer_police') {
    const transferredOn = addDays(assessedOn, r.int(1, 3));
    if (transferredOn <= today) {
      // One transfer in three waits for its receipt: a must the four-musts page shows.
      const receipt = r.chance(0.67) ? { receiptOn: transferredOn, receiptNo: `陂公受〔${transferredOn.slice(0, 4)}〕${r.int(10, 99)}号` } : {};
      await recordPoliceTransfer(ctx, users.officer, lead.id, { version: assessed.version, transferredOn, policeUnit: '武汉市公安局黄陂区分局', ...receipt });
    }
  }
  return fate;
}

export async function seedDemoEnforcement(ctx: TContext, r: TRandom, today: string) {
  const calendar = await loadCalendar(ctx.db);
  const users: TUsers = { officer: await sessionUser(ctx, 'enforcement'), head: await sessionUser(ctx, 'leader'), business: await sessionUser(ctx, 'business') };
  const year = today.slice(0, 4);

  // Hand-entered leads: one for the demo business (its notice to answer), the rest at random operators.
  const someOperators = await ctx.db.select({ id: operator.id }).from(operator).where(eq(operator.status, 'active')).orderBy(asc(operator.id)).limit(40);
  for (const [i, lead] of HAND_LEADS.entries()) {
    const operatorId = i === 0 ? users.business.operatorId! : someOperators[(i * 7) % someOperators.length].id;
    await createManualLead(ctx, users.officer, {
      ...lead,
      sourceRef: lead.sourceRef.replace('{year}', year),
      operatorId,
      discoveredOn: addDays(today, i === 0 ? -90 : -r.int(20, 200)),
    });
  }

  const leads = await ctx.db
    .select()
    .from(caseLead)
    .where(and(eq(caseLead.bureauId, users.officer.bureauId), isNull(caseLead.assessment)))
    .orderBy(asc(caseLead.discoveredOn), asc(caseLead.id));
  const summary = { leadsAssessed: 0, cases: 0, leadsLeftOpen: 0 };
  let target = 0;
  for (const lead of leads) {
    const recent = addWorkingDays(calendar, lead.discoveredOn, 12) > today;
    const ownBusiness = lead.operatorId === users.business.operatorId && lead.source === 'higher_authority';
    if (recent && !ownBusiness && r.chance(0.6)) {
      summary.leadsLeftOpen += 1;
      continue;
    }
    const file = ownBusiness || (summary.cases < MAX_CASES && (lead.source !== 'complaint' || r.chance(0.3)) && r.chance(0.55));
    if (!file) {
      const fate = await assessWithout(ctx, r, calendar, users, lead, today);
      if (fate === 'left_open') summary.leadsLeftOpen += 1;
      else summary.leadsAssessed += 1;
      continue;
    }
    // The first cases cover every state; the business's own case waits for its statement.
    const state: TTarget = ownBusiness
      ? 'notified'
      : target < TARGETS.length
        ? TARGETS[target++]
        : r.weighted([
            ['closed', 6],
            ['executed', 1],
            ['delivered', 1],
          ] as const);
    await workCase(ctx, r, calendar, users, lead, state, today);
    summary.cases += 1;
    summary.leadsAssessed += 1;
  }

  // The business's notice is fresh, so the demo account can state its case.
  const [own] = await ctx.db.select().from(enforcementCase).where(eq(enforcementCase.operatorId, users.business.operatorId!));
  if (own?.noticeOn)
    await ctx.db
      .update(enforcementCase)
      .set({ noticeOn: addDays(today, -1), statement: null, statementAt: null })
      .where(eq(enforcementCase.id, own.id));

  // Worked in the platform at the time, except about one case in six entered afterwards from paper.
  const all = await ctx.db.select({ id: enforcementCase.id }).from(enforcementCase).where(eq(enforcementCase.bureauId, users.officer.bureauId));
  const online = all.filter(() => !r.chance(0.17)).map((c) => c.id);
  if (online.length) await ctx.db.update(caseStep).set({ online: true }).where(inArray(caseStep.caseId, online));
  return { enforcementCases: summary.cases, leadsAssessed: summary.leadsAssessed, leadsLeftOpen: summary.leadsLeftOpen };
}
