// Food licence numbers. Production licence: "SC" + 14 digits (3 food category, 6 division,
// 4 serial, 1 check). Trade licence: "JY" + 14 digits whose first digit is the operator
// class 1-3 (1 seller, 2 caterer, 3 canteen). Only the shape is checked: the national
// check-digit rule is not published.
export const LICENCE_KINDS = ['production', 'trade'] as const;
export type TLicenceKind = (typeof LICENCE_KINDS)[number];

const SHAPES: Record<TLicenceKind, RegExp> = {
  production: /^SC\d{14}$/,
  trade: /^JY[1-3]\d{13}$/,
};

export function licenceNumberValid(kind: TLicenceKind, number: string): boolean {
  return SHAPES[kind].test(number);
}

export function licenceKindOf(number: string): TLicenceKind | null {
  if (number.startsWith('SC')) return 'production';
  if (number.startsWith('JY')) return 'trade';
  return null;
}
