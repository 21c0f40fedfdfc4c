import { z } from 'zod';
import type { TChecklistItem } from './checklist.ts';

export const INSPECTION_KINDS = ['routine', 'unannounced', 'follow_up'] as const;
export type TInspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_STATUSES = ['open', 'closed'] as const;
export type TInspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const ITEM_OUTCOMES = ['conforming', 'nonconforming', 'not_applicable'] as const;
export type TItemOutcome = (typeof ITEM_OUTCOMES)[number];
export const INSPECTION_RESULTS = ['conforming', 'basically_conforming', 'nonconforming'] as const;
export type TInspectionResult = (typeof INSPECTION_RESULTS)[number];
export const MAX_RECTIFICATION_WORKING_DAYS = 60;

const ZId = z.uuid({ message: 'id.invalid' });
const ZDate = z.iso.date({ message: 'date.invalid' });

export const ZInspectionCreate = z.strictObject({
  operatorId: ZId,
  kind: z.enum(INSPECTION_KINDS),
  inspectedOn: ZDate,
  inspectorIds: z
    .array(ZId)
    .min(2, { message: 'inspectors.atLeastTwo' })
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'inspectors.distinct' }),
  planEntryId: ZId.nullable().default(null),
  followUpOf: ZId.nullable().default(null),
});
export type TInspectionCreate = z.infer<typeof ZInspectionCreate>;

export const ZItemResultInput = z.strictObject({
  itemId: ZId,
  outcome: z.enum(ITEM_OUTCOMES),
  note: z.string().trim().max(1000).default(''),
});

/** A partial save: only the fields sent change; results are upserted by item. */
export const ZInspectionPatch = z.strictObject({
  version: z.number().int().min(1),
  results: z.array(ZItemResultInput).max(300).optional(),
  summary: z.string().trim().max(4000).optional(),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  locationNote: z.string().trim().max(300).nullable().optional(),
  representativeName: z.string().trim().max(50).nullable().optional(),
});
export type TInspectionPatch = z.infer<typeof ZInspectionPatch>;

export const ZRectificationDemandInput = z.strictObject({
  itemId: ZId,
  demand: z.string().trim().min(1, { message: 'required' }).max(1000),
  workingDays: z.number().int().min(1).max(MAX_RECTIFICATION_WORKING_DAYS),
});

export const ZInspectionClose = z.strictObject({
  version: z.number().int().min(1),
  rectifications: z.array(ZRectificationDemandInput).max(300).default([]),
  publish: z.boolean().default(true),
});
export type TInspectionClose = z.infer<typeof ZInspectionClose>;

export const ZInspectionListQuery = z.strictObject({
  operatorId: ZId.optional(),
  status: z.enum(INSPECTION_STATUSES).optional(),
  kind: z.enum(INSPECTION_KINDS).optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
  inspectorId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TInspectionListQuery = z.infer<typeof ZInspectionListQuery>;

export const ZInspectionPhotoParams = z.strictObject({ id: ZId, photoId: ZId });
export const ZPhotoSizeQuery = z.strictObject({ size: z.enum(['thumb', 'full']).default('full') });

export type TInspectorRef = { id: string; displayName: string };
export type TInspectionSummary = {
  id: string;
  operatorId: string;
  operatorName: string;
  kind: TInspectionKind;
  status: TInspectionStatus;
  inspectedOn: string;
  inspectors: TInspectorRef[];
  result: TInspectionResult | null;
  keyNonconforming: number;
  generalNonconforming: number;
  published: boolean;
  version: number;
};
export type TInspectionItem = TChecklistItem & { outcome: TItemOutcome | null; note: string };
export type TInspectionPhoto = { id: string; itemId: string | null; createdAt: string };
export type TInspectionRectification = {
  id: string;
  itemId: string | null;
  demand: string;
  workingDays: number;
  dueOn: string;
  status: string;
};
export type TInspection = TInspectionSummary & {
  templateId: string;
  templateName: string;
  templateVersionNo: number;
  planEntryId: string | null;
  followUpOf: string | null;
  summary: string;
  latitude: number | null;
  longitude: number | null;
  locationNote: string | null;
  representativeName: string | null;
  hasSignature: boolean;
  closedAt: string | null;
  items: TInspectionItem[];
  photos: TInspectionPhoto[];
  rectifications: TInspectionRectification[];
};

type TAnswered = { id: string; key: boolean; outcome: TItemOutcome | null };

/**
 * Items that must be answered before closing: every item, except in an unannounced inspection,
 * which may look at the key items only (办法 art. 27 asks full coverage of all but 飞行检查).
 */
export function unansweredRequired<T extends TAnswered>(kind: TInspectionKind, items: T[]): T[] {
  return items.filter((i) => i.outcome === null && (kind !== 'unannounced' || i.key));
}

/** A nonconforming key item fails the inspection; general ones make it basically conforming. */
export function deriveInspectionResult(items: TAnswered[]): {
  result: TInspectionResult;
  keyNonconforming: number;
  generalNonconforming: number;
} {
  const failed = items.filter((i) => i.outcome === 'nonconforming');
  const keyNonconforming = failed.filter((i) => i.key).length;
  const generalNonconforming = failed.length - keyNonconforming;
  const result = keyNonconforming > 0 ? 'nonconforming' : generalNonconforming > 0 ? 'basically_conforming' : 'conforming';
  return { result, keyNonconforming, generalNonconforming };
}
