import { z } from 'zod';
import { OPERATOR_TYPES } from './operator.ts';
import { ZUnitCode } from './org.ts';
import { RISK_GRADES, type TRiskGrade } from './risk.ts';

const ZId = z.uuid({ message: 'id.invalid' });

export const ZDrawFilter = z.strictObject({
  type: z.enum(OPERATOR_TYPES).optional(),
  unitCode: ZUnitCode.optional(),
  stationId: ZId.optional(),
  riskGrade: z.enum(RISK_GRADES).optional(),
});
export type TDrawFilter = z.infer<typeof ZDrawFilter>;

export const ZDrawCreate = z.strictObject({
  name: z.string().trim().min(1, { message: 'required' }).max(200),
  filter: ZDrawFilter.default({}),
  operatorCount: z.number().int().min(1).max(1000),
  inspectorsPerOperator: z.number().int().min(2).max(5).default(2),
  inspectorIds: z.array(ZId).min(2).max(500).optional(),
  seed: z.string().trim().min(1).max(100).optional(),
});
export type TDrawCreate = z.infer<typeof ZDrawCreate>;

export const ZDrawListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type TDrawResultRow = { operatorId: string; inspectorIds: string[] };

export type TDrawSummary = {
  id: string;
  name: string;
  seed: string;
  operatorCount: number;
  drawnCount: number;
  operatorPoolSize: number;
  inspectorPoolSize: number;
  published: boolean;
  publishedAt: string | null;
  planned: boolean;
  createdAt: string;
};

export type TDrawDetail = TDrawSummary & {
  filter: TDrawFilter;
  inspectorsPerOperator: number;
  version: number;
  result: {
    operatorId: string;
    operatorName: string;
    unitName: string;
    riskGrade: TRiskGrade | null;
    inspectors: { id: string; displayName: string }[];
  }[];
};

export type TDrawVerify = { identical: boolean; result: TDrawResultRow[] };
export type TDrawPlanResult = { created: number; skipped: number };

export type TPublicDraw = {
  id: string;
  name: string;
  publishedAt: string;
  seed: string;
  operatorPoolSize: number;
  inspectorPoolSize: number;
  result: { operatorName: string; unitName: string; inspectorCount: number }[];
};
