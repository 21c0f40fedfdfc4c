// Who hears of a rectification (通知): the business, when a demand is raised on it (a new assignment); the
// inspection's inspectors who may review it, when the business answers.
import type { TContext } from '../../core/context.ts';
import type { TNotificationDraft } from '../../core/notify.ts';
import { notify, staffFor } from '../notification/notification.public.ts';
import { findForNotice } from './rectification.repository.ts';

export function registerRectificationNotifications(ctx: TContext): void {
  ctx.events.on('rectification.changed', async ({ rectificationId, status }) => {
    if (status !== 'open' && status !== 'answered') return;
    const r = await findForNotice(ctx.db, rectificationId);
    if (!r || r.status !== status) return;
    const base = { bureauId: r.bureauId, module: 'rectification' };
    let drafts: TNotificationDraft[];
    if (status === 'open') {
      // Only the operator's own accounts answer its demands (staff hold the permission for the whole district).
      const business = (await staffFor(ctx.db, { bureauId: r.bureauId, operatorId: r.operatorId, permission: 'rectification.answer' })).filter(
        (u) => u.operatorId === r.operatorId,
      );
      drafts = business.map((u) => ({
        ...base,
        recipientId: u.id,
        kind: 'assigned',
        title: { zh: `新的整改要求：${r.demand}`, en: `New rectification demand: ${r.demand}` },
        body: { zh: `请于 ${r.dueOn} 前提交整改情况。`, en: `Answer by ${r.dueOn}.` },
        link: '/rectifications',
        dedupeKey: `rectification:${r.id}:raised`,
      }));
    } else {
      const reviewers = await staffFor(ctx.db, { bureauId: r.bureauId, operatorId: r.operatorId, permission: 'rectification.review', among: r.inspectorIds });
      drafts = reviewers.map((u) => ({
        ...base,
        recipientId: u.id,
        kind: 'answered',
        title: { zh: `${r.operatorName}已提交整改：${r.demand}`, en: `${r.operatorName} answered a rectification: ${r.demand}` },
        body: { zh: '请审核整改情况。', en: 'Please review the answer.' },
        link: '/rectifications?tab=review',
        // Answered again after a rejection: a new answer, a new notification.
        dedupeKey: `rectification:${r.id}:answered:${r.answeredAt?.toISOString() ?? ''}`,
      }));
    }
    await notify(ctx, drafts);
  });
}
