// Supervision visits (督导) of assigned cadres (包保干部): the supervision checklist (督查清单), the visit on site or
// remote, the problems handed to the station (交办) and closed there (销号), and the flags of a box-ticking visit.
import { z } from 'zod';

export const CADRE_VISIT_MODES = ['on_site', 'remote'] as const;
export type TCadreVisitMode = (typeof CADRE_VISIT_MODES)[number];

/** A remote visit waits for the business's records and photos; an on-site one is complete when recorded. */
export const CADRE_VISIT_STATUSES = ['awaiting_business', 'completed'] as const;
export type TCadreVisitStatus = (typeof CADRE_VISIT_STATUSES)[number];

export const POINT_OUTCOMES = ['conforming', 'nonconforming', 'not_applicable'] as const;
export type TPointOutcome = (typeof POINT_OUTCOMES)[number];

/** Open at the station, closed there with evidence (销号), or escalated to the food-safety office. */
export const CADRE_PROBLEM_STATUSES = ['open', 'escalated', 'closed'] as const;
export type TCadreProblemStatus = (typeof CADRE_PROBLEM_STATUSES)[number];

/** The supervision checklist (督查清单): the points a cadre checks on every visit. */
export const SUPERVISION_POINTS = [
  { key: 'licence', zh: '许可证（备案凭证）在有效期内并在显著位置公示', en: 'Licence (or registration) valid and displayed' },
  { key: 'safety_staff', zh: '食品安全总监、食品安全员在岗履职', en: 'Food safety director and officer in post' },
  { key: 'risk_list', zh: '食品安全风险管控清单已制定并张贴', en: 'Risk control list (风险管控清单) drawn up and posted' },
  { key: 'self_management', zh: '日管控、周排查、月调度记录齐全', en: 'Daily, weekly and monthly self-management records complete' },
  { key: 'health_certificates', zh: '从业人员持有效健康证明', en: 'Staff hold valid health certificates' },
  { key: 'purchase_checks', zh: '进货查验和索证索票记录完整', en: 'Purchase inspection records and supplier certificates complete' },
  { key: 'hygiene', zh: '场所环境卫生整洁，防蝇防鼠设施完好', en: 'Premises clean, pest-control fittings intact' },
  { key: 'storage', zh: '食品及原料贮存规范，无过期变质食品', en: 'Food stored properly, nothing expired or spoiled' },
  { key: 'earlier_problems', zh: '以往发现的问题已整改销号', en: 'Problems found earlier closed' },
] as const;
export type TSupervisionPointKey = (typeof SUPERVISION_POINTS)[number]['key'];
export const SUPERVISION_POINT_KEYS = SUPERVISION_POINTS.map((p) => p.key) as [TSupervisionPointKey, ...TSupervisionPointKey[]];

/** The rules that flag a visit as possible box-ticking (审核提示), each explained in words on the visit. */
export const VISIT_FLAG_RULES = ['short_on_site', 'far_from_subject', 'no_location', 'identical_answers', 'many_in_hour', 'photo_reused'] as const;
export type TVisitFlagRule = (typeof VISIT_FLAG_RULES)[number];
export type TVisitFlag = { rule: TVisitFlagRule; zh: string; en: string };

/** Default deadline of a problem handed to the station, in working days. */
export const DEFAULT_PROBLEM_WORKING_DAYS = 10;

const ZId = z.uuid({ message: 'id.invalid' });
const text = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max);
const page = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const ZPointAnswer = z.strictObject({
  pointKey: z.enum(SUPERVISION_POINT_KEYS),
  outcome: z.enum(POINT_OUTCOMES),
  note: z.string().trim().max(500).default(''),
});
export type TPointAnswer = z.infer<typeof ZPointAnswer>;

export const ZProblemInput = z.strictObject({
  pointKey: z.enum(SUPERVISION_POINT_KEYS),
  description: text(1000),
  workingDays: z.number().int().min(1).max(60).default(DEFAULT_PROBLEM_WORKING_DAYS),
});

export const ZCadreVisitCreate = z
  .strictObject({
    operatorId: ZId,
    mode: z.enum(CADRE_VISIT_MODES),
    startedAt: z.iso.datetime({ offset: true, message: 'datetime.invalid' }),
    endedAt: z.iso.datetime({ offset: true, message: 'datetime.invalid' }),
    location: z
      .strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), accuracy: z.number().min(0).max(100000) })
      .nullable()
      .default(null),
    answers: z.array(ZPointAnswer).max(SUPERVISION_POINTS.length).default([]),
    photoIds: z.array(ZId).max(9).default([]),
    problems: z.array(ZProblemInput).max(20).default([]),
    /** Remote: what the business is asked to send (records, photos). */
    request: z.string().trim().max(1000).default(''),
  })
  .refine((v) => Date.parse(v.endedAt) >= Date.parse(v.startedAt), { path: ['endedAt'], message: 'visit.endBeforeStart' })
  .refine((v) => new Set(v.answers.map((a) => a.pointKey)).size === v.answers.length, { path: ['answers'], message: 'visit.pointRepeated' })
  .refine((v) => v.mode === 'remote' || v.answers.length === SUPERVISION_POINTS.length, { path: ['answers'], message: 'visit.allPointsOnSite' })
  .refine((v) => v.mode === 'on_site' || v.request.length > 0, { path: ['request'], message: 'visit.remoteNeedsRequest' });
export type TCadreVisitCreate = z.infer<typeof ZCadreVisitCreate>;

export const ZCadreVisitListQuery = z.strictObject({
  cadreId: ZId.optional(),
  operatorId: ZId.optional(),
  status: z.enum(CADRE_VISIT_STATUSES).optional(),
  flagged: z.enum(['true', 'false']).optional(),
  ...page,
});
export type TCadreVisitListQuery = z.infer<typeof ZCadreVisitListQuery>;

/** The business completes a remote visit with what it was asked for. */
export const ZCadreVisitRespond = z.strictObject({
  version: z.number().int().min(1),
  note: text(2000),
  photoIds: z.array(ZId).min(1, { message: 'visit.photosRequired' }).max(9),
});
export type TCadreVisitRespond = z.infer<typeof ZCadreVisitRespond>;

export const ZCadreProblemListQuery = z.strictObject({
  status: z.enum(CADRE_PROBLEM_STATUSES).optional(),
  stationId: ZId.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...page,
});
export type TCadreProblemListQuery = z.infer<typeof ZCadreProblemListQuery>;

/** 销号: closed with what was done and photos of it. */
export const ZCadreProblemClose = z.strictObject({
  version: z.number().int().min(1),
  note: text(2000),
  photoIds: z.array(ZId).min(1, { message: 'visit.photosRequired' }).max(9),
});
export type TCadreProblemClose = z.infer<typeof ZCadreProblemClose>;

export const ZCadreProblemEscalate = z.strictObject({ version: z.number().int().min(1), note: text(1000) });
export type TCadreProblemEscalate = z.infer<typeof ZCadreProblemEscalate>;

export const ZCadreVisitFileParams = z.strictObject({ id: ZId, fileId: ZId });
export const ZCadreVisitPhotoSizeQuery = z.strictObject({ size: z.enum(['thumb', 'full']).default('full') });

export const ZVisitFlagListQuery = z.strictObject({ reviewed: z.enum(['true', 'false']).optional(), rule: z.enum(VISIT_FLAG_RULES).optional(), ...page });
export type TVisitFlagListQuery = z.infer<typeof ZVisitFlagListQuery>;

export const ZVisitFlagReview = z.strictObject({ version: z.number().int().min(1), note: z.string().trim().max(1000).default('') });
export type TVisitFlagReview = z.infer<typeof ZVisitFlagReview>;

/** The thresholds of the flags; the bureau sets its own (version 0 while the defaults apply). */
export const ZCadreVisitSettings = z.strictObject({
  version: z.number().int().min(0),
  minMinutesOnSite: z.number().int().min(1).max(240),
  maxDistanceMeters: z.number().int().min(50).max(50000),
  maxVisitsPerHour: z.number().int().min(1).max(60),
});
export type TCadreVisitSettingsUpdate = z.infer<typeof ZCadreVisitSettings>;
export type TCadreVisitThresholds = Omit<TCadreVisitSettingsUpdate, 'version'>;
export const DEFAULT_VISIT_THRESHOLDS: TCadreVisitThresholds = { minMinutesOnSite: 10, maxDistanceMeters: 500, maxVisitsPerHour: 4 };
export type TCadreVisitSettings = TCadreVisitThresholds & { version: number; isDefault: boolean; defaults: TCadreVisitThresholds; updatedAt: string | null };

export type TCadreProblem = {
  id: string;
  visitId: string;
  operatorId: string;
  operatorName: string;
  stationId: string;
  stationName: string;
  pointKey: TSupervisionPointKey;
  description: string;
  workingDays: number;
  handedOn: string;
  dueOn: string;
  overdue: boolean;
  status: TCadreProblemStatus;
  cadreName: string;
  closeNote: string | null;
  closeFileIds: string[];
  closedAt: string | null;
  closedByName: string | null;
  escalateNote: string | null;
  escalatedAt: string | null;
  version: number;
};

export type TCadreVisitSummary = {
  id: string;
  operatorId: string;
  operatorName: string;
  cadreId: string;
  cadreName: string;
  mode: TCadreVisitMode;
  status: TCadreVisitStatus;
  startedAt: string;
  endedAt: string;
  nonconforming: number;
  problems: number;
  flags: TVisitFlag[];
  flagReviewedAt: string | null;
};

export type TCadreVisit = TCadreVisitSummary & {
  location: { lat: number; lng: number; accuracy: number } | null;
  answers: TPointAnswer[];
  photoFileIds: string[];
  request: string;
  businessNote: string | null;
  businessFileIds: string[];
  businessAnsweredAt: string | null;
  problemList: TCadreProblem[];
  flagReviewNote: string | null;
  flagReviewedByName: string | null;
  version: number;
};
