import { describe, expect, it } from 'vitest';
import {
  checkTestItem,
  expectedVerdict,
  formatSampleNo,
  isPublished,
  limitUnitOf,
  parseLimit,
  sampleVerdictOf,
  suggestLabMapping,
  ZTestItemInput,
  type TTestItemInput,
} from './sampling.ts';

const item = (overrides: Partial<TTestItemInput>): TTestItemInput =>
  ZTestItemInput.parse({ name: '铅（以 Pb 计）', value: '0.1', unit: 'mg/kg', limitText: '≤0.2 mg/kg', limitMax: 0.2, verdict: 'conforming', ...overrides });

describe('test item checks', () => {
  it('accepts a value within its maximum, in the limit’s unit', () => {
    expect(checkTestItem(item({}))).toEqual([]);
  });

  it('refuses a numeric value without a unit, naming the item', () => {
    const problems = checkTestItem(item({ unit: null, limitText: '≤0.2' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'unit' });
    expect(problems[0].zh).toContain('铅（以 Pb 计）');
  });

  it('refuses a limit written in another unit than the value', () => {
    const problems = checkTestItem(item({ unit: 'g/kg' }));
    expect(problems.map((p) => p.field)).toEqual(['limitText']);
    expect(limitUnitOf('≤0.2 mg/kg')).toBe('mg/kg');
    expect(limitUnitOf('不得检出')).toBe(null);
    expect(checkTestItem(item({ unit: 'MG / kg' }))).toEqual([]);
  });

  it('refuses a verdict that contradicts the value and the limits', () => {
    expect(checkTestItem(item({ value: '0.3' })).map((p) => p.field)).toEqual(['verdict']);
    expect(checkTestItem(item({ value: '0.3', verdict: 'nonconforming' }))).toEqual([]);
    expect(checkTestItem(item({ value: '0.1', verdict: 'nonconforming' }))[0].zh).toContain('应为合格');
    const minimum = item({ name: '蛋白质', value: '2.5', unit: 'g/100g', limitText: '≥2.9 g/100g', limitMax: null, limitMin: 2.9 });
    expect(checkTestItem(minimum).map((p) => p.field)).toEqual(['verdict']);
  });

  it('treats 未检出 as conforming against a maximum only', () => {
    expect(expectedVerdict(item({ value: '未检出', unit: null }))).toBe('conforming');
    expect(checkTestItem(item({ value: '未检出', unit: null }))).toEqual([]);
    expect(expectedVerdict({ value: '未检出', limitMin: 1, limitMax: null })).toBe('nonconforming');
    expect(expectedVerdict({ value: '阳性', limitMin: null, limitMax: null })).toBe(null);
  });

  it('makes the sample nonconforming when any item is', () => {
    expect(sampleVerdictOf([{ verdict: 'conforming' }, { verdict: 'nonconforming' }])).toBe('nonconforming');
    expect(sampleVerdictOf([{ verdict: 'conforming' }])).toBe('conforming');
  });
});

describe('sample number', () => {
  it('is CJ, the date and a 4-digit daily serial', () => {
    expect(formatSampleNo('2026-03-02', 7)).toBe('CJ202603020007');
    expect(formatSampleNo('2026-12-31', 9999)).toBe('CJ202612319999');
    expect(() => formatSampleNo('2026-03-02', 10000)).toThrow(RangeError);
    expect(() => formatSampleNo('2026-03-02', 0)).toThrow(RangeError);
  });
});

describe('lab files', () => {
  it('parses limits', () => {
    expect(parseLimit('≤0.5 mg/kg')).toEqual({ limitText: '≤0.5 mg/kg', limitMin: null, limitMax: 0.5 });
    expect(parseLimit('≥3.0 g/100g')).toEqual({ limitText: '≥3.0 g/100g', limitMin: 3, limitMax: null });
    expect(parseLimit('0.5-1.0 mg/kg')).toEqual({ limitText: '0.5-1.0 mg/kg', limitMin: 0.5, limitMax: 1 });
    expect(parseLimit('不得检出')).toEqual({ limitText: '不得检出', limitMin: null, limitMax: null });
  });

  it('suggests a mapping from usual Chinese headings', () => {
    expect(suggestLabMapping(['抽样单编号', '报告编号', '签发日期', '检验项目', '检测结果', '单位', '标准值', '判定依据', '单项判定', '备注'])).toEqual({
      sampleNo: '抽样单编号',
      reportNo: '报告编号',
      issuedOn: '签发日期',
      itemName: '检验项目',
      value: '检测结果',
      unit: '单位',
      limit: '标准值',
      standard: '判定依据',
      verdict: '单项判定',
    });
  });

  it('publishes per the plan’s policy', () => {
    expect(isPublished('all', 'conforming')).toBe(true);
    expect(isPublished('failed_only', 'conforming')).toBe(false);
    expect(isPublished('failed_only', 'nonconforming')).toBe(true);
    expect(isPublished('none', 'nonconforming')).toBe(false);
  });
});
