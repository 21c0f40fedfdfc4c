import { describe, expect, it } from 'vitest';
import { licenceKindOf, licenceNumberValid } from './licence.ts';

describe('food licence numbers', () => {
  it('accepts a production licence: SC and 14 digits', () => {
    expect(licenceNumberValid('production', 'SC10142011600012')).toBe(true);
  });

  it('refuses production numbers of another shape', () => {
    expect(licenceNumberValid('production', 'SC1014201160001')).toBe(false); // 13 digits
    expect(licenceNumberValid('production', 'SC101420116000123')).toBe(false); // 15 digits
    expect(licenceNumberValid('production', 'SC1014201160001A')).toBe(false);
    expect(licenceNumberValid('production', 'sc10142011600012')).toBe(false);
    expect(licenceNumberValid('production', 'JY10142011600012')).toBe(false);
  });

  it('accepts a trade licence: JY and 14 digits, the first 1-3 (seller, caterer, canteen)', () => {
    for (const first of ['1', '2', '3']) expect(licenceNumberValid('trade', `JY${first}4201160000011`)).toBe(true);
  });

  it('refuses trade numbers of another shape', () => {
    expect(licenceNumberValid('trade', 'JY04201160000011')).toBe(false);
    expect(licenceNumberValid('trade', 'JY44201160000011')).toBe(false);
    expect(licenceNumberValid('trade', 'JY2420116000001')).toBe(false); // 13 digits
    expect(licenceNumberValid('trade', 'JY242011600000111')).toBe(false); // 15 digits
    expect(licenceNumberValid('trade', 'SC24201160000011')).toBe(false);
    expect(licenceNumberValid('trade', ' JY24201160000011')).toBe(false);
  });

  it('tells the kind from the prefix', () => {
    expect(licenceKindOf('SC10142011600012')).toBe('production');
    expect(licenceKindOf('JY24201160000011')).toBe('trade');
    expect(licenceKindOf('XK24201160000011')).toBeNull();
  });
});
