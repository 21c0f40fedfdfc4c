// The serious-violation list in the demo: a listing close to its three years, one that left the list by
// credit repair (applied for by the extra account `credit-demo`), the `business` account's own listing
// with its repair application waiting for acceptance, and a fresh proposal waiting for the leader.
// Dates count back from `today`, so the clocks read the same whatever day the demo is made.
import sharp from 'sharp';
import { and, eq, inArray, ne, notInArray } from 'drizzle-orm';
import {
  earliestRepairOn,
  lastDayAfterYears,
  listingLastDay,
  publishDueOn,
  REPAIR_ACCEPT_WORKING_DAYS,
  REPAIR_DECIDE_WORKING_DAYS,
  type TListingGround,
  type THeavierPenalty,
} from '@shian/shared/credit';
import { addDays, addWorkingDays } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { storeImage } from '../../core/files/files.ts';
import { operator } from '../operator/operator.schema.ts';
import { findUserByUsername, insertUsers } from '../user/user.public.ts';
import { gradeOperators } from '../risk-grade/risk-grade.public.ts';
import { creditListEntry, creditRepair } from '../credit/credit.schema.ts';
import { seededRandom } from './demo-random.ts';

type TCase = {
  grounds: TListingGround[];
  heavierPenalties: THeavierPenalty[];
  facts: string;
  /** Days before today the listing was decided. */
  listedDaysAgo: number;
};

const CASES: TCase[] = [
  {
    grounds: ['diseased_meat'],
    heavierPenalties: ['aggravated_fine', 'revocation'],
    facts: '当事人购进并销售死因不明的猪肉 300 余公斤，货值金额较大，持续时间较长，属故意违法，按从重处罚原则处罚并吊销食品经营许可证。',
    listedDaysAgo: 3 * 365 - 20,
  },
  {
    grounds: ['non_additive_substance'],
    heavierPenalties: ['aggravated_fine'],
    facts: '当事人在自制卤菜中添加罂粟壳粉末，危害消费者健康，依照裁量基准从重处以罚款。',
    listedDaysAgo: 540,
  },
  {
    grounds: ['contaminant_over_limit'],
    heavierPenalties: ['restriction'],
    facts: '当事人经营的豇豆经抽检毒死蜱残留超过限量 10 倍，且一年内两次抽检不合格，责令停业整顿。',
    listedDaysAgo: 420,
  },
  {
    grounds: ['unlicensed'],
    heavierPenalties: ['aggravated_fine'],
    facts: '当事人被责令改正后仍未取得食品经营许可从事餐饮服务，违法持续 8 个月，从重处以罚款。',
    listedDaysAgo: 0,
  },
];

async function evidencePhoto(ctx: TContext, user: TSessionUser, hue: number) {
  const buffer = await sharp({ create: { width: 480, height: 640, channels: 3, background: { r: 240, g: 240 - hue, b: 220 } } })
    .jpeg()
    .toBuffer();
  const file = await storeImage(ctx.db, ctx.filesDir, { bureauId: user.bureauId, kind: 'photo', buffer, originalName: '罚款缴纳凭证.jpg', uploadedBy: user.id });
  return file.id;
}

/** Its own random sequence, so that adding the credit demo changes nothing the other demo parts draw. */
export async function seedDemoCredit(ctx: TContext, admin: TSessionUser, today: string) {
  const r = seededRandom(20210901);
  const calendar = await loadCalendar(ctx.db);
  const [department, leader, business] = await Promise.all(['department', 'leader', 'business'].map((u) => findUserByUsername(ctx.db, u)));
  const candidates = await ctx.db
    .select({ id: operator.id })
    .from(operator)
    .where(
      and(
        eq(operator.bureauId, admin.bureauId),
        inArray(operator.type, ['caterer', 'seller', 'small_eatery']),
        ne(operator.status, 'deactivated'),
        // A business already on (or proposed for) the list would tell two stories at once.
        notInArray(operator.id, ctx.db.select({ id: creditListEntry.operatorId }).from(creditListEntry)),
      ),
    )
    // Credit codes come from the seeded draw (ids are random): the same businesses every time.
    .orderBy(operator.uscc);
  const pool = candidates.filter((c) => c.id !== business?.operatorId);
  const chosen: string[] = [];
  while (chosen.length < CASES.length && pool.length > chosen.length) {
    const pick = r.pick(pool).id;
    if (!chosen.includes(pick)) chosen.push(pick);
  }
  // The business account lives the repair story in its own account: listed, notice signed, application sent.
  if (business?.operatorId) chosen[2] = business.operatorId;
  const proposer = department?.id ?? admin.id;
  const decider = leader?.id ?? admin.id;
  const created: { id: string; operatorId: string }[] = [];
  for (const [i, spec] of CASES.entries()) {
    const operatorId = chosen[i];
    if (!operatorId) break;
    const listedOn = addDays(today, -spec.listedDaysAgo);
    const penaltyDecidedOn = listedOn;
    const proposal = spec.listedDaysAgo === 0;
    const [row] = await ctx.db
      .insert(creditListEntry)
      .values({
        bureauId: admin.bureauId,
        operatorId,
        status: proposal ? 'proposed' : 'listed',
        grounds: spec.grounds,
        heavierPenalties: spec.heavierPenalties,
        penaltyDecisionNo: `黄市监处罚〔${listedOn.slice(0, 4)}〕${100 + i * 7}号`,
        penaltyDecidedOn,
        facts: spec.facts,
        priorNoticeOn: addDays(penaltyDecidedOn, -12),
        proposedBy: proposer,
        proposedAt: new Date(`${addDays(listedOn, -3)}T09:00:00+08:00`),
        ...(proposal
          ? {}
          : {
              decidedBy: decider,
              decidedAt: new Date(`${listedOn}T10:00:00+08:00`),
              superiorConsent: `武汉市市场监督管理局同意列入的复函（武市监信函〔${listedOn.slice(0, 4)}〕${20 + i}号）`,
              listedOn,
              lastDay: listingLastDay(listedOn, null),
              publishDueOn: publishDueOn(calendar, listedOn),
              publishedAt: new Date(`${addWorkingDays(calendar, listedOn, 5)}T15:00:00+08:00`),
              publishedBy: proposer,
              noticeAcknowledgedAt: new Date(`${addWorkingDays(calendar, listedOn, 2)}T11:00:00+08:00`),
            }),
      })
      .returning();
    created.push({ id: row.id, operatorId });
  }

  // The second listing left the list by credit repair; the third has an application waiting.
  const [, repaired, pending] = created;
  if (repaired && business) {
    const [applicant] = await insertUsers(ctx.db, [
      {
        bureauId: admin.bureauId,
        username: 'credit-demo',
        displayName: '信用修复演示企业',
        passwordHash: business.passwordHash,
        role: 'business',
        demo: true,
        operatorId: repaired.operatorId,
      },
    ]);
    const listedOn = addDays(today, -CASES[1].listedDaysAgo);
    const submittedOn = addDays(earliestRepairOn(listedOn), 30);
    const acceptedOn = addWorkingDays(calendar, submittedOn, 1);
    const decidedOn = addWorkingDays(calendar, acceptedOn, 10);
    await ctx.db.insert(creditRepair).values({
      bureauId: admin.bureauId,
      entryId: repaired.id,
      operatorId: repaired.operatorId,
      status: 'approved',
      statement: '本店已缴清全部罚款，销毁涉案卤菜及原料，更换卤菜供应商并建立进货查验记录，全体从业人员参加食品安全培训，列入以来未再受到行政处罚。',
      pledge: true,
      evidenceFileIds: [await evidencePhoto(ctx, { ...admin, id: applicant.id }, 20)],
      submittedBy: applicant.id,
      submittedAt: new Date(`${submittedOn}T09:30:00+08:00`),
      acceptDueOn: addWorkingDays(calendar, submittedOn, REPAIR_ACCEPT_WORKING_DAYS),
      acceptedAt: new Date(`${acceptedOn}T10:00:00+08:00`),
      decideDueOn: addWorkingDays(calendar, acceptedOn, REPAIR_DECIDE_WORKING_DAYS),
      checklist: { obligationsFulfilled: true, harmEliminated: true, noHeavierPenaltySince: true, materialsComplete: true },
      reason: '经核实，当事人已履行处罚决定义务并消除不良影响，列入满一年且未再受到较重行政处罚，同意提前移出。',
      decidedAt: new Date(`${decidedOn}T16:00:00+08:00`),
      handledBy: proposer,
    });
    await ctx.db.update(creditListEntry).set({ status: 'exited', exitedOn: decidedOn, exitReason: 'repaired' }).where(eq(creditListEntry.id, repaired.id));
  }
  if (pending && business) {
    const applicant = { ...admin, id: business.id };
    const submittedOn = addDays(today, -1);
    await ctx.db.insert(creditRepair).values({
      bureauId: admin.bureauId,
      entryId: pending.id,
      operatorId: pending.operatorId,
      status: 'submitted',
      statement: '本店已缴纳罚款，完成停业整顿，对供货商重新审核并留存每批次检验报告，申请提前移出严重违法失信名单。',
      pledge: true,
      evidenceFileIds: [await evidencePhoto(ctx, applicant, 40), await evidencePhoto(ctx, applicant, 60)],
      submittedBy: applicant.id,
      submittedAt: new Date(`${submittedOn}T14:00:00+08:00`),
      acceptDueOn: addWorkingDays(calendar, submittedOn, REPAIR_ACCEPT_WORKING_DAYS),
    });
  }
  await gradeOperators(
    ctx,
    created.map((c) => c.operatorId),
    'seed',
  );
  return { creditListEntries: created.length, creditListingEndsOn: created[0] ? lastDayAfterYears(addDays(today, -CASES[0].listedDaysAgo), 3) : null };
}
