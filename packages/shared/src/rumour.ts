// Food-safety rumours (食品安全谣言): the claim, the rebuttal and its evidence, reviewed by an expert
// before the rebuttal is published for anyone to search.
import { z } from 'zod';
import { ZSearchText, type TStandardRef } from './food-standard.ts';
import type { TLawArticleRef } from './law.ts';

export const RUMOUR_STATUSES = ['draft', 'reviewed', 'published'] as const;
export type TRumourStatus = (typeof RUMOUR_STATUSES)[number];

export const RUMOUR_TOPICS = ['additive', 'farm_produce', 'fake_food', 'storage_cooking', 'nutrition_health', 'other'] as const;
export type TRumourTopic = (typeof RUMOUR_TOPICS)[number];

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const ids = z
  .array(z.uuid({ message: 'id.invalid' }))
  .max(20)
  .default([]);

export const ZRumourInput = z.strictObject({
  title: text(100),
  claim: text(2000),
  rebuttal: text(5000),
  evidence: z.string().trim().max(5000).default(''),
  topic: z.enum(RUMOUR_TOPICS),
  standardIds: ids,
  articleIds: ids,
});
export type TRumourInput = z.infer<typeof ZRumourInput>;
export type TRumourForm = z.input<typeof ZRumourInput>;

export const ZRumourPut = ZRumourInput.extend({ version: z.number().int().min(1) });
export const ZRumourVersion = z.strictObject({ version: z.number().int().min(1) });

const page = z.coerce.number().int().min(1).max(100000).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

export const ZRumourListQuery = z.strictObject({ q: ZSearchText, status: z.enum(RUMOUR_STATUSES).optional(), topic: z.enum(RUMOUR_TOPICS).optional(), page, pageSize });
export type TRumourListQuery = z.infer<typeof ZRumourListQuery>;

export const ZRumourScreen = z.strictObject({ text: text(5000) });

export type TRumour = {
  id: string;
  title: string;
  claim: string;
  rebuttal: string;
  evidence: string;
  topic: TRumourTopic;
  status: TRumourStatus;
  standards: TStandardRef[];
  /** Law articles the rebuttal cites, as the law library names them. */
  articles: TLawArticleRef[];
  createdBy: string | null;
  reviewedBy: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  version: number;
};

/** A published rebuttal as the public sees it (no reviewer, no workflow). */
export type TPublicRumour = Omit<TRumour, 'status' | 'createdBy' | 'reviewedBy' | 'reviewedByName' | 'reviewedAt' | 'version'>;

/** A search hit: the snippet around the first matched word; `terms` are the words to highlight. */
export type TRumourHit = { id: string; title: string; claim: string; snippet: string; terms: string[]; topic: TRumourTopic; publishedAt: string | null; score: number };

export type TRumourMatch = { rumourId: string; title: string; similarity: number; sharedTerms: string[] };
export type TRumourScreenResult = { terms: string[]; matches: TRumourMatch[] };
