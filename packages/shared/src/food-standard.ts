// Food safety standards (食品安全国家标准): GB numbers, status and dates; the number rules are shared
// with the web form and with the sampling report's "standard cited" text.
import { z } from 'zod';

export const STANDARD_STATUSES = ['in_force', 'to_be_implemented', 'superseded', 'repealed'] as const;
export type TStandardStatus = (typeof STANDARD_STATUSES)[number];

export const STANDARD_CATEGORIES = ['general', 'product', 'hygiene_practice', 'test_method', 'additive_spec', 'food_contact', 'other'] as const;
export type TStandardCategory = (typeof STANDARD_CATEGORIES)[number];

// GB 2760-2024, GB/T 191-2008, GB 4789.2-2022 (a part number after the dot), a four-digit year.
const NUMBER_FORMAT = /^GB(\/T)? \d{1,5}(\.\d{1,3})?-(19|20)\d{2}$/;
const NUMBER_IN_TEXT = /GB(?:\/T)?\s*\d{1,5}(?:\s*\.\s*\d{1,3})?\s*-\s*(?:19|20)\d{2}/g;

/** Full-width characters, the many dashes of Chinese typesetting and missing or doubled spaces. */
function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "gb2760—2024" → "GB 2760-2024"; null when the text is not one GB number. */
export function normaliseStandardNumber(text: string): string | null {
  const compact = tidy(text)
    .replace(/\s*([-./])\s*/g, '$1')
    .replace(/^GB(\/T)?\s*/, (_, t: string | undefined) => `GB${t ?? ''} `);
  return NUMBER_FORMAT.test(compact) ? compact : null;
}

/** Every GB number in a free text such as "GB 2762-2022《食品中污染物限量》", normalised, each once. */
export function standardNumbersIn(text: string): string[] {
  const found = tidy(text).match(NUMBER_IN_TEXT) ?? [];
  return [...new Set(found.map((n) => normaliseStandardNumber(n)).filter((n): n is string => n !== null))];
}

/**
 * What a standard is today: a standard set in force or to be implemented is "to be implemented"
 * until its implementation date and in force from that day, so the registry does not go stale.
 */
export function effectiveStandardStatus(status: TStandardStatus, implementedOn: string | null, today: string): TStandardStatus {
  if (status !== 'in_force' && status !== 'to_be_implemented') return status;
  if (!implementedOn) return status;
  return implementedOn > today ? 'to_be_implemented' : 'in_force';
}

export const ZStandardNumber = z
  .string()
  .max(40, { message: 'standard.number.invalid' })
  .transform((text, ctx) => {
    const number = normaliseStandardNumber(text);
    if (!number) {
      ctx.addIssue({ code: 'custom', message: 'standard.number.invalid' });
      return z.NEVER;
    }
    return number;
  });

const ZDate = z.iso.date({ message: 'date.invalid' });
const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

const ZFoodStandardFields = z.strictObject({
  number: ZStandardNumber,
  title: text(200),
  category: z.enum(STANDARD_CATEGORIES),
  status: z.enum(STANDARD_STATUSES),
  issuedOn: ZDate.nullable().default(null),
  implementedOn: ZDate.nullable().default(null),
  supersededBy: ZStandardNumber.nullable().default(null),
  summary: z.string().trim().max(2000).default(''),
});

function checkStandard(value: z.infer<typeof ZFoodStandardFields>, ctx: z.RefinementCtx) {
  if (value.issuedOn && value.implementedOn && value.implementedOn < value.issuedOn) {
    ctx.addIssue({ code: 'custom', path: ['implementedOn'], message: 'standard.implementedBeforeIssued' });
  }
  if (value.status === 'to_be_implemented' && !value.implementedOn) {
    ctx.addIssue({ code: 'custom', path: ['implementedOn'], message: 'standard.implementedOnRequired' });
  }
  if (value.status === 'superseded' && !value.supersededBy) {
    ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: 'standard.supersededByRequired' });
  }
  if (value.supersededBy && value.supersededBy === value.number) {
    ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: 'standard.supersededBySelf' });
  }
}

export const ZFoodStandardInput = ZFoodStandardFields.superRefine(checkStandard);
export type TFoodStandardInput = z.infer<typeof ZFoodStandardInput>;
export type TFoodStandardForm = z.input<typeof ZFoodStandardInput>;

export const ZFoodStandardPut = ZFoodStandardFields.extend({ version: z.number().int().min(1) }).superRefine(checkStandard);
export type TFoodStandardPut = z.infer<typeof ZFoodStandardPut>;

/** A search text of any length or content: control characters dropped, cut to 200 characters. */
export const ZSearchText = z
  .string()
  .default('')
  .transform((q) =>
    q
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces on purpose
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
      .slice(0, 200),
  );

const page = z.coerce.number().int().min(1).max(100000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

export const ZFoodStandardListQuery = z.strictObject({
  q: ZSearchText,
  status: z.enum(STANDARD_STATUSES).optional(),
  category: z.enum(STANDARD_CATEGORIES).optional(),
  page,
  pageSize,
});
export type TFoodStandardListQuery = z.infer<typeof ZFoodStandardListQuery>;

/** Text citing standards (test items' "standard" fields joined), in which every GB number is looked up. */
export const ZStandardLookupQuery = z.strictObject({ texts: z.string().max(4000).default('') });

export type TFoodStandard = {
  id: string;
  number: string;
  title: string;
  category: TStandardCategory;
  /** Today's status (see effectiveStandardStatus). */
  status: TStandardStatus;
  issuedOn: string | null;
  implementedOn: string | null;
  supersededBy: string | null;
  /** The replacement, when it is in the registry. */
  supersededById: string | null;
  summary: string;
  updatedAt: string;
  version: number;
};

/** A standard as other records show it next to a citation. */
export type TStandardRef = Pick<TFoodStandard, 'id' | 'number' | 'title' | 'status' | 'supersededBy'>;

/** One GB number found in a cited text, with the registry's entry when there is one. */
export type TStandardLookup = { number: string; standard: TStandardRef | null };
