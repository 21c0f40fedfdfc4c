// Retakes due on the business's workbench: a manager who failed a spot exam must pass an exam by the retake
// deadline; the item stays until a passed exam of that manager clears it.
import { can } from '@shian/shared/access';
import { EXAM_AUDIENCE_NAMES } from '@shian/shared/exam-question';
import type { TWorkItemProvider } from '../../core/work-items.ts';
import { retakesDue } from './exam.repository.ts';

const AUDIENCE_EN: Record<string, string> = { principal: 'principal', director: 'food safety director', officer: 'food safety officer' };

export const examWorkItems: TWorkItemProvider = {
  module: 'exam',
  async collect(db, user) {
    if (!user.operatorId || !can(user.role, 'exam.take')) return [];
    const rows = await retakesDue(db, user.operatorId);
    return rows.map((r) => ({
      module: 'exam',
      kind: 'retake',
      title: {
        zh: `${r.candidateName}（${EXAM_AUDIENCE_NAMES[r.audience]}）：现场抽查考核未通过，须补考`,
        en: `${r.candidateName} (${AUDIENCE_EN[r.audience] ?? r.audience}): failed the spot exam, retake due`,
      },
      operatorId: user.operatorId,
      operatorName: null,
      dueOn: r.retakeBy!,
      link: `/exams/take?personnelId=${r.personnelId}&audience=${r.audience}`,
    }));
  },
};
