import { describe, expect, it } from 'vitest';
import { effectiveStandardStatus, normaliseStandardNumber, standardNumbersIn, ZFoodStandardInput } from './food-standard.ts';
import { localizeIssue } from './messages.ts';

describe('GB numbers of food safety standards', () => {
  it('accepts GB and GB/T numbers with a part number and a four-digit year, written as people write them', () => {
    expect(normaliseStandardNumber('GB 2760-2024')).toBe('GB 2760-2024');
    expect(normaliseStandardNumber('gb2760-2024')).toBe('GB 2760-2024');
    expect(normaliseStandardNumber('ＧＢ ２７６２—２０２２')).toBe('GB 2762-2022');
    expect(normaliseStandardNumber('GB/T 191-2008')).toBe('GB/T 191-2008');
    expect(normaliseStandardNumber('GB／T191 – 2008')).toBe('GB/T 191-2008');
    expect(normaliseStandardNumber('GB 4789.2-2022')).toBe('GB 4789.2-2022');
    expect(normaliseStandardNumber(' GB  5009.33 - 2016 ')).toBe('GB 5009.33-2016');
  });

  it('refuses what is not one GB number', () => {
    for (const bad of [
      '',
      'GB',
      'GB 2760',
      'GB 2760-24',
      'GB 2760-3024',
      'DB42/T 1234-2020',
      'GB/Z 21922-2008',
      'GB 2760-2024 GB 2762-2022',
      'GBT 191-2008',
      'GB 123456-2020',
      "GB 2760-2024'; drop table x;--",
    ]) {
      expect(normaliseStandardNumber(bad), bad).toBeNull();
    }
  });

  it('finds every number in a cited text, each once', () => {
    expect(standardNumbersIn('GB 2762-2022《食品中污染物限量》、GB2763—2021 及 GB 2762-2022')).toEqual(['GB 2762-2022', 'GB 2763-2021']);
    expect(standardNumbersIn('企业标准 Q/ABC 0001S-2020')).toEqual([]);
  });

  it('says in the field why a number is refused, and checks dates and the replacement', () => {
    const zh = (value: unknown) => ZFoodStandardInput.safeParse(value).error!.issues.map((i) => localizeIssue(i, 'zh-CN').message);
    const base = { title: '食品添加剂使用标准', category: 'general', status: 'in_force' };
    expect(zh({ ...base, number: 'GB2760' })).toEqual(['编号：应为 GB 或 GB/T 加编号和四位年份，如 GB 2760-2024']);
    expect(zh({ ...base, number: 'GB 2760-2024', status: 'superseded', issuedOn: '2024-02-08', implementedOn: '2024-01-01' })).toEqual([
      '实施日期：不能早于发布日期',
      '代替标准：被代替的标准须填写代替它的标准编号',
    ]);
    expect(zh({ ...base, number: 'GB 2760-2024', status: 'to_be_implemented', supersededBy: 'GB 2760—2024' })).toEqual([
      '实施日期：即将实施的标准须填写实施日期',
      '代替标准：不能是标准本身',
    ]);
    const ok = ZFoodStandardInput.parse({ number: 'gb 2760-2014', title: '食品添加剂使用标准', category: 'general', status: 'superseded', supersededBy: 'GB2760-2024' });
    expect(ok).toMatchObject({ number: 'GB 2760-2014', supersededBy: 'GB 2760-2024', issuedOn: null, summary: '' });
  });

  it('moves a standard to be implemented into force on its implementation date', () => {
    expect(effectiveStandardStatus('to_be_implemented', '2027-03-16', '2027-03-15')).toBe('to_be_implemented');
    expect(effectiveStandardStatus('to_be_implemented', '2027-03-16', '2027-03-16')).toBe('in_force');
    expect(effectiveStandardStatus('in_force', '2027-03-16', '2026-11-29')).toBe('to_be_implemented');
    expect(effectiveStandardStatus('superseded', '2015-05-24', '2026-11-29')).toBe('superseded');
  });
});
