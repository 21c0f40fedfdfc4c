// Who hears that a case step waits for approval (通知): the heads who approve cases (case.approve) and whose scope
// covers the case's operator; a case on a party that is no registered operator goes to the district's approvers.
import type { TContext } from '../../core/context.ts';
import { staffFor, tell } from '../notification/notification.public.ts';

const STEP = {
  filing: { zh: '立案待审批', en: 'filing to approve' },
  decision: { zh: '处罚决定待审批', en: 'decision to approve' },
} as const;

export function registerEnforcementCaseNotifications(ctx: TContext): void {
  ctx.events.on('case.awaiting-approval', async ({ bureauId, caseId, version, operatorId, partyName, step }, actor) => {
    // The proposer does not approve its own proposal.
    const approvers = await staffFor(ctx.db, { bureauId, operatorId, permission: 'case.approve', except: actor });
    await tell(ctx, approvers, {
      bureauId,
      kind: 'approval',
      title: { zh: `${partyName}：${STEP[step].zh}`, en: `${partyName}: ${STEP[step].en}` },
      link: `/cases/${caseId}`,
      module: 'enforcement-case',
      // Sent back and proposed again: a new version of the case, told again.
      dedupeKey: `case:${caseId}:${step}:v${version}`,
    });
  });
}
