// Guidance documents (规范指引) and the businesses' toolbox (工具箱: templates and guides to download).
import { z } from 'zod';
import { ZSearchText } from './food-standard.ts';

/** guidance: an operating norm; template: a form or rule text to fill in; guide: a how-to. */
export const GUIDANCE_KINDS = ['guidance', 'template', 'guide'] as const;
export type TGuidanceKind = (typeof GUIDANCE_KINDS)[number];
/** The toolbox is the templates and guides. */
export const TOOLBOX_KINDS: readonly TGuidanceKind[] = ['template', 'guide'];

export const GUIDANCE_TOPICS = ['bulk_food', 'near_expiry', 'food_fair', 'online_seller', 'purchase_inspection', 'self_inspection', 'staff_health', 'other'] as const;
export type TGuidanceTopic = (typeof GUIDANCE_TOPICS)[number];

export const GUIDANCE_AUDIENCES = ['business', 'public', 'staff'] as const;
export type TGuidanceAudience = (typeof GUIDANCE_AUDIENCES)[number];

export const ATTACHMENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
export type TAttachmentType = keyof typeof ATTACHMENT_TYPES;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

export const ZGuidanceInput = z.strictObject({
  kind: z.enum(GUIDANCE_KINDS),
  topic: z.enum(GUIDANCE_TOPICS),
  title: text(200),
  summary: z.string().trim().max(500).default(''),
  body: z.string().trim().max(20000).default(''),
  audiences: z
    .array(z.enum(GUIDANCE_AUDIENCES))
    .min(1, { message: 'required' })
    .refine((list) => new Set(list).size === list.length, { message: 'guidance.audiences.repeated' }),
  published: z.boolean().default(false),
});
export type TGuidanceInput = z.infer<typeof ZGuidanceInput>;
export type TGuidanceForm = z.input<typeof ZGuidanceInput>;

export const ZGuidancePut = ZGuidanceInput.extend({ version: z.number().int().min(1) });

export const ZGuidanceListQuery = z.strictObject({
  q: ZSearchText,
  kind: z.enum(GUIDANCE_KINDS).optional(),
  /** true: templates and guides only. */
  toolbox: z.enum(['true', 'false']).optional(),
  topic: z.enum(GUIDANCE_TOPICS).optional(),
  /** true: published only (a manager's own reading of the toolbox leaves drafts out). */
  published: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TGuidanceListQuery = z.infer<typeof ZGuidanceListQuery>;

export const ZAttachmentParams = z.strictObject({
  id: z.uuid({ message: 'id.invalid' }),
  fileId: z.uuid({ message: 'id.invalid' }),
});

export type TGuidanceAttachment = { fileId: string; name: string; type: TAttachmentType; size: number };

export type TGuidanceDocument = {
  id: string;
  kind: TGuidanceKind;
  topic: TGuidanceTopic;
  title: string;
  summary: string;
  body: string;
  audiences: TGuidanceAudience[];
  published: boolean;
  publishedAt: string | null;
  attachments: TGuidanceAttachment[];
  updatedAt: string;
  version: number;
};
