import { describe, expect, it } from 'vitest';
import { entityKindOf, usccCheckCharacter, usccProblem, withUsccCheck } from './uscc.ts';

// Valid codes built from realistic heads: 91 company, 92 individual business, 12 public institution.
const BUILT = [withUsccCheck('91420116MA4K00000'), withUsccCheck('92420116MA4K12345'), withUsccCheck('12420116441234567'), withUsccCheck('91420116T00010001')];

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts codes completed with their check character', () => {
    for (const code of BUILT) {
      expect(code).toHaveLength(18);
      expect(usccProblem(code)).toBeNull();
    }
  });

  it('accepts real published codes, whose check characters the algorithm reproduces', () => {
    // 华为技术有限公司, 阿里巴巴（中国）有限公司, 腾讯科技（深圳）有限公司: codes from the national credit register.
    for (const code of ['914403001922038216', '91330100799655058B', '9144030071526726XG']) {
      expect(usccProblem(code)).toBeNull();
      expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('maps a remainder of 0 to the check character 0', () => {
    // Find a head whose weighted sum is a multiple of 31: the check character must be "0", not past the alphabet.
    let found: string | null = null;
    for (let n = 0; n < 2000 && !found; n++) {
      const head = `91420116MA${String(n).padStart(7, '0')}`;
      if (usccCheckCharacter(head) === '0') found = head;
    }
    expect(found).not.toBeNull();
    expect(usccProblem(`${found}0`)).toBeNull();
  });

  it('refuses a wrong check character', () => {
    for (const code of BUILT) {
      const right = code[17];
      const wrong = right === 'A' ? 'B' : 'A';
      expect(usccProblem(code.slice(0, 17) + wrong)).toBe('checksum');
    }
    // The shape of a real-looking code whose last character is off by one.
    expect(usccProblem('914403001922038217')).toBe('checksum');
  });

  it('refuses a wrong length', () => {
    expect(usccProblem('')).toBe('length');
    expect(usccProblem(BUILT[0].slice(0, 17))).toBe('length');
    expect(usccProblem(`${BUILT[0]}0`)).toBe('length');
  });

  it('refuses the letters I, O, S, V and Z anywhere, and lower case', () => {
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
      const first17 = `91420116MA4K0000${letter}`;
      // Even with whatever check character comes out, the code has forbidden characters.
      expect(usccProblem(`${first17}0`)).toBe('characters');
      expect(usccProblem(`${letter}1420116MA4K000000`)).toBe('characters');
      expect(usccProblem(`91420116MA4K00000${letter}`)).toBe('characters');
    }
    expect(usccProblem(BUILT[0].toLowerCase())).toBe('characters');
  });

  it('requires the division code (characters 3-8) to be digits', () => {
    expect(usccProblem(withUsccCheck('9142011AMA4K00000'))).toBe('characters');
  });
});

describe('entityKindOf', () => {
  it('reads the registration authority and organisation type', () => {
    expect(entityKindOf('91420116MA4K0000XX')).toBe('enterprise');
    expect(entityKindOf('92420116MA4K0000XX')).toBe('individual');
    expect(entityKindOf('12420116MA4K0000XX')).toBe('institution');
    expect(entityKindOf('51420116MA4K0000XX')).toBe('other');
  });
});
