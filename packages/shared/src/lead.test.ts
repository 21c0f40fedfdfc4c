import { describe, expect, it } from 'vitest';
import { brokenMusts, leadAssessDueOn, type TLeadMustFacts } from './lead.ts';

const calendar = { holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']), workdays: new Set(['2026-10-10']) };
const lead = (facts: Partial<TLeadMustFacts>): TLeadMustFacts => ({
  assessDueOn: '2026-10-22',
  assessedOn: null,
  assessment: null,
  filedOn: null,
  suspectedCrimeOn: null,
  policeTransferredOn: null,
  policeReceiptOn: null,
  ...facts,
});

describe('the assessment clock', () => {
  it('counts 15 working days after discovery, skipping holidays and counting make-up days, 30 once extended', () => {
    // 30 Sept is day 1; 1-7 Oct off (the weekend too); Saturday 10 Oct worked: 8, 9, 10, 12-16, 19-23, 26 Oct.
    expect(leadAssessDueOn(calendar, '2026-09-29', false)).toBe('2026-10-26');
    expect(leadAssessDueOn(calendar, '2026-09-29', true)).toBe('2026-11-16');
  });
});

describe('the four musts', () => {
  it('keeps the due date itself in time', () => {
    expect(brokenMusts(lead({}), '2026-10-22')).toEqual([]);
    expect(brokenMusts(lead({}), '2026-10-23')).toEqual(['not_assessed_in_time']);
    expect(brokenMusts(lead({ assessedOn: '2026-10-22', assessment: 'not_file' }), '2026-12-01')).toEqual([]);
    expect(brokenMusts(lead({ assessedOn: '2026-10-23', assessment: 'not_file' }), '2026-12-01')).toEqual(['not_assessed_in_time']);
  });

  it('wants a qualifying lead filed by its due date', () => {
    const qualifying = lead({ assessedOn: '2026-10-10', assessment: 'file' });
    expect(brokenMusts(qualifying, '2026-10-20')).toEqual([]);
    expect(brokenMusts(qualifying, '2026-10-23')).toEqual(['qualifying_not_filed']);
    expect(brokenMusts({ ...qualifying, filedOn: '2026-10-21' }, '2026-12-01')).toEqual([]);
    expect(brokenMusts({ ...qualifying, filedOn: '2026-10-30' }, '2026-12-01')).toEqual(['qualifying_not_filed']);
  });

  it('wants a suspected crime transferred within 4 days, with the receipt recorded', () => {
    const crime = lead({ assessedOn: '2026-10-12', assessment: 'transfer_police', suspectedCrimeOn: '2026-10-12' });
    expect(brokenMusts(crime, '2026-10-16')).toEqual([]);
    expect(brokenMusts(crime, '2026-10-17')).toEqual(['crime_not_transferred']);
    expect(brokenMusts({ ...crime, policeTransferredOn: '2026-10-13' }, '2026-12-01')).toEqual(['transfer_without_receipt']);
    expect(brokenMusts({ ...crime, policeTransferredOn: '2026-10-13', policeReceiptOn: '2026-10-13' }, '2026-12-01')).toEqual([]);
  });
});
