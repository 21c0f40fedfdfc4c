// Who hears that complaints reach a station (通知, a new assignment): the station's own staff who handle complaints
// (complaint.manage, station scope: a complaint belongs to the station it is routed to, not to the operator's unit).
// The district staff route them and see every one on the workbench; the actor is not told of its own step.
import { ROLE_SCOPE } from '@shian/shared/access';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TNotificationDraft } from '../../core/notify.ts';
import { notify, staffFor } from '../notification/notification.public.ts';
import { routedOf } from './complaint.repository.ts';

type TRouted = Awaited<ReturnType<typeof routedOf>>[number];

const kindOf = (r: TRouted) => (r.kind === 'complaint' ? { zh: '投诉', en: 'complaint' } : { zh: '举报', en: 'report' });

function draftFor(stationId: string, rows: TRouted[]): Omit<TNotificationDraft, 'recipientId'> {
  const base = { bureauId: rows[0].bureauId, kind: 'assigned' as const, module: 'complaint' };
  if (rows.length === 1) {
    const [r] = rows;
    const business = r.operatorName ?? r.namedBusiness ?? r.registrationNo;
    return {
      ...base,
      title: { zh: `新${kindOf(r).zh}分派至本所：${business}`, en: `New ${kindOf(r).en} routed to your station: ${business}` },
      body: { zh: `登记编号 ${r.registrationNo}，请作出受理决定或办理。`, en: `Registration ${r.registrationNo}: decide on acceptance or handle it.` },
      link: `/complaints/${r.id}`,
      // Routed away and back again is a new version: told again.
      dedupeKey: `complaint:${r.id}:station:${stationId}:v${r.version}`,
    };
  }
  // One batch (a 12315 import) is one notification per station, not one per complaint.
  return {
    ...base,
    title: { zh: `${rows.length} 件投诉举报分派至本所`, en: `${rows.length} complaints and reports routed to your station` },
    body: { zh: '请在投诉举报列表中作出受理决定。', en: 'Decide on their acceptance in the complaint list.' },
    link: '/complaints',
    dedupeKey: `complaints:${rows[0].id}:${rows.length}:station:${stationId}`,
  };
}

async function tellStations(ctx: TContext, complaintIds: string[], actor: TSessionUser | null) {
  const byStation = new Map<string, TRouted[]>();
  for (const r of await routedOf(ctx.db, complaintIds)) if (r.stationId) byStation.set(r.stationId, [...(byStation.get(r.stationId) ?? []), r]);
  const drafts: TNotificationDraft[] = [];
  for (const [stationId, rows] of byStation) {
    const staff = await staffFor(ctx.db, { bureauId: rows[0].bureauId, operatorId: null, permission: 'complaint.manage', stationId, except: actor });
    const draft = draftFor(stationId, rows);
    for (const u of staff) if (ROLE_SCOPE[u.role] === 'station') drafts.push({ ...draft, recipientId: u.id });
  }
  await notify(ctx, drafts);
}

export function registerComplaintNotifications(ctx: TContext): void {
  ctx.events.on('complaint.received', ({ complaintIds }, actor) => tellStations(ctx, complaintIds, actor));
  ctx.events.on('complaint.routed', ({ complaintIds }, actor) => tellStations(ctx, complaintIds, actor));
}
