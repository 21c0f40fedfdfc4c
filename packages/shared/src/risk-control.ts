// The risk control list (风险管控清单) of a business: the department keeps a template per kind of business
// (production, sales, catering, canteen, small workshop), versioned; each business adopts its kind's current
// template, marks the points that do not apply to it, adds points of its own and names its food safety officer
// and director. The daily self-check is built from the adopted list's applicable points.
import { z } from 'zod';
import type { TOperatorType } from './operator.ts';
import { ZUnitCode } from './org.ts';

export const RISK_CONTROL_KINDS = ['production', 'sales', 'catering', 'canteen', 'small_workshop'] as const;
export type TRiskControlKind = (typeof RISK_CONTROL_KINDS)[number];

const KIND_OF_TYPE: Record<TOperatorType, TRiskControlKind> = {
  producer: 'production',
  seller: 'sales',
  online_seller: 'sales',
  caterer: 'catering',
  small_eatery: 'catering',
  street_vendor: 'catering',
  canteen: 'canteen',
  small_workshop: 'small_workshop',
};

/** The template kind a business of this type adopts. */
export function riskControlKindOf(type: TOperatorType): TRiskControlKind {
  return KIND_OF_TYPE[type];
}

/** One point of a list: a stable key (a template's, or 'own-1'… for a business's own), its category and its text. */
export const ZControlPoint = z.strictObject({ key: z.string(), category: z.string(), text: z.string() });
export type TControlPoint = z.infer<typeof ZControlPoint>;

/** The prefix of the keys of a business's own points: 'own-1', 'own-2'… */
export const OWN_POINT_PREFIX = 'own-';
export const RISK_CONTROL_MAX_POINTS = 80;
export const RISK_CONTROL_MAX_OWN_POINTS = 30;

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

/** A template point as the department edits it: keys are letters, digits and '-', never the own-points' prefix. */
export const ZControlPointInput = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, { message: 'riskControl.keyInvalid' })
    .refine((k) => !k.startsWith(OWN_POINT_PREFIX), { message: 'riskControl.keyInvalid' }),
  category: text(30),
  text: text(500),
});

export const ZRiskControlKindParams = z.strictObject({ kind: z.enum(RISK_CONTROL_KINDS) });

export const ZRiskControlTemplateSave = z
  .strictObject({
    /** The version of the current template (a stale one answers 409). */
    version: z.number().int().min(1),
    points: z.array(ZControlPointInput).min(1).max(RISK_CONTROL_MAX_POINTS),
  })
  .refine((v) => new Set(v.points.map((p) => p.key)).size === v.points.length, { path: ['points'], message: 'riskControl.duplicateKey' });
export type TRiskControlTemplateSave = z.infer<typeof ZRiskControlTemplateSave>;

/** A business's own point as it writes it: the key is given by its place ('own-1'…). */
export const ZOwnPointInput = z.strictObject({ category: text(30), text: text(500) });

export const ZRiskControlAdopt = z.strictObject({
  /** The list's version; 0 adopts for the first time. */
  version: z.number().int().min(0),
  /** Keys of the template's points that do not apply to this business. */
  notApplicable: z.array(z.string().trim().min(1).max(40)).max(RISK_CONTROL_MAX_POINTS),
  ownPoints: z.array(ZOwnPointInput).max(RISK_CONTROL_MAX_OWN_POINTS),
  officerPersonnelId: z.uuid({ message: 'id.invalid' }).nullable(),
  directorPersonnelId: z.uuid({ message: 'id.invalid' }).nullable(),
});
export type TRiskControlAdopt = z.infer<typeof ZRiskControlAdopt>;

export const ZRiskControlListQuery = z.strictObject({
  unitCode: ZUnitCode.optional(),
  adopted: z.enum(['true', 'false']).optional(),
  kind: z.enum(RISK_CONTROL_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
  ...page,
});
export type TRiskControlListQuery = z.infer<typeof ZRiskControlListQuery>;

export type TRiskControlTemplate = {
  kind: TRiskControlKind;
  version: number;
  points: TControlPoint[];
  updatedAt: string;
  updatedByName: string | null;
};

/** A person of the business's key personnel the list may name. */
export type TRiskControlPerson = { id: string; name: string; role: 'principal' | 'director' | 'officer' };

/**
 * A business's list, or the preview of its kind's current template when it has adopted none (listId null).
 * `templatePoints` are those of the version adopted (or the current one for a preview).
 */
export type TRiskControlList = {
  listId: string | null;
  operatorId: string;
  operatorName: string;
  kind: TRiskControlKind;
  templateVersion: number;
  currentTemplateVersion: number;
  /** The department has saved a newer template since the list was adopted: re-adopting takes it. */
  templateUpdated: boolean;
  templatePoints: TControlPoint[];
  /** The points of the kind's current template: what adopting (again) takes. */
  currentTemplatePoints: TControlPoint[];
  notApplicable: string[];
  ownPoints: TControlPoint[];
  officer: TRiskControlPerson | null;
  director: TRiskControlPerson | null;
  personnel: TRiskControlPerson[];
  adoptedAt: string | null;
  /** 0 when not adopted yet. */
  version: number;
};

/** A row of the staff's adoption status list. */
export type TRiskControlStatus = {
  operatorId: string;
  operatorName: string;
  uscc: string;
  unitCode: string;
  unitName: string;
  kind: TRiskControlKind;
  adopted: boolean;
  templateVersion: number | null;
  currentTemplateVersion: number;
  templateUpdated: boolean;
  applicablePoints: number | null;
  ownPoints: number | null;
  officerName: string | null;
  directorName: string | null;
  adoptedAt: string | null;
};
