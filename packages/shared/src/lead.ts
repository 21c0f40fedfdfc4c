import { z } from 'zod';

export const LEAD_SOURCES = ['sampling', 'complaint', 'inspection', 'higher_authority'] as const;
export type TLeadSource = (typeof LEAD_SOURCES)[number];

export const ZLeadListQuery = z.strictObject({
  source: z.enum(LEAD_SOURCES).optional(),
  operatorId: z.uuid({ message: 'id.invalid' }).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TLeadListQuery = z.infer<typeof ZLeadListQuery>;

export type TLead = {
  id: string;
  source: TLeadSource;
  sourceId: string | null;
  /** The web path of the record the lead came from, when there is one. */
  link: string | null;
  operatorId: string | null;
  operatorName: string | null;
  summary: string;
  discoveredOn: string;
  status: string;
};
