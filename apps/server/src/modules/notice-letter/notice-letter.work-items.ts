// The letters on the workbench: the addressee (the business of its operator, or the cadre) sees each issued letter to
// sign for and answer by its date; the issuing staff see the letters in their scope whose answer is overdue.
import { can } from '@shian/shared/access';
import { NOTICE_LETTER_KIND_NAMES } from '@shian/shared/notice-letter';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { awaitingAddressee, overdueInScope } from './notice-letter.repository.ts';
import { addresseeOf } from './notice-letter.presenter.ts';

export const noticeLetterWorkItems: TWorkItemProvider = {
  module: 'notice-letter',
  async collect(db, user, asOf) {
    const addressee = user.role === 'business' && user.operatorId ? { operatorId: user.operatorId } : user.role === 'cadre' && user.cadreId ? { cadreId: user.cadreId } : null;
    if (addressee && can(user.role, 'notice-letter.respond')) {
      const rows = await awaitingAddressee(db, user.bureauId, addressee);
      return rows.map((l) => {
        const kind = NOTICE_LETTER_KIND_NAMES[l.kind];
        const signed = l.status === 'delivered';
        return {
          module: 'notice-letter' as const,
          kind: signed ? 'answer' : 'sign',
          title: signed
            ? { zh: `回复${kind.zh}${l.number}（${l.answerDueOn}前）`, en: `Answer ${kind.en} ${l.number} by ${l.answerDueOn}` }
            : { zh: `签收${kind.zh}${l.number}，${l.answerDueOn}前回复`, en: `Sign for ${kind.en} ${l.number}, answer by ${l.answerDueOn}` },
          operatorId: l.operatorId,
          operatorName: l.operatorName,
          dueOn: l.answerDueOn,
          link: `/my-notice-letters/${l.id}`,
        };
      });
    }
    if (!can(user.role, 'notice-letter.issue')) return [];
    const rows = await overdueInScope(db, operatorScopeOf(user), asOf);
    return rows.map((l) => ({
      module: 'notice-letter' as const,
      kind: 'overdue-answer',
      title: { zh: `${addresseeOf(l)}：${NOTICE_LETTER_KIND_NAMES[l.kind].zh}逾期未回复`, en: `${addresseeOf(l)}: ${NOTICE_LETTER_KIND_NAMES[l.kind].en} not answered` },
      operatorId: l.operatorId,
      operatorName: l.operatorName,
      dueOn: l.answerDueOn,
      link: `/notice-letters/${l.id}`,
    }));
  },
};
