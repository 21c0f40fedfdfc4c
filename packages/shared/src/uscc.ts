// Unified social credit code (统一社会信用代码), GB 32100-2015.
// 18 characters: registration authority (1), organisation type (1), division code (6),
// organisation code (9), check character (1). The check character is computed over the
// first 17 with weights 3^i mod 31 over a 31-character alphabet that omits I, O, S, V, Z.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  const c = 31 - (sum % 31);
  return ALPHABET[c === 31 ? 0 : c];
}

export type UsccProblem = 'length' | 'characters' | 'checksum';

/** Returns why a code is not a valid USCC, or null when it is valid. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

/** Completes 17 characters with their check character (used by the demo data and tests). */
export function withUsccCheck(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}

export const ENTITY_KINDS = ['enterprise', 'individual', 'institution', 'other'] as const;
export type TEntityKind = (typeof ENTITY_KINDS)[number];

/**
 * What kind of legal entity holds a code, from its first two characters (GB 32100-2015 annex: registration
 * authority, then organisation type). 91 company, 92 individual business (个体工商户), 93 farmers' co-operative;
 * 1x public institutions (事业单位: school and hospital canteens). The business's own responsibility rules
 * (主体责任) bind enterprises and encourage individual businesses.
 */
export function entityKindOf(code: string): TEntityKind {
  if (code.startsWith('91') || code.startsWith('93')) return 'enterprise';
  if (code.startsWith('92')) return 'individual';
  if (code.startsWith('1')) return 'institution';
  return 'other';
}
