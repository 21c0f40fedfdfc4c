// Complaints and reports (投诉举报): the vocabulary every complaint module shares. The code names of
// trades and issue types are fixed by the API contract of POST /api/complaints/classify.
export const COMPLAINT_KINDS = ['complaint', 'report'] as const;
export type TComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** web: the public form; staff: entered by staff; import_12315: a 12315 platform export. */
export const COMPLAINT_CHANNELS = ['web', 'staff', 'import_12315'] as const;
export type TComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_TRADES = ['catering', 'food_sales', 'food_production', 'online_food', 'canteen', 'farm_produce', 'other'] as const;
export type TComplaintTrade = (typeof COMPLAINT_TRADES)[number];

export const COMPLAINT_ISSUE_TYPES = [
  'expired_spoiled',
  'foreign_matter',
  'illness',
  'hygiene',
  'labels_claims',
  'unlicensed',
  'short_weight',
  'illegal_additives',
  'price_service',
  'other',
] as const;
export type TComplaintIssueType = (typeof COMPLAINT_ISSUE_TYPES)[number];

/**
 * matched: linked by credit code or a confident name/address match; pending_review: a person must confirm or
 * pick; confirmed: a person linked it; unmatched: no registered operator (often unlicensed: a lead).
 */
export const COMPLAINT_MATCH_STATUSES = ['matched', 'pending_review', 'confirmed', 'unmatched'] as const;
export type TComplaintMatchStatus = (typeof COMPLAINT_MATCH_STATUSES)[number];
