import { z } from 'zod';

export const ZAuditListQuery = z.strictObject({
  entity: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(64).optional(),
  userId: z.uuid({ message: 'id.invalid' }).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;

export type TAuditEntry = {
  seq: number;
  at: string;
  userId: string | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  hash: string;
};

/** Where the chain stands against its signed checkpoints (DATA_DIR/audit-checkpoints.jsonl). */
export type TAuditAnchorCheck =
  | { state: 'none' }
  | { state: 'reached'; seq: number; at: string }
  | { state: 'forged'; line: number }
  | { state: 'truncated'; seq: number; at: string; chainEnds: number }
  | { state: 'rewritten'; seq: number; at: string };

/** `GET /api/audit/verify`: the chain walked whole, and whether it still reaches its newest checkpoint. */
export type TAuditVerify = { ok: boolean; checked: number; brokenAtSeq: number | null; anchor: TAuditAnchorCheck };
