import { z } from 'zod';

export const RECTIFICATION_STATUSES = ['open', 'answered', 'accepted', 'rejected'] as const;
export type TRectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const REVIEW_DECISIONS = ['accept', 'reject'] as const;

const ZId = z.uuid({ message: 'id.invalid' });

export const ZRectificationListQuery = z.strictObject({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  operatorId: ZId.optional(),
  stationId: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TRectificationListQuery = z.infer<typeof ZRectificationListQuery>;

export const ZRectificationAnswer = z.strictObject({
  version: z.number().int().min(1),
  answer: z.string().trim().min(1, { message: 'required' }).max(2000),
  photoIds: z.array(ZId).max(9).default([]),
});
export type TRectificationAnswer = z.infer<typeof ZRectificationAnswer>;

export const ZRectificationReview = z
  .strictObject({
    version: z.number().int().min(1),
    decision: z.enum(REVIEW_DECISIONS),
    note: z.string().trim().max(1000).default(''),
  })
  .refine((r) => r.decision === 'accept' || r.note.length > 0, { path: ['note'], message: 'rectification.rejectNeedsNote' });
export type TRectificationReview = z.infer<typeof ZRectificationReview>;

export const ZRectificationPhotoParams = z.strictObject({ id: ZId, photoId: ZId });

export type TRectification = {
  id: string;
  operatorId: string;
  operatorName: string;
  stationName: string | null;
  inspectionId: string;
  inspectedOn: string;
  itemId: string | null;
  itemContent: string | null;
  itemKey: boolean;
  demand: string;
  workingDays: number;
  dueOn: string;
  status: TRectificationStatus;
  overdue: boolean;
  /** Answered after the deadline. */
  late: boolean;
  answer: string | null;
  answerPhotoIds: string[];
  answeredAt: string | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  escalatedAt: string | null;
  version: number;
};
