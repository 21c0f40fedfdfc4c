// Who hears of a credit step (通知): the heads who approve listings (credit.approve), not the proposer, when a
// listing is proposed (an approval waiting, art. 13); the credit staff (credit.manage) when a business applies for
// credit repair (a business's answer: acceptance is due within 2 working days). Both in the operator's scope.
import type { TContext } from '../../core/context.ts';
import { staffFor, tell } from '../notification/notification.public.ts';
import { findEntry } from './credit.repository.ts';

export function registerCreditNotifications(ctx: TContext): void {
  ctx.events.on('credit.changed', async ({ bureauId, operatorId, entryId, repairId, step }, actor) => {
    const entry = await findEntry(ctx.db, { kind: 'district', bureauId }, entryId);
    if (!entry) return;
    const proposed = step === 'proposed';
    const staff = await staffFor(ctx.db, { bureauId, operatorId, permission: proposed ? 'credit.approve' : 'credit.manage', except: actor });
    const content = proposed
      ? {
          kind: 'approval' as const,
          title: { zh: `${entry.operatorName}：列入严重违法失信名单待审批`, en: `${entry.operatorName}: listing to approve` },
          body: { zh: `处罚决定 ${entry.penaltyDecisionNo}。`, en: `Penalty decision ${entry.penaltyDecisionNo}.` },
          dedupeKey: `credit-entry:${entryId}:proposed`,
        }
      : {
          kind: 'answered' as const,
          title: { zh: `${entry.operatorName}申请信用修复`, en: `${entry.operatorName} applied for credit repair` },
          body: { zh: '请在 2 个工作日内决定是否受理。', en: 'Decide on acceptance within 2 working days.' },
          dedupeKey: `credit-repair:${repairId}:applied`,
        };
    // The proposer never approves its own proposal; a business is not told of its own application.
    const told = staff.filter((u) => u.role !== 'business');
    await tell(ctx, told, { ...content, bureauId, link: `/credit/list-entries/${entryId}`, module: 'credit' });
  });
}
