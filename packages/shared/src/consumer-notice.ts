import { z } from 'zod';

export const NOTICE_KINDS = ['advisory', 'warning'] as const;
export type TNoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_SOURCES = ['sampling', 'complaint', 'other'] as const;
export const NOTICE_STATUSES = ['draft', 'approved', 'published'] as const;
export type TNoticeStatus = (typeof NOTICE_STATUSES)[number];

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

export const ZNoticeCreate = z.strictObject({
  kind: z.enum(NOTICE_KINDS),
  title: text(100),
  body: text(5000),
  source: z.enum(NOTICE_SOURCES).default('sampling'),
  sampleIds: z
    .array(z.uuid({ message: 'id.invalid' }))
    .max(50)
    .default([]),
});
export type TNoticeCreate = z.infer<typeof ZNoticeCreate>;

export const ZNoticeVersion = z.strictObject({ version: z.number().int().min(1) });

export const ZNoticeListQuery = z.strictObject({
  status: z.enum(NOTICE_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TNoticeListQuery = z.infer<typeof ZNoticeListQuery>;

export type TConsumerNotice = {
  id: string;
  kind: TNoticeKind;
  title: string;
  body: string;
  source: string;
  sampleIds: string[];
  status: TNoticeStatus;
  createdBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  version: number;
};
