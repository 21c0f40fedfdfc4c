import { z } from 'zod';
import { usccProblem } from './uscc.ts';
import { LICENCE_KINDS, licenceNumberValid } from './licence.ts';
import { ZUnitCode } from './org.ts';

export const OPERATOR_TYPES = ['producer', 'seller', 'caterer', 'canteen', 'small_workshop', 'small_eatery', 'street_vendor', 'online_seller'] as const;
export type TOperatorType = (typeof OPERATOR_TYPES)[number];

export const OPERATOR_STATUSES = ['active', 'suspended', 'deactivated'] as const;
export type TOperatorStatus = (typeof OPERATOR_STATUSES)[number];

export const OPERATOR_CATEGORIES = [
  'prepackaged_food',
  'bulk_food',
  'special_food',
  'farm_produce',
  'hot_food',
  'cold_food',
  'raw_food',
  'pastry',
  'beverage',
  'grain_products',
  'edible_oil',
  'meat_products',
  'dairy_products',
  'condiments',
  'alcohol',
  'soy_products',
  'frozen_food',
  'food_additives',
] as const;
export type TOperatorCategory = (typeof OPERATOR_CATEGORIES)[number];

export const OPERATOR_TAGS = [
  'school_canteen',
  'kindergarten_canteen',
  'elderly_care_canteen',
  'hospital_canteen',
  'construction_site_canteen',
  'central_kitchen',
  'group_meal_delivery',
  'farmers_market',
  'supermarket',
  'cold_chain',
  'open_kitchen',
  // 连锁企业总部: a chain's headquarters, which must have a food safety director (staffing rule).
  'chain_headquarters',
] as const;
export type TOperatorTag = (typeof OPERATOR_TAGS)[number];

/**
 * The business's scale (规模), as the sector rules of 国家市场监督管理总局令第60号 (2022) grade producers, sellers and
 * caterers (large and medium ones must have a food safety director). For canteens (单位食堂) 'large' and 'medium'
 * mean 300 or more diners (供餐人数300人以上), the threshold of the catering rule; 'small'/'micro' fewer.
 * Null: not recorded.
 */
export const OPERATOR_SCALES = ['large', 'medium', 'small', 'micro'] as const;
export type TOperatorScale = (typeof OPERATOR_SCALES)[number];

export const PERSONNEL_ROLES = ['principal', 'director', 'officer'] as const;
export type TPersonnelRole = (typeof PERSONNEL_ROLES)[number];

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

export const ZUscc = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = usccProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `uscc.${problem}` });
  });

export const ZPhone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: 'phone.invalid' });

const ZDate = z.iso.date({ message: 'date.invalid' });

export const ZLicenceInput = z
  .strictObject({
    kind: z.enum(LICENCE_KINDS),
    number: z.string().trim().toUpperCase(),
    scope: text(500),
    issuedOn: ZDate,
    expiresOn: ZDate,
  })
  .superRefine((licence, ctx) => {
    if (!licenceNumberValid(licence.kind, licence.number)) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: `licence.number.${licence.kind}` });
    }
    if (licence.expiresOn <= licence.issuedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'licence.expiresBeforeIssued' });
    }
  });
export type TLicenceInput = z.infer<typeof ZLicenceInput>;

export const ZPersonnelInput = z.strictObject({
  role: z.enum(PERSONNEL_ROLES),
  name: text(50),
  phone: ZPhone,
});
export type TPersonnelInput = z.infer<typeof ZPersonnelInput>;

const operatorFields = {
  name: text(200),
  uscc: ZUscc,
  type: z.enum(OPERATOR_TYPES),
  categories: z.array(z.enum(OPERATOR_CATEGORIES)).max(OPERATOR_CATEGORIES.length).default([]),
  address: text(300),
  unitCode: ZUnitCode,
  longitude: z.number().min(73).max(136).nullable().default(null),
  latitude: z.number().min(3).max(54).nullable().default(null),
  tags: z.array(z.enum(OPERATOR_TAGS)).max(OPERATOR_TAGS.length).default([]),
  scale: z.enum(OPERATOR_SCALES).nullable().optional(),
};

export const ZOperatorCreate = z.strictObject({
  ...operatorFields,
  licences: z.array(ZLicenceInput).max(10).default([]),
  personnel: z.array(ZPersonnelInput).max(10).default([]),
});
export type TOperatorCreate = z.infer<typeof ZOperatorCreate>;

/** PATCH: any profile field, plus the version the client read (optimistic concurrency). */
export const ZOperatorPatch = z.strictObject({
  version: z.number().int().min(1),
  name: operatorFields.name.optional(),
  type: operatorFields.type.optional(),
  categories: z.array(z.enum(OPERATOR_CATEGORIES)).max(OPERATOR_CATEGORIES.length).optional(),
  address: operatorFields.address.optional(),
  unitCode: ZUnitCode.optional(),
  longitude: z.number().min(73).max(136).nullable().optional(),
  latitude: z.number().min(3).max(54).nullable().optional(),
  tags: z.array(z.enum(OPERATOR_TAGS)).max(OPERATOR_TAGS.length).optional(),
  scale: z.enum(OPERATOR_SCALES).nullable().optional(),
  status: z.enum(OPERATOR_STATUSES).optional(),
  licences: z.array(ZLicenceInput).max(10).optional(),
  personnel: z.array(ZPersonnelInput).max(10).optional(),
});
export type TOperatorPatch = z.infer<typeof ZOperatorPatch>;

export const OPERATOR_SORTS = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;

export const ZOperatorListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  type: z.enum(OPERATOR_TYPES).optional(),
  unitCode: ZUnitCode.optional(),
  stationId: z.uuid({ message: 'id.invalid' }).optional(),
  status: z.enum(OPERATOR_STATUSES).optional(),
  licence: z.enum(['expiring', 'expired']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(OPERATOR_SORTS).default('name'),
});
export type TOperatorListQuery = z.infer<typeof ZOperatorListQuery>;
export const ZOperatorExportQuery = ZOperatorListQuery.omit({ page: true, pageSize: true });
export type TOperatorExportQuery = z.infer<typeof ZOperatorExportQuery>;

export const LICENCE_STATES = ['valid', 'expiring', 'expired'] as const;
export type TLicenceState = (typeof LICENCE_STATES)[number];

export type TLicence = TLicenceInput & { id: string; state: TLicenceState };
export type TPersonnel = { id: string; role: TPersonnelRole; name: string; phone: string; phoneMasked: boolean };
export type TOperatorSummary = {
  id: string;
  name: string;
  uscc: string;
  type: TOperatorType;
  address: string;
  unitCode: string;
  unitName: string;
  stationId: string | null;
  stationName: string | null;
  status: TOperatorStatus;
  tags: TOperatorTag[];
  updatedAt: string;
};
export type TOperator = TOperatorSummary & {
  categories: TOperatorCategory[];
  scale: TOperatorScale | null;
  longitude: number | null;
  latitude: number | null;
  version: number;
  createdAt: string;
  licences: TLicence[];
  personnel: TPersonnel[];
};
