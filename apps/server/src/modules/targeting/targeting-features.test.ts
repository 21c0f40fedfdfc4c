import { describe, expect, it } from 'vitest';
import { LeakageError } from './model/as-of.ts';
import { featureNames, inspectorRates, operatorFeatures, type TInspectionFact, type TOperatorFact, type TOperatorHistory } from './targeting-features.ts';
import { HistoryIndex, inspectorConsistency, startOfChinaDay, trainTargeting, type TFacts } from './targeting-training.ts';
import { reasonTexts, topReasons } from './targeting-reasons.ts';
import { mulberry32 } from '../../core/mulberry32.ts';

const at = (iso: string) => Date.parse(iso);
const operator: TOperatorFact = { id: 'op1', type: 'caterer', categories: ['hot_food'], tags: [], unitCode: '420116001000', licencesIssuedAt: [at('2024-03-10T00:00:00+08:00')] };
const units = ['420116001000', '420116002000'];

function inspection(id: string, day: string, serious: boolean, inspectorIds = ['i1', 'i2']): TInspectionFact {
  return {
    id,
    operatorId: 'op1',
    inspectedOn: day,
    closedAt: at(`${day}T16:00:00+08:00`),
    serious,
    minor: !serious,
    keyNonconforming: serious ? 1 : 0,
    generalNonconforming: serious ? 0 : 2,
    inspectorIds,
  };
}

const empty: TOperatorHistory = { inspections: [], rectifications: [], failedSamples: [], complaints: [], leads: [], penalties: [], listings: [] };
const rates = inspectorRates([])(at('2026-03-10T00:00:00+08:00'));

describe('operator features as of a moment', () => {
  const asOf = startOfChinaDay('2026-03-10');
  const history: TOperatorHistory = {
    inspections: [inspection('x1', '2025-06-02', true), inspection('x2', '2026-01-05', false)],
    rectifications: [
      // Issued in January, due 20 January, never answered: open and overdue on 10 March.
      { operatorId: 'op1', issuedAt: at('2026-01-05T16:00:00+08:00'), dueEndsAt: at('2026-01-21T00:00:00+08:00'), answeredAt: null, acceptedAt: null },
      // Accepted on 9 March: closed by the 10th.
      {
        operatorId: 'op1',
        issuedAt: at('2026-01-05T16:00:00+08:00'),
        dueEndsAt: at('2026-01-21T00:00:00+08:00'),
        answeredAt: at('2026-01-10T10:00:00+08:00'),
        acceptedAt: at('2026-03-09T10:00:00+08:00'),
      },
    ],
    failedSamples: [{ operatorId: 'op1', at: at('2025-12-01T00:00:00+08:00') }],
    complaints: [{ operatorId: 'op1', at: at('2024-01-01T09:00:00+08:00') }],
    leads: [],
    penalties: [{ operatorId: 'op1', at: at('2025-09-01T00:00:00+08:00') }],
    // Listed in 2025 and its exit (on the 12th) not known yet on the 10th.
    listings: [{ operatorId: 'op1', listedAt: at('2025-10-01T00:00:00+08:00'), exitedAt: at('2026-03-12T00:00:00+08:00') }],
  };

  it('counts what was known before the moment', () => {
    const row = operatorFeatures(operator, history, asOf, rates, units);
    expect(row.get('inspections365')).toBe(2);
    expect(row.get('seriousFindings365')).toBe(1);
    expect(row.get('lastSerious')).toBe(0);
    expect(row.get('lastGeneralItems')).toBe(2);
    expect(row.get('daysSinceInspection')).toBe(63);
    expect(row.get('openRectifications')).toBe(1);
    expect(row.get('overdueRectifications')).toBe(1);
    expect(row.get('failedSamples365')).toBe(1);
    expect(row.get('complaints365')).toBe(0);
    expect(row.get('penalties365')).toBe(1);
    expect(row.get('onCreditList')).toBe(1);
    expect(row.get('licenceAgeDays')).toBe(730);
    expect(row.get('type=caterer')).toBe(1);
    expect(row.get('unit=420116001000')).toBe(1);
    expect(row.get('unit=420116002000')).toBe(0);
    expect(row.vector(featureNames(units))).toHaveLength(featureNames(units).length);
  });

  it('refuses a feature computed after the inspection date (leakage)', () => {
    const later = { ...history, inspections: [...history.inspections, inspection('x3', '2026-03-12', true)] };
    expect(() => operatorFeatures(operator, later, asOf, rates, units)).toThrow(LeakageError);
    const sameDay = { ...empty, complaints: [{ operatorId: 'op1', at: asOf }] };
    expect(() => operatorFeatures(operator, sameDay, asOf, rates, units)).toThrow(LeakageError);
    const future = { ...empty, rectifications: [{ ...history.rectifications[0], issuedAt: at('2026-03-11T09:00:00+08:00') }] };
    expect(() => operatorFeatures(operator, future, asOf, rates, units)).toThrow(LeakageError);
  });

  it('slices each history to the facts before the moment', () => {
    const facts: TFacts = {
      ...empty,
      operators: [{ ...operator, active: true }],
      inspections: [...history.inspections, inspection('x3', '2026-03-12', true)],
      rectifications: history.rectifications,
      unitCodes: units,
    };
    const index = new HistoryIndex(facts);
    expect(index.historyAsOf('op1', asOf).inspections.map((i) => i.id)).toEqual(['x1', 'x2']);
    expect(() => index.vector('op1', asOf)).not.toThrow();
  });

  it('words the reasons in Chinese and English', () => {
    const names = ['seriousFindings365', 'type=caterer', 'type=canteen', 'overdueRectifications'];
    const reasons = topReasons(names, [2, 1, 0, 1], [0.8, 0.1, 0.5, -0.2]);
    // The 0 of a 0/1 column and negative contributions are no reasons.
    expect(reasons.map((r) => r.feature)).toEqual(['seriousFindings365', 'type=caterer']);
    expect(reasonTexts(reasons, 'zh-CN', () => '')[0].text).toBe('近一年检查发现严重问题 2 次');
    expect(reasonTexts(reasons, 'en', () => '')[1].text).toBe('Type: Caterer');
  });
});

describe('inspector rates and consistency', () => {
  it('smooths an inspector rate towards the overall rate, from earlier inspections only', () => {
    const list = [inspection('a', '2026-01-05', true, ['i1']), inspection('b', '2026-01-06', false, ['i2']), inspection('c', '2026-02-01', true, ['i1'])];
    const rate = inspectorRates(list)(startOfChinaDay('2026-01-07'));
    // Overall 1 of 2; i1 has 1 of 1: (1 + 0.5 x 20) / 21.
    expect(rate('i1').rate).toBeCloseTo(11 / 21, 10);
    expect(rate('i1').observedAt).toBeLessThan(startOfChinaDay('2026-01-07'));
    expect(rate('unknown').rate).toBe(0.5);
  });

  it('flags an inspector whose findings differ sharply from the expectation', () => {
    const rows = [
      ...Array.from({ length: 60 }, (_, i) => ({ inspectorIds: ['strict'], serious: i < 30, probability: 0.1 })),
      ...Array.from({ length: 60 }, (_, i) => ({ inspectorIds: ['usual'], serious: i < 6, probability: 0.1 })),
      ...Array.from({ length: 10 }, () => ({ inspectorIds: ['few'], serious: true, probability: 0.1 })),
    ];
    const result = inspectorConsistency(rows);
    const strict = result.find((r) => r.inspectorId === 'strict')!;
    // Observed 30, expected 6, variance 60 x 0.09 = 5.4: z = 24 / 2.32 = 10.33.
    expect(strict.z).toBeCloseTo(10.33, 2);
    expect(strict.flagged).toBe(true);
    expect(result.find((r) => r.inspectorId === 'usual')!.flagged).toBe(false);
    // Too few inspections to judge.
    expect(result.find((r) => r.inspectorId === 'few')!.flagged).toBe(false);
  });
});

describe('training on synthetic history', () => {
  it('learns that past serious findings predict the next, and holds out the latest fifth', async () => {
    const random = mulberry32(3);
    const operators = Array.from({ length: 300 }, (_, i) => ({
      id: `op${String(i).padStart(3, '0')}`,
      type: i % 2 ? 'caterer' : 'seller',
      categories: [],
      tags: [],
      unitCode: units[i % 2],
      licencesIssuedAt: [],
      active: true,
    }));
    const careless = new Set(operators.filter((_, i) => i % 5 === 0).map((o) => o.id));
    const inspections: TInspectionFact[] = [];
    for (const o of operators) {
      for (let visit = 0; visit < 4; visit++) {
        const day = new Date(Date.UTC(2025, visit * 3, 1 + Math.floor(random() * 25))).toISOString().slice(0, 10);
        const serious = random() < (careless.has(o.id) ? 0.6 : 0.05);
        inspections.push({ ...inspection(`${o.id}-${visit}`, day, serious), operatorId: o.id });
      }
    }
    const facts: TFacts = { operators, inspections, rectifications: [], failedSamples: [], complaints: [], leads: [], penalties: [], listings: [], unitCodes: units };
    const result = await trainTargeting(facts, startOfChinaDay('2026-01-15'));
    expect(result).not.toBeNull();
    expect(result!.trainingRows).toBe(1200);
    expect(result!.evaluation.trainRows + result!.evaluation.testRows).toBe(1200);
    expect(result!.evaluation.splitOn >= '2025-10-01').toBe(true);
    expect(result!.evaluation.auc!).toBeGreaterThan(0.7);
    // The careless operators rank on top, each with its reasons.
    const top = result!.scores.slice(0, 40);
    expect(top.filter((s) => careless.has(s.operatorId)).length).toBeGreaterThan(30);
    expect(top[0].reasons.length).toBeGreaterThan(0);
    expect(result!.scores.map((s) => s.rank)).toEqual(result!.scores.map((_, i) => i + 1));
  });

  it('declines to train on too little history', async () => {
    const facts: TFacts = { ...empty, operators: [{ ...operator, active: true }], inspections: [inspection('x1', '2025-06-02', true)], unitCodes: units };
    expect(await trainTargeting(facts, startOfChinaDay('2026-01-15'))).toBeNull();
  });
});
