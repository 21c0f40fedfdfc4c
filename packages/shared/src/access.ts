// Roles, permissions and data scopes. The server checks them on every route; the web app
// uses the same table to decide which menu entries a user sees.
export const ROLES = ['admin', 'leader', 'department', 'station', 'inspector', 'enforcement', 'cadre', 'business', 'expert'] as const;
export type TRole = (typeof ROLES)[number];

export const PERMISSIONS = [
  'operator.read',
  'operator.write',
  'operator.import',
  'operator.export',
  'personnel.contact.read',
  'audit.read',
  'user.manage',
  'calendar.manage',
  'checklist.manage',
  'inspection.read',
  'inspection.write',
  'rectification.answer',
  'rectification.review',
  'risk.read',
  'risk.manage',
  'plan.read',
  'plan.manage',
  'draw.manage',
  'dashboard.read',
  'sampling.read',
  'sampling.manage',
  'disposal.manage',
  'disposal.respond',
  'disposal.configure',
  'notice.manage',
  'notice.approve',
  'lead.read',
  'complaint.read',
  'complaint.manage',
  'law.manage',
  'knowledge.manage',
  'targeting.read',
  'targeting.manage',
  'case.read',
  'case.manage',
  'case.approve',
  'case.respond',
  // Credit: read records; manage the list, repairs and export (信用监管科); approve listings (leader);
  // apply for credit repair (the business, in its own account).
  'credit.read',
  'credit.manage',
  'credit.approve',
  'credit.apply',
  // Supervision visits of assigned cadres (督导): read visits and coverage, record (the cadre), answer a remote
  // visit (the business), close or escalate the problems handed over (stations), review flagged visits and set
  // the thresholds (the food-safety office).
  'cadre-visit.read',
  'cadre-visit.record',
  'cadre-visit.respond',
  'cadre-problem.handle',
  'cadre-visit.review',
  // Assigned cadres: read the registry (in the reader's data scope); manage it and the assignments (食安办).
  'cadre.read',
  'cadre.manage',
  // The three lists and the pledge (三张清单 + 承诺书): read them (in the reader's data scope); sign one's own
  // pledge (the cadre). Templates, generation and campaigns are the office's (cadre.manage).
  'cadre-duty.read',
  'cadre-duty.sign',
  // The risk control lists (风险管控清单): read them in scope; keep the templates per kind (the department); adopt and
  // adapt the business's own list (the business).
  'risk-control.read',
  'risk-control.manage',
  'risk-control.adopt',
  // The business's daily, weekly and monthly self-check records (日管控、周排查、月调度): read them and their
  // compliance (in the reader's data scope); record them (the business); set who must keep them (the department).
  'self-check.read',
  'self-check.record',
  'self-check.configure',
  // Exams (考试): sit an online exam (business for its managers, cadres, staff); give an on-site spot exam during an
  // inspection (inspectors, stations); read results and pass rates in scope; set the exam rules (the department).
  'exam.take',
  'exam.spot',
  'exam.read',
  'exam.manage',
  // Two notices and a letter (两书一函): read the register in scope; draft, issue, record paper delivery and close
  // (department, station, inspector); sign for and answer one's own (the business, the cadre).
  'notice-letter.read',
  'notice-letter.issue',
  'notice-letter.respond',
  // Staffing of the business's food safety director and officers (食品安全总监、食品安全员配备): read the check and the
  // list of operators missing a required post, remind the business (in the reader's data scope); set the rules (the department).
  'staffing.read',
  'staffing.manage',
  // Training (培训课程与题库): keep the courses and the question bank (the department); read the bank and the learners'
  // records (leader, station); study the courses for one's audience (business, cadres, staff).
  'training.manage',
  'training.read',
  'training.learn',
] as const;
export type TPermission = (typeof PERMISSIONS)[number];

/**
 * Data scope of a role:
 * - district: every operator of the bureau
 * - station: operators in the township units the user's station owns
 * - cadre: operators the user's cadre record is assigned to
 * - operator: the user's own operator only
 */
export const DATA_SCOPES = ['district', 'station', 'cadre', 'operator'] as const;
export type TDataScope = (typeof DATA_SCOPES)[number];

export const ROLE_SCOPE: Record<TRole, TDataScope> = {
  admin: 'district',
  leader: 'district',
  department: 'district',
  station: 'station',
  inspector: 'station',
  enforcement: 'district',
  cadre: 'cadre',
  business: 'operator',
  expert: 'district',
};

const ALL: TPermission[] = [...PERMISSIONS];
const STAFF_EDIT: TPermission[] = ['operator.read', 'operator.write', 'operator.import', 'operator.export', 'personnel.contact.read'];
const INSPECT: TPermission[] = ['inspection.read', 'inspection.write', 'rectification.review', 'risk.read', 'plan.read'];
const SAMPLE: TPermission[] = ['sampling.read', 'sampling.manage', 'disposal.manage', 'lead.read'];

export const ROLE_PERMISSIONS: Record<TRole, readonly TPermission[]> = {
  admin: ALL,
  leader: [
    'operator.read',
    'operator.export',
    'audit.read',
    'inspection.read',
    'risk.read',
    'plan.read',
    'dashboard.read',
    'sampling.read',
    'notice.approve',
    'lead.read',
    'complaint.read',
    'targeting.read',
    'case.read',
    'case.approve',
    'credit.read',
    'credit.approve',
    'cadre-visit.read',
    'cadre.read',
    'cadre-duty.read',
    'self-check.read',
    'risk-control.read',
    'exam.read',
    'notice-letter.read',
    'staffing.read',
    'training.read',
    'training.learn',
  ],
  department: [
    ...STAFF_EDIT,
    ...INSPECT,
    ...SAMPLE,
    'checklist.manage',
    'risk.manage',
    'plan.manage',
    'draw.manage',
    'dashboard.read',
    'notice.manage',
    'disposal.configure',
    'complaint.read',
    'complaint.manage',
    'law.manage',
    'knowledge.manage',
    'targeting.read',
    'targeting.manage',
    'case.read',
    'case.manage',
    'credit.read',
    'credit.manage',
    'cadre-visit.read',
    'cadre-problem.handle',
    'cadre-visit.review',
    'cadre.read',
    'cadre.manage',
    'cadre-duty.read',
    'self-check.read',
    'risk-control.read',
    'risk-control.manage',
    'self-check.configure',
    'exam.take',
    'exam.read',
    'exam.manage',
    'notice-letter.read',
    'notice-letter.issue',
    'staffing.read',
    'staffing.manage',
    'training.manage',
    'training.read',
    'training.learn',
  ],
  station: [
    ...STAFF_EDIT,
    ...INSPECT,
    ...SAMPLE,
    'plan.manage',
    'draw.manage',
    'dashboard.read',
    'complaint.read',
    'complaint.manage',
    'targeting.read',
    'case.read',
    'case.manage',
    'credit.read',
    'cadre-visit.read',
    'cadre-problem.handle',
    'cadre.read',
    'cadre-duty.read',
    'self-check.read',
    'risk-control.read',
    'exam.take',
    'exam.spot',
    'exam.read',
    'notice-letter.read',
    'notice-letter.issue',
    'staffing.read',
    'training.read',
    'training.learn',
  ],
  inspector: [
    'operator.read',
    'operator.write',
    'operator.export',
    'personnel.contact.read',
    ...INSPECT,
    ...SAMPLE,
    'complaint.read',
    'targeting.read',
    'credit.read',
    'cadre-visit.read',
    'cadre-problem.handle',
    'self-check.read',
    'risk-control.read',
    'exam.take',
    'exam.spot',
    'exam.read',
    'notice-letter.read',
    'notice-letter.issue',
    'staffing.read',
    'training.learn',
  ],
  enforcement: [
    'operator.read',
    'operator.export',
    'personnel.contact.read',
    'inspection.read',
    'risk.read',
    'sampling.read',
    'lead.read',
    'complaint.read',
    'case.read',
    'case.manage',
    'credit.read',
    'self-check.read',
    'risk-control.read',
    'notice-letter.read',
    'staffing.read',
    'training.learn',
  ],
  cadre: [
    'operator.read',
    'inspection.read',
    'risk.read',
    'sampling.read',
    'credit.read',
    'cadre-visit.read',
    'cadre-visit.record',
    'cadre.read',
    'cadre-duty.read',
    'cadre-duty.sign',
    'self-check.read',
    'risk-control.read',
    'exam.take',
    'notice-letter.read',
    'notice-letter.respond',
    'staffing.read',
    'training.learn',
  ],
  business: [
    'operator.read',
    'operator.write',
    'personnel.contact.read',
    'inspection.read',
    'rectification.answer',
    'sampling.read',
    'disposal.respond',
    'case.respond',
    'credit.read',
    'credit.apply',
    'cadre-visit.read',
    'cadre-visit.respond',
    'self-check.read',
    'self-check.record',
    'risk-control.read',
    'risk-control.adopt',
    'exam.take',
    'notice-letter.read',
    'notice-letter.respond',
    'staffing.read',
    'training.learn',
  ],
  expert: ['operator.read', 'inspection.read', 'risk.read', 'sampling.read', 'knowledge.manage'],
};

export function can(role: TRole, permission: TPermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Business users and cadres work on existing operators only. */
export function mayCreateOperator(scope: TDataScope): boolean {
  return scope !== 'operator' && scope !== 'cadre';
}

/** A business corrects its own profile; its township unit and status are the bureau's to set. */
export function maySetJurisdiction(scope: TDataScope): boolean {
  return scope !== 'operator';
}
