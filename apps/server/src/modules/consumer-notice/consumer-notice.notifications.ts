// Who hears that a consumer notice (消费提示) waits for approval (通知): the bureau's staff who approve notices
// (notice.approve), except its drafter (four eyes: the drafter cannot approve it).
import type { TContext } from '../../core/context.ts';
import { staffFor, tell } from '../notification/notification.public.ts';

export function registerConsumerNoticeNotifications(ctx: TContext): void {
  ctx.events.on('consumer-notice.drafted', async ({ bureauId, noticeId, title }, actor) => {
    const approvers = await staffFor(ctx.db, { bureauId, operatorId: null, permission: 'notice.approve', except: actor });
    await tell(ctx, approvers, {
      bureauId,
      kind: 'approval',
      title: { zh: `消费提示待审核：${title}`, en: `Consumer notice to approve: ${title}` },
      link: '/consumer-notices',
      module: 'consumer-notice',
      dedupeKey: `consumer-notice:${noticeId}:drafted`,
    });
  });
}
