// Who hears of a disposal (不合格处置, 通知): the staff of the business's station who deliver and see it through
// (disposal.manage), when it opens (a new assignment) and when the business acknowledges the result, maybe objecting
// (a business's answer). Where no station staff cover the business, the district's disposal staff are told.
import { ROLE_SCOPE } from '@shian/shared/access';
import type { TContext } from '../../core/context.ts';
import { staffFor, tell } from '../notification/notification.public.ts';
import { findForNotice } from './disposal.repository.ts';

export function registerDisposalNotifications(ctx: TContext): void {
  ctx.events.on('disposal.changed', async ({ disposalId, step }, actor) => {
    const d = await findForNotice(ctx.db, disposalId);
    if (!d || (step === 'acknowledged' && !d.acknowledgedAt)) return;
    const staff = await staffFor(ctx.db, { bureauId: d.bureauId, operatorId: d.operatorId, permission: 'disposal.manage', except: actor });
    const station = staff.filter((u) => ROLE_SCOPE[u.role] === 'station');
    const what = `${d.operatorName}：${d.productName}`;
    const content =
      step === 'opened'
        ? {
            kind: 'assigned' as const,
            title: { zh: `抽检不合格待处置：${what}`, en: `Nonconforming sample to dispose of: ${d.operatorName}, ${d.productName}` },
            body: { zh: `抽样单 ${d.sampleNo}，请送达检验结论并督促下架、召回。`, en: `Sample ${d.sampleNo}: deliver the result and see the steps through.` },
            dedupeKey: `disposal:${d.id}:opened`,
          }
        : {
            kind: 'answered' as const,
            title: d.objection
              ? { zh: `企业签收并提出异议：${what}`, en: `${d.operatorName} acknowledged and objected: ${d.productName}` }
              : { zh: `企业已签收检验结论：${what}`, en: `${d.operatorName} acknowledged the result: ${d.productName}` },
            body: d.objection ? { zh: `异议：${d.objection}`, en: `Objection: ${d.objection}` } : null,
            dedupeKey: `disposal:${d.id}:acknowledged`,
          };
    await tell(ctx, station.length > 0 ? station : staff, { ...content, bureauId: d.bureauId, link: `/disposals/${d.id}`, module: 'disposal' });
  });
}
