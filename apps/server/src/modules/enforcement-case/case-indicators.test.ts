import { describe, expect, it } from 'vitest';
import { countByUnit, type TCaseIndicatorFacts } from './case-indicators.ts';

const caseFacts = (facts: Partial<TCaseIndicatorFacts>): TCaseIndicatorFacts => ({
  stationId: 's1',
  departmentId: null,
  filedOn: '2026-03-01',
  decidedOn: null,
  publicationDueOn: null,
  publishedOn: null,
  online: true,
  ...facts,
});

describe('countByUnit', () => {
  it('counts leads, filings, online cases, decisions and publications per unit for the year', () => {
    const counts = countByUnit(
      2026,
      '2026-11-30',
      [
        { unitStationId: 's1', unitDepartmentId: null, musts: [] },
        { unitStationId: 's1', unitDepartmentId: null, musts: ['not_assessed_in_time', 'qualifying_not_filed'] },
        { unitStationId: null, unitDepartmentId: 'd1', musts: [] },
      ],
      [
        caseFacts({}),
        caseFacts({ online: false, decidedOn: '2026-04-30', publicationDueOn: '2026-05-29', publishedOn: '2026-05-20' }),
        // Filed the year before, decided this year: a decision of this year, not a filing.
        caseFacts({ filedOn: '2025-12-20', decidedOn: '2026-01-19', publicationDueOn: '2026-02-27', publishedOn: '2026-03-02' }),
        // Its publication window is still open: not counted yet.
        caseFacts({ stationId: null, departmentId: 'd1', decidedOn: '2026-11-20', publicationDueOn: '2026-12-18' }),
        // A warning only is never published.
        caseFacts({ stationId: null, departmentId: 'd1', decidedOn: '2026-06-01' }),
      ],
    );
    expect(counts.get('s1')).toEqual({
      leads: 2,
      leadsBreakingMusts: 1,
      casesFiled: 2,
      casesOnline: 1,
      decisions: 2,
      handlingDaysTotal: 60 + 30,
      toPublish: 2,
      publishedOnTime: 1,
    });
    expect(counts.get('d1')).toEqual({
      leads: 1,
      leadsBreakingMusts: 0,
      casesFiled: 2,
      casesOnline: 2,
      decisions: 2,
      handlingDaysTotal: 264 + 92,
      toPublish: 0,
      publishedOnTime: 0,
    });
  });
});
