import { describe, expect, it } from 'vitest';
import { complaintActionProblem, complaintNextActions, receiptDueDates, replyDueOn } from '@shian/shared/complaint';
import { shippedCalendarDays } from '../../core/calendar/china-holidays.ts';

const calendar = shippedCalendarDays();

describe('statutory clocks of 市场监督管理投诉举报处理暂行办法', () => {
  it('gives a complaint 7 working days to be accepted (art. 14), over the Spring Festival', () => {
    // Fri 13 Feb 2026: Sat 14 Feb worked (1), 15-23 Feb off, 24-27 Feb (2-5), Sat 28 Feb worked (6), Mon 2 Mar (7).
    expect(receiptDueDates(calendar, 'complaint', '2026-02-13')).toEqual({ acceptDueOn: '2026-03-02', completeDueOn: null });
  });

  it('gives a report 15 working days of verification (art. 23), and tells a real-name reporter within 5 (art. 31)', () => {
    expect(receiptDueDates(calendar, 'report', '2026-09-30')).toEqual({ acceptDueOn: null, completeDueOn: '2026-10-27' });
    expect(replyDueOn(calendar, 'report', 'no_violation', false, '2026-09-30')).toBe('2026-10-13');
    expect(replyDueOn(calendar, 'report', 'violation_found', true, '2026-09-30')).toBeNull();
  });

  it('tells both parties of a terminated mediation within 7 working days (art. 21); an agreement has no clock', () => {
    expect(replyDueOn(calendar, 'complaint', 'terminated', false, '2026-09-30')).toBe('2026-10-15');
    expect(replyDueOn(calendar, 'complaint', 'mediated', false, '2026-09-30')).toBeNull();
  });
});

describe('the order of steps', () => {
  it('asks a complaint for acceptance first, a report for verification', () => {
    expect(complaintNextActions('complaint', 'received', false)).toEqual(['accept', 'reject', 'route']);
    expect(complaintNextActions('report', 'received', false)).toEqual(['handle', 'reject', 'route']);
    expect(complaintNextActions('report', 'handling', true)).toEqual(['result', 'route']);
    expect(complaintNextActions('complaint', 'closed', false)).toEqual([]);
  });

  it('says which step should come first', () => {
    expect(complaintActionProblem('complaint', 'received', false, 'result')?.zh).toBe('当前状态为「待受理」，不能登记办理结果；下一步应为：受理或不予受理');
    expect(complaintActionProblem('complaint', 'accepted', false, 'handle')).toBeNull();
    expect(complaintActionProblem('complaint', 'closed', false, 'reply')?.zh).toBe('该件已办结，不能再答复并办结');
  });
});
