import { z } from 'zod';

export const NOMINATION_STATUSES = ['open', 'selected', 'tested', 'rejected'] as const;
export type TNominationStatus = (typeof NOMINATION_STATUSES)[number];

const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);

export const ZNominationCreate = z.strictObject({
  food: text(50),
  place: text(100),
  reason: z.string().trim().max(500).default(''),
});
export type TNominationCreate = z.infer<typeof ZNominationCreate>;

export const ZNominationListQuery = z.strictObject({
  status: z.enum(NOMINATION_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TNominationListQuery = z.infer<typeof ZNominationListQuery>;

export const ZNominationSelect = z.strictObject({ version: z.number().int().min(1), planName: text(100) });
export const ZNominationResult = z.strictObject({ version: z.number().int().min(1), resultSummary: text(1000) });
export const ZNominationReject = z.strictObject({ version: z.number().int().min(1) });

export type TNomination = {
  id: string;
  food: string;
  place: string;
  reason: string | null;
  status: TNominationStatus;
  votes: number;
  planId: string | null;
  resultSummary: string | null;
  createdAt: string;
  version: number;
};

/** The voter token the browser keeps (cookie shian_voter): 32 hex digits, random. */
export const VOTER_TOKEN_PATTERN = /^[0-9a-f]{32}$/;
