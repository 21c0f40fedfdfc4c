// Acting on complaints in the demo, through the services so that every record passes the same checks a
// person's does: consumer service stations across the district, interviews of the businesses drawing
// the most complaints (one closed, one with commitments being followed up, one notified, one draft),
// and ODR enrolments of the next ones with negotiations settled, failed and still running.
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { ZInterviewListQuery } from '@shian/shared/interview';
import { addDays, chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { operator } from '../operator/operator.schema.ts';
import { openComplaintsOf, operatorsWithManyComplaints } from '../complaint-hotspot/complaint-hotspot.public.ts';
import { addCommitment, closeInterview, createInterview, followUpCommitment, issueNotice, listInterviews, recordMeeting } from '../interview/interview.public.ts';
import { closeNegotiation, enrol, recordConsent, startNegotiation } from '../odr/odr.public.ts';
import { createServiceStation, updateServiceStation } from '../service-station/service-station.public.ts';
import type { TRandom } from './demo-random.ts';
import { mobile, personName } from './demo-names.ts';

const STATION_COUNT = 36;
/** Days of complaints the demo reads: a year, so that a small seed still has repeat businesses. */
const YEAR = 365;
const BUREAU_CONTACT = { contactName: '消保科 周科长', contactPhone: '027-61008315' };
const PLACE = '黄陂区市场监督管理局三楼会议室（前川街百秀街 1 号）';

const at = (date: string, time = '09:30') => new Date(`${date}T${time}:00+08:00`).toISOString();

/** Stations at supermarkets and markets first (where consumers queue), then at restaurants. */
async function seedServiceStations(ctx: TContext, admin: TSessionUser, r: TRandom, today: string) {
  const hosts = await ctx.db
    .select({ id: operator.id, name: operator.name, address: operator.address, type: operator.type, tags: operator.tags })
    .from(operator)
    .where(and(eq(operator.bureauId, admin.bureauId), inArray(operator.type, ['seller', 'caterer']), ne(operator.status, 'deactivated')))
    .orderBy(asc(operator.uscc));
  const market = hosts.filter((h) => h.tags.includes('supermarket') || h.tags.includes('farmers_market'));
  const others = hosts.filter((h) => !market.includes(h));
  const chosen = [...market];
  while (chosen.length < STATION_COUNT && others.length > 0) chosen.push(others.splice(r.int(0, others.length - 1), 1)[0]);
  let created = 0;
  for (const host of chosen.slice(0, STATION_COUNT)) {
    const station = await createServiceStation(ctx, admin, {
      name: `${host.name}12315消费维权服务站`,
      operatorId: host.id,
      address: host.address,
      contactName: personName(r),
      contactPhone: mobile(r),
      establishedOn: addDays(today, -r.int(60, 5 * 365)),
      status: 'active',
    });
    created += 1;
    // A few closed for renovation or given up: the registry keeps them.
    if (r.chance(0.08)) await updateServiceStation(ctx, admin, station.id, { version: station.version, status: r.chance(0.5) ? 'suspended' : 'revoked' });
  }
  return created;
}

async function seedInterviews(ctx: TContext, admin: TSessionUser, today: string, operatorIds: string[]) {
  const from = addDays(today, -(YEAR - 1));
  const base = { ...BUREAU_CONTACT, place: PLACE, attendees: '法定代表人（主要负责人）、食品安全总监或食品安全员', complaintsFrom: from, complaintsTo: today };
  const reason = '投诉反映的问题集中，存在食品安全隐患。';
  const plans = [
    { scheduled: addDays(today, -40), stage: 'closed' },
    { scheduled: addDays(today, -12), stage: 'held' },
    { scheduled: addDays(today, 5), stage: 'notified' },
    { scheduled: addDays(today, 10), stage: 'draft' },
  ] as const;
  for (const [i, operatorId] of operatorIds.slice(0, plans.length).entries()) {
    const plan = plans[i];
    let detail = await createInterview(ctx, admin, { ...base, operatorId, reason, scheduledAt: at(plan.scheduled), legalBasis: '《中华人民共和国食品安全法》第一百一十四条' });
    if (plan.stage === 'draft') continue;
    detail = await issueNotice(ctx, admin, detail.id, detail.version);
    if (plan.stage === 'notified') continue;
    detail = await recordMeeting(ctx, admin, detail.id, {
      version: detail.version,
      heldAt: at(plan.scheduled),
      attendance: '企业：法定代表人、食品安全总监；本局：消保科、辖区市场监管所',
      minutes: '通报近期投诉举报情况，指出原料进货查验、加工场所卫生和消费者投诉处理方面的问题。企业负责人承认存在问题，承诺限期整改并建立投诉首问负责制。',
    });
    detail = await addCommitment(ctx, admin, detail.id, { commitment: '全面清理过期原料，建立进货查验和临期食品台账', dueOn: addDays(plan.scheduled, 7) });
    detail = await addCommitment(ctx, admin, detail.id, { commitment: '后厨和储存区域整改到位，灭蝇防鼠设施完善', dueOn: addDays(plan.scheduled, 30) });
    if (plan.stage === 'held') continue;
    for (const [j, c] of detail.commitments.entries()) {
      detail = await followUpCommitment(ctx, admin, detail.id, c.id, {
        version: c.version,
        status: j === 0 ? 'done' : 'not_done',
        evidence: j === 0 ? '现场复查：台账已建立，未发现过期原料' : '复查时储存区仍有破损，已另行下达整改通知',
      });
    }
    await closeInterview(ctx, admin, detail.id, detail.version);
  }
  return (await listInterviews(ctx, admin, ZInterviewListQuery.parse({ pageSize: 200 }))).total;
}

async function seedOdr(ctx: TContext, admin: TSessionUser, r: TRandom, today: string, operatorIds: string[]) {
  let enrolments = 0;
  let negotiations = 0;
  for (const [i, operatorId] of operatorIds.entries()) {
    let detail = await enrol(ctx, admin, { operatorId });
    enrolments += 1;
    // Most agree; the last one has not answered the invitation yet.
    if (i === operatorIds.length - 1) continue;
    detail = await recordConsent(ctx, admin, detail.id, { version: detail.version, consentedOn: today, signatory: personName(r) });
    for (const candidate of detail.candidates.slice(0, 3)) {
      const receivedOn = chinaToday(new Date(candidate.receivedAt));
      const startedOn = [addDays(receivedOn, r.int(1, 3)), addDays(today, -r.int(0, 20))].sort()[1];
      detail = await startNegotiation(ctx, admin, detail.id, { complaintId: candidate.complaintId, startedOn: startedOn > today ? today : startedOn });
      negotiations += 1;
    }
    for (const n of detail.negotiations) {
      if (!r.chance(0.6)) continue;
      const settled = r.chance(0.75);
      detail = await closeNegotiation(ctx, admin, n.id, {
        version: n.version,
        settlement: settled ? 'settled' : 'failed',
        outcomeNote: settled ? '经协商，商家退还货款并赔偿，消费者表示满意' : '双方对赔偿金额分歧较大，协商未果，转回常规调解',
      });
    }
  }
  return { odrEnrolments: enrolments, odrNegotiations: negotiations };
}

export async function seedDemoComplaintActions(ctx: TContext, admin: TSessionUser, r: TRandom, today: string) {
  const serviceStations = await seedServiceStations(ctx, admin, r, today);
  // The demo's complaints decide who is interviewed and enrolled: the most complained-about businesses.
  const top = (await operatorsWithManyComplaints(ctx, admin, 2, YEAR)).map((o) => o.operatorId);
  const interviews = await seedInterviews(ctx, admin, today, top.slice(0, 4));
  // ODR goes to the next ones, those with complaints still open first: they have something to negotiate.
  const open = new Map<string, number>();
  for (const id of top.slice(2)) open.set(id, (await openComplaintsOf(ctx, admin, id, YEAR)).length);
  const odr = await seedOdr(ctx, admin, r, today, [...open.keys()].sort((a, b) => open.get(b)! - open.get(a)!).slice(0, 8));
  return { serviceStations, interviews, ...odr };
}
