// Rumours on the workbench: an expert reviews a draft someone else wrote, then the knowledge staff publish it.
// A rebuttal is worth most while the rumour spreads, so the bureau's service targets are short; they are its
// own choice (no statute sets them): review within 2 working days of drafting, publish within 1 of review.
import { can } from '@shian/shared/access';
import { addWorkingDays, chinaToday } from '@shian/shared/working-days';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import type { TDueWork, TWorkItemProvider } from '../../core/work-items.ts';
import { unpublishedRumours } from './rumour.repository.ts';

export const REVIEW_WORKING_DAYS = 2;
export const PUBLISH_WORKING_DAYS = 1;

export const rumourWorkItems: TWorkItemProvider = {
  module: 'rumour',
  async collect(db, user) {
    if (!can(user.role, 'knowledge.manage')) return [];
    const [rows, calendar] = await Promise.all([unpublishedRumours(db, user.bureauId), loadCalendar(db)]);
    return rows.flatMap((r): TDueWork[] => {
      const reviewing = r.status === 'draft';
      // The expert reviews (never his own draft); the staff who draft publish what was reviewed.
      if (reviewing ? user.role !== 'expert' || r.createdBy === user.id : user.role === 'expert') return [];
      const step = reviewing ? { zh: '辟谣稿待专家审核', en: 'rebuttal to review' } : { zh: '辟谣稿待发布', en: 'rebuttal to publish' };
      const from = chinaToday(reviewing ? r.createdAt : (r.reviewedAt ?? r.createdAt));
      return [
        {
          module: 'rumour',
          kind: reviewing ? 'review' : 'publish',
          title: { zh: `${r.title}：${step.zh}`, en: `${r.title}: ${step.en}` },
          operatorId: null,
          operatorName: null,
          dueOn: addWorkingDays(calendar, from, reviewing ? REVIEW_WORKING_DAYS : PUBLISH_WORKING_DAYS),
          link: `/rumours/${r.id}`,
        },
      ];
    });
  },
};
