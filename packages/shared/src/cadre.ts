// Assigned cadres (包保干部) and their assignments (包保关系): the registry, the bureau's mapping rule from a
// subject's risk grade and kind to the level of cadre that guarantees it, and the assignment views.
import { z } from 'zod';
import { OPERATOR_TAGS, OPERATOR_TYPES, ZPhone } from './operator.ts';
import { ZUnitCode } from './org.ts';
import { RISK_GRADES, type TRiskGrade } from './risk.ts';

/** Highest first: a subject needing a higher level is guaranteed by a cadre of that level. */
export const CADRE_LEVELS = ['city', 'district', 'township', 'village'] as const;
export type TCadreLevel = (typeof CADRE_LEVELS)[number];
/** The levels the mapping rule assigns to (a city level may exist above them, outside the district's rule). */
export const ASSIGNED_LEVELS = ['district', 'township', 'village'] as const;

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

const fields = {
  name: text(50),
  level: z.enum(CADRE_LEVELS),
  post: text(100),
  workUnit: text(100),
  unitCode: ZUnitCode,
  phone: ZPhone,
};

export const ZCadreCreate = z.strictObject({ ...fields, phone: fields.phone.nullable().default(null) });
export type TCadreCreate = z.infer<typeof ZCadreCreate>;

export const ZCadrePatch = z.strictObject({
  version: z.number().int().min(1),
  name: fields.name.optional(),
  level: fields.level.optional(),
  post: fields.post.optional(),
  workUnit: fields.workUnit.optional(),
  unitCode: fields.unitCode.optional(),
  phone: fields.phone.nullable().optional(),
  active: z.boolean().optional(),
});
export type TCadrePatch = z.infer<typeof ZCadrePatch>;

export const ZCadreListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  level: z.enum(CADRE_LEVELS).optional(),
  unitCode: ZUnitCode.optional(),
  active: z.enum(['true', 'false']).optional(),
  ...page,
});
export type TCadreListQuery = z.infer<typeof ZCadreListQuery>;

/** A sign-in account for a cadre (role cadre); the temporary password is answered once. */
export const ZCadreAccountCreate = z.strictObject({
  version: z.number().int().min(1),
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_.-]{3,64}$/, { message: 'username.invalid' }),
});
export type TCadreAccountCreate = z.infer<typeof ZCadreAccountCreate>;

export type TCadre = {
  id: string;
  name: string;
  level: TCadreLevel;
  post: string;
  workUnit: string;
  unitCode: string;
  unitName: string;
  /** In full for roles that may read contacts (personnel.contact.read), masked (138****1234) for the others. */
  phone: string | null;
  active: boolean;
  /** The linked sign-in account (app_user.cadre_id), if any. */
  username: string | null;
  /** How many subjects the cadre guarantees now. */
  subjects: number;
  version: number;
};

export type TCadreSubject = {
  operatorId: string;
  operatorName: string;
  unitName: string;
  riskGrade: TRiskGrade | null;
  since: string;
};

export type TCadreHistoryEntry = {
  id: string;
  operatorId: string;
  operatorName: string;
  cadreId: string;
  cadreName: string;
  startedAt: string;
  endedAt: string | null;
  startedByName: string | null;
  endedByName: string | null;
  endReason: string | null;
};

export type TCadreDetail = TCadre & { currentSubjects: TCadreSubject[]; history: TCadreHistoryEntry[] };

export type TCadreAccount = { username: string; temporaryPassword: string };

/** The subjects a level guarantees: any listed grade, type or tag matches (a level higher up wins). */
export const ZLevelRule = z.strictObject({
  grades: z.array(z.enum(RISK_GRADES)).max(RISK_GRADES.length),
  types: z.array(z.enum(OPERATOR_TYPES)).max(OPERATOR_TYPES.length),
  tags: z.array(z.enum(OPERATOR_TAGS)).max(OPERATOR_TAGS.length),
});
export type TLevelRule = z.infer<typeof ZLevelRule>;

export const ZCadreSettings = z.strictObject({
  /** 0 the first time the bureau sets its own. */
  version: z.number().int().min(0),
  district: ZLevelRule,
  township: ZLevelRule,
  loadLimit: z.number().int().min(1).max(1000),
  adjustWorkingDays: z.number().int().min(1).max(60),
});
export type TCadreSettingsUpdate = z.infer<typeof ZCadreSettings>;
export type TCadreRule = Omit<TCadreSettingsUpdate, 'version'>;

/**
 * The default: grade D and every school or kindergarten canteen → district; grade C and large catering
 * or production (producers, central kitchens, group meal delivery) → township; the rest (A and B) → village.
 */
export const DEFAULT_CADRE_RULE: TCadreRule = {
  district: { grades: ['D'], types: [], tags: ['school_canteen', 'kindergarten_canteen'] },
  township: { grades: ['C'], types: ['producer'], tags: ['central_kitchen', 'group_meal_delivery'] },
  loadLimit: 30,
  adjustWorkingDays: 7,
};

export type TCadreSettings = TCadreRule & { version: number; isDefault: boolean; updatedAt: string | null };

/** The level a subject needs under a rule (the same rule runs as SQL on the server for whole lists). */
export function requiredLevel(rule: Pick<TCadreRule, 'district' | 'township'>, subject: { riskGrade: TRiskGrade | null; type: string; tags: readonly string[] }) {
  const matches = (r: TLevelRule) =>
    (subject.riskGrade !== null && r.grades.includes(subject.riskGrade)) || (r.types as string[]).includes(subject.type) || r.tags.some((t) => subject.tags.includes(t));
  if (matches(rule.district)) return 'district' as const;
  if (matches(rule.township)) return 'township' as const;
  return 'village' as const;
}

/** One line of a suggestion: the subject, the level it needs, the cadre proposed (null: none free at that level). */
export type TAssignmentSuggestion = {
  operatorId: string;
  operatorName: string;
  unitCode: string;
  unitName: string;
  riskGrade: TRiskGrade | null;
  level: TCadreLevel;
  /** Its current cadre when it is covered at the wrong level. */
  currentCadreId: string | null;
  currentCadreName: string | null;
  cadreId: string | null;
  cadreName: string | null;
  /** The proposed cadre's load once the suggestion is applied. */
  cadreLoad: number | null;
};

export const ZSuggestQuery = z.strictObject({ unitCode: ZUnitCode.optional() });

export const ZAssignmentConfirm = z.strictObject({
  assignments: z
    .array(z.strictObject({ operatorId: z.uuid({ message: 'id.invalid' }), cadreId: z.uuid({ message: 'id.invalid' }) }))
    .min(1, { message: 'required' })
    .max(20000),
});
export type TAssignmentConfirm = z.infer<typeof ZAssignmentConfirm>;

/**
 * By hand: assign or reassign the subject to a cadre, or end its assignment (cadreId null). expectedCadreId is the
 * cadre the user saw (null: none); when another user changed it meanwhile the server answers 409 (stale edit).
 */
export const ZAssignmentSet = z.strictObject({
  cadreId: z.uuid({ message: 'id.invalid' }).nullable(),
  expectedCadreId: z.uuid({ message: 'id.invalid' }).nullable().optional(),
  reason: z.string().trim().max(200).optional(),
});
export type TAssignmentSet = z.infer<typeof ZAssignmentSet>;
export const ZAssignmentCreate = ZAssignmentSet.extend({ operatorId: z.uuid({ message: 'id.invalid' }) });
export type TAssignmentCreate = z.infer<typeof ZAssignmentCreate>;

export type TAssignmentResult = { assigned: number; reassigned: number; ended: number; skipped: { operatorId: string; reason: string }[] };

export type TOperatorCadre = { operatorId: string; requiredLevel: TCadreLevel; cadre: TCadre | null; since: string | null };

export const ADJUSTMENT_REASONS = ['new', 'regraded', 'closed', 'cadre_inactive'] as const;
export type TAdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/** A subject whose assignment must be adjusted, with its working-day clock. */
export type TAdjustmentDue = {
  operatorId: string;
  operatorName: string;
  unitName: string;
  riskGrade: TRiskGrade | null;
  reason: TAdjustmentReason;
  requiredLevel: TCadreLevel;
  cadreId: string | null;
  cadreName: string | null;
  since: string;
  dueOn: string;
  overdue: boolean;
  workingDaysLeft: number;
};

export type TOverloadedCadre = { cadreId: string; name: string; level: TCadreLevel; unitName: string; subjects: number; limit: number };

export const ZAssignmentViewQuery = z.strictObject({ unitCode: ZUnitCode.optional(), ...page });
export type TAssignmentViewQuery = z.infer<typeof ZAssignmentViewQuery>;

export const ZAssignmentHistoryQuery = z.strictObject({
  operatorId: z.uuid({ message: 'id.invalid' }).optional(),
  cadreId: z.uuid({ message: 'id.invalid' }).optional(),
  ...page,
});
export type TAssignmentHistoryQuery = z.infer<typeof ZAssignmentHistoryQuery>;
