import { z } from 'zod';
import type { TOperatorType } from './operator.ts';

export const CHECKLIST_SCOPES = ['production', 'sales', 'catering', 'canteen', 'small_workshop'] as const;
export type TChecklistScope = (typeof CHECKLIST_SCOPES)[number];

export const CHECKLIST_STATUSES = ['draft', 'published', 'retired'] as const;
export type TChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

/** Which checklist an operator is inspected against. */
export const CHECKLIST_SCOPE_OF_TYPE: Record<TOperatorType, TChecklistScope> = {
  producer: 'production',
  seller: 'sales',
  online_seller: 'sales',
  street_vendor: 'sales',
  caterer: 'catering',
  small_eatery: 'catering',
  canteen: 'canteen',
  small_workshop: 'small_workshop',
};

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null));

export const ZChecklistItemInput = z.strictObject({
  section: text(50),
  content: text(500),
  key: z.boolean().default(false),
  basisLaw: optionalText(100),
  basisArticle: optionalText(50),
});
export type TChecklistItemInput = z.infer<typeof ZChecklistItemInput>;

/** The whole item list of a draft, replaced at once; `version` is the draft's. */
export const ZChecklistItemsPut = z.strictObject({
  version: z.number().int().min(1),
  name: text(100).optional(),
  items: z.array(ZChecklistItemInput).min(1).max(200),
});
export type TChecklistItemsPut = z.infer<typeof ZChecklistItemsPut>;

export const ZChecklistVersionBody = z.strictObject({ version: z.number().int().min(1) });

export const ZChecklistListQuery = z.strictObject({
  scope: z.enum(CHECKLIST_SCOPES).optional(),
  status: z.enum(CHECKLIST_STATUSES).optional(),
});
export type TChecklistListQuery = z.infer<typeof ZChecklistListQuery>;

export type TChecklistItem = {
  id: string;
  position: number;
  section: string;
  content: string;
  key: boolean;
  basisLaw: string | null;
  basisArticle: string | null;
  /** The law library's article the basis names, once resolved (links to /laws/articles/:id). */
  basisArticleId: string | null;
};
export type TChecklistSummary = {
  id: string;
  scope: TChecklistScope;
  name: string;
  versionNo: number;
  status: TChecklistStatus;
  publishedAt: string | null;
  itemCount: number;
  keyItemCount: number;
  version: number;
  updatedAt: string;
};
export type TChecklist = TChecklistSummary & { items: TChecklistItem[] };
