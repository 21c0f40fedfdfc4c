// The demo's year of complaints obeys the workflow's own rules, so what a new user sees is plausible.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { COMPLAINT_CHANNELS, complaintNextActions, mediationDueOn, receiptDueDates, type TComplaintKind, type TComplaintStatus } from '@shian/shared/complaint';
import { chinaToday } from '@shian/shared/working-days';
import { createTestPlatform, type TTestPlatform } from '../../testing/test-platform.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { caseLead } from '../lead/lead.schema.ts';
import { complaint, complaintStep } from './complaint.schema.ts';

let platform: TTestPlatform;

// The whole demo history (inspections, sampling, complaints and what acts on them) takes a while.
beforeAll(async () => {
  platform = await createTestPlatform({ operators: 300, history: true });
}, 600_000);
afterAll(() => platform.close());

it('seeds complaints for the demo in proportion to its operators, mostly from 12315, across trades', async () => {
  const rows = await platform.ctx.db.select().from(complaint);
  expect(rows.length).toBeGreaterThanOrEqual(30);
  const byChannel = Object.fromEntries(COMPLAINT_CHANNELS.map((c) => [c, rows.filter((r) => r.channel === c).length]));
  expect(byChannel.import_12315).toBeGreaterThan(rows.length / 2);
  expect(new Set(rows.map((r) => r.trade)).size).toBeGreaterThanOrEqual(3);
  expect(new Set(rows.map((r) => r.issueType)).size).toBeGreaterThanOrEqual(4);
  for (const r of rows) {
    expect(r.complainantEnc === null || r.complainantEnc.startsWith('sm4:')).toBe(true);
    expect(r.anonymous).toBe(r.complainantEnc === null);
    if (r.matchStatus === 'matched') expect(r.operatorId).not.toBeNull();
    expect(r.stationId).not.toBeNull();
  }
});

it('dates every clock as the workflow does and records each step it went through', async () => {
  const calendar = await loadCalendar(platform.ctx.db);
  const rows = await platform.ctx.db.select().from(complaint);
  const steps = await platform.ctx.db.select().from(complaintStep);
  for (const r of rows) {
    const receivedOn = chinaToday(r.receivedAt);
    const kind = r.kind as TComplaintKind;
    expect(r.acceptDueOn).toBe(receiptDueDates(calendar, kind, receivedOn).acceptDueOn);
    const kinds = steps
      .filter((s) => s.complaintId === r.id)
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((s) => s.kind);
    if (kinds.includes('accept')) expect(r.completeDueOn).toBe(mediationDueOn(calendar, chinaToday(r.decidedAt!)));
    expect(kinds.slice(0, 2)).toEqual(['received', 'match']);
    if (r.status === 'closed') expect(kinds).toContain('reply');
    if (r.resolvedAt) expect(kinds).toContain('result');
    expect(complaintNextActions(kind, r.status as TComplaintStatus, r.extended)).toBeDefined();
    if (r.violationVerified) {
      const [lead] = await platform.ctx.db.select().from(caseLead).where(eq(caseLead.sourceId, r.id));
      expect(lead?.source).toBe('complaint');
      expect(r.leadId).toBe(lead.id);
    }
  }
});
