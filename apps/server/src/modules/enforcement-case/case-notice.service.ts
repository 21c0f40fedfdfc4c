// The business's own penalty notices: what is proposed, its statement or hearing request, the delivered decision.
import { CASE_STATUS_NAMES, type TCaseNoticeView, type TCaseStatement } from '@shian/shared/enforcement-case';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as repo from './enforcement-case.repository.ts';
import { presentNotice } from './enforcement-case.presenter.ts';
import { decisionDocx } from './case-documents.ts';
import { documentData } from './case-document-data.ts';
import { loadCase } from './enforcement-case.service.ts';

async function ownCase(ctx: TContext, user: TSessionUser, id: string) {
  const row = await loadCase(ctx.db, user, id);
  // Only what was notified to the business: the case file itself stays with the bureau.
  if (!row.noticeOn || row.operatorId !== user.operatorId) throw notFound();
  return row;
}

export async function listNotices(ctx: TContext, user: TSessionUser): Promise<TCaseNoticeView[]> {
  if (!user.operatorId) return [];
  const today = chinaToday();
  return (await repo.noticesOf(ctx.db, user.bureauId, user.operatorId)).map((r) => presentNotice(r, today));
}

export async function getNotice(ctx: TContext, user: TSessionUser, id: string): Promise<TCaseNoticeView> {
  return presentNotice(await ownCase(ctx, user, id), chinaToday());
}

/** The business states its case (陈述、申辩) or asks for a hearing, once, within the window. */
export async function submitStatement(ctx: TContext, user: TSessionUser, id: string, input: TCaseStatement): Promise<TCaseNoticeView> {
  const row = await ownCase(ctx, user, id);
  const view = presentNotice(row, chinaToday());
  if (row.statementAt) throw new AppError('ALREADY_DONE', { what: { zh: '陈述申辩', en: 'The statement' } });
  if (!view.mayRespond) {
    throw invalidField('defence', {
      zh: row.status === 'notified' ? `陈述、申辩期限已于 ${view.statementDueOn} 届满` : `案件已进入「${CASE_STATUS_NAMES[row.status].zh}」阶段，不能再提交`,
      en: row.status === 'notified' ? `the window ended on ${view.statementDueOn}` : 'the case has moved on',
    });
  }
  if (input.hearingRequested && !view.proposed.hearingRight)
    throw invalidField('hearingRequested', { zh: '本次拟处罚不适用听证程序', en: 'this penalty does not carry a right to a hearing' });
  await ctx.db.transaction(async (tx) => {
    await repo.updateCaseVersioned(tx, id, input.version, { statement: input.defence ?? null, statementAt: new Date(), hearingRequested: input.hearingRequested });
    await repo.insertStep(tx, {
      caseId: id,
      kind: 'statement',
      on: chinaToday(),
      by: user.id,
      online: true,
      detail: input.hearingRequested ? '当事人提交陈述申辩并要求听证' : '当事人提交陈述申辩',
    });
    await recordAudit(tx, [{ actor: user, action: 'statement', entity: 'enforcement_case', entityId: id, after: { hearingRequested: input.hearingRequested } }]);
  });
  return getNotice(ctx, user, id);
}

export async function noticeDecisionDocument(ctx: TContext, user: TSessionUser, id: string) {
  const row = await ownCase(ctx, user, id);
  if (!row.deliveredOn) throw notFound();
  return { fileName: `行政处罚决定书-${row.decisionNo}.docx`, bytes: await decisionDocx(await documentData(ctx, row)) };
}
