import { lazy, type ComponentType, type ReactNode } from 'react';
import { AuditOutlined, CalendarOutlined, HomeOutlined, LockOutlined, ShopOutlined } from '@ant-design/icons';
import { FileSearchOutlined, ToolOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { TPermission } from '@shian/shared/access';
import type { TMe } from '@shian/shared/auth';
import type { ParseKeys } from 'i18next';
import { mayCreateOperator } from '@shian/shared/access';
import { CommentOutlined, CustomerServiceOutlined, HeatMapOutlined, SolutionOutlined } from '@ant-design/icons';
import { TagsOutlined } from '@ant-design/icons';
import { AimOutlined } from '@ant-design/icons';
import { FileProtectOutlined } from '@ant-design/icons';
import { BookOutlined } from '@ant-design/icons';
import { NotificationOutlined, ReadOutlined, SafetyOutlined } from '@ant-design/icons';
import { AlertOutlined, BarChartOutlined, FieldTimeOutlined, InteractionOutlined, ScheduleOutlined } from '@ant-design/icons';
import { MessageOutlined } from '@ant-design/icons';
import { CloudSyncOutlined } from '@ant-design/icons';
import { TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { BellOutlined } from '@ant-design/icons';
import { ApartmentOutlined } from '@ant-design/icons';
import { CarryOutOutlined, FlagOutlined, IssuesCloseOutlined, PieChartOutlined } from '@ant-design/icons';
import { FileDoneOutlined, ProfileOutlined } from '@ant-design/icons';
import { FormOutlined, SettingOutlined, TrophyOutlined } from '@ant-design/icons';
import { ContainerOutlined } from '@ant-design/icons';
import { FileTextOutlined, MailOutlined } from '@ant-design/icons';
import { DatabaseOutlined } from '@ant-design/icons';
import { MENU_GROUP_IDS, TOP_OF_MENU, type TMenuGroupId } from './menu-groups.tsx';

// An i18n key: 'menu.x' for the shell's own entries, '<feature>.menu' for a feature's.
type TMenuKey = ParseKeys;

export type TAppRoute = {
  path: string;
  element: ReactNode;
  /** Missing permission shows the 403 page; no permission means any signed-in user. */
  permission?: TPermission;
  /** A further rule beyond the permission (the server's data-scope rules). */
  allow?: (me: TMe) => boolean;
  menu?: {
    key: TMenuKey;
    /** The side-menu group the entry stands in (config/menu-groups.tsx), or the top of the menu, above the groups. */
    group: TMenuGroupId | typeof TOP_OF_MENU;
    icon: ReactNode;
    /** Where the entry leads when the path has parameters. */
    to?: (me: TMe) => string;
    visible?: (me: TMe) => boolean;
  };
};

function page<M>(load: () => Promise<M>, name: keyof M) {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return <Page />;
}

const ownOperator = (me: TMe) => me.scope === 'operator';

export const APP_ROUTES: TAppRoute[] = [
  {
    path: '/workbench',
    element: page(() => import('../features/workbench/pages/workbench-page.tsx'), 'WorkbenchPage'),
    menu: { key: 'workbench.menu', group: TOP_OF_MENU, icon: <HomeOutlined /> },
  },
  {
    path: '/operators',
    permission: 'operator.read',
    element: page(() => import('../features/operators/pages/operator-list-page.tsx'), 'OperatorListPage'),
    menu: { key: 'menu.operators', group: 'subjects', icon: <ShopOutlined />, visible: (me) => !ownOperator(me) },
  },
  {
    path: '/operators/new',
    permission: 'operator.write',
    allow: (me) => mayCreateOperator(me.scope),
    element: page(() => import('../features/operators/pages/operator-create-page.tsx'), 'OperatorCreatePage'),
  },
  {
    path: '/operators/import',
    permission: 'operator.import',
    element: page(() => import('../features/operators/pages/operator-import-page.tsx'), 'OperatorImportPage'),
  },
  {
    path: '/operators/:id',
    permission: 'operator.read',
    element: page(() => import('../features/operators/pages/operator-detail-page.tsx'), 'OperatorDetailPage'),
    menu: {
      key: 'menu.myOperator',
      group: 'subjects',
      icon: <HomeOutlined />,
      to: (me) => `/operators/${me.operatorId}`,
      visible: (me) => ownOperator(me) && me.operatorId !== null,
    },
  },
  {
    path: '/operators/:id/edit',
    permission: 'operator.write',
    element: page(() => import('../features/operators/pages/operator-edit-page.tsx'), 'OperatorEditPage'),
  },
  // Inspections, checklists, rectifications, calendar, public profile: add entries below this line.
  {
    path: '/inspections',
    permission: 'inspection.read',
    element: page(() => import('../features/inspections/pages/inspection-list-page.tsx'), 'InspectionListPage'),
    menu: { key: 'inspections.menu', group: 'supervision', icon: <FileSearchOutlined /> },
  },
  {
    path: '/inspections/:id',
    permission: 'inspection.read',
    element: page(() => import('../features/inspections/pages/inspection-page.tsx'), 'InspectionPage'),
  },
  {
    path: '/inspections/offline',
    permission: 'inspection.write',
    element: page(() => import('../features/inspections/pages/offline-page.tsx'), 'OfflinePage'),
    menu: { key: 'offline.title', group: 'supervision', icon: <CloudSyncOutlined /> },
  },
  {
    path: '/inspections/offline/:draftId',
    permission: 'inspection.write',
    element: page(() => import('../features/inspections/pages/offline-draft-page.tsx'), 'OfflineDraftPage'),
  },
  {
    path: '/rectifications',
    permission: 'inspection.read',
    element: page(() => import('../features/rectifications/pages/rectification-list-page.tsx'), 'RectificationListPage'),
    menu: { key: 'rectifications.menu', group: 'supervision', icon: <ToolOutlined /> },
  },
  {
    path: '/checklists',
    permission: 'inspection.read',
    element: page(() => import('../features/checklists/pages/checklist-list-page.tsx'), 'ChecklistListPage'),
    menu: { key: 'checklists.menu', group: 'system', icon: <UnorderedListOutlined />, visible: (me) => me.permissions.includes('checklist.manage') },
  },
  {
    path: '/checklists/:id',
    permission: 'inspection.read',
    element: page(() => import('../features/checklists/pages/checklist-page.tsx'), 'ChecklistPage'),
  },
  // Risk grades, plans, draws, dashboards: add entries below this line.
  {
    path: '/inspection-plans',
    permission: 'plan.read',
    element: page(() => import('../features/plans/pages/plan-page.tsx'), 'PlanPage'),
    menu: { key: 'plans.menu', group: 'supervision', icon: <ScheduleOutlined /> },
  },
  {
    path: '/random-draws',
    permission: 'draw.manage',
    element: page(() => import('../features/draws/pages/draw-page.tsx'), 'DrawPage'),
    menu: { key: 'draws.menu', group: 'supervision', icon: <InteractionOutlined /> },
  },
  {
    path: '/risk-grades',
    permission: 'risk.read',
    element: page(() => import('../features/risk-grades/pages/risk-grades-page.tsx'), 'RiskGradesPage'),
    menu: { key: 'riskGrades.menu', group: 'supervision', icon: <AlertOutlined /> },
  },
  {
    path: '/cadres',
    permission: 'cadre.read',
    element: page(() => import('../features/cadres/pages/cadre-list-page.tsx'), 'CadreListPage'),
    menu: { key: 'cadres.menu', group: 'supervision', icon: <TeamOutlined /> },
  },
  {
    path: '/cadres/import',
    permission: 'cadre.manage',
    element: page(() => import('../features/cadres/pages/cadre-import-page.tsx'), 'CadreImportPage'),
  },
  {
    path: '/cadres/:id',
    permission: 'cadre.read',
    element: page(() => import('../features/cadres/pages/cadre-detail-page.tsx'), 'CadreDetailPage'),
  },
  {
    path: '/cadre-assignments',
    permission: 'cadre.manage',
    element: page(() => import('../features/cadres/pages/cadre-assignment-page.tsx'), 'CadreAssignmentPage'),
    menu: { key: 'cadres.assignmentsMenu', group: 'supervision', icon: <ApartmentOutlined /> },
  },
  // Supervision visits of assigned cadres (督导), the problems they hand to stations, coverage and flagged visits.
  {
    path: '/cadre-visits',
    permission: 'cadre-visit.read',
    element: page(() => import('../features/cadre-visits/pages/visit-list-page.tsx'), 'VisitListPage'),
    menu: { key: 'cadreVisits.menu', group: 'supervision', icon: <CarryOutOutlined /> },
  },
  {
    path: '/cadre-visits/new',
    permission: 'cadre-visit.record',
    element: page(() => import('../features/cadre-visits/pages/visit-record-page.tsx'), 'VisitRecordPage'),
  },
  {
    path: '/cadre-visits/:id',
    permission: 'cadre-visit.read',
    element: page(() => import('../features/cadre-visits/pages/visit-page.tsx'), 'VisitPage'),
  },
  {
    path: '/cadre-problems',
    permission: 'cadre-visit.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/cadre-visits/pages/problem-list-page.tsx'), 'ProblemListPage'),
    menu: { key: 'cadreVisits.problemsMenu', group: 'supervision', icon: <IssuesCloseOutlined /> },
  },
  {
    path: '/cadre-visit-flags',
    permission: 'cadre-visit.review',
    element: page(() => import('../features/cadre-visits/pages/flag-list-page.tsx'), 'FlagListPage'),
    menu: { key: 'cadreVisits.flagsMenu', group: 'supervision', icon: <FlagOutlined /> },
  },
  {
    path: '/cadre-coverage',
    permission: 'cadre-visit.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/cadre-visits/pages/coverage-page.tsx'), 'CoveragePage'),
    menu: { key: 'cadreVisits.coverageMenu', group: 'analytics', icon: <PieChartOutlined /> },
  },
  // The three lists and the pledge (三张清单 + 承诺书): the cadre's own on a phone; signing status, templates and campaigns.
  {
    path: '/my-duties',
    permission: 'cadre-duty.sign',
    element: page(() => import('../features/cadre-duties/pages/my-duties-page.tsx'), 'MyDutiesPage'),
    menu: { key: 'cadreDuties.menu', group: 'supervision', icon: <ProfileOutlined /> },
  },
  {
    path: '/cadre-duties',
    permission: 'cadre-duty.read',
    allow: (me) => me.scope !== 'cadre',
    element: page(() => import('../features/cadre-duties/pages/duty-office-page.tsx'), 'DutyOfficePage'),
    menu: { key: 'cadreDuties.officeMenu', group: 'supervision', icon: <FileDoneOutlined />, visible: (me) => me.scope !== 'cadre' },
  },
  // The business's daily check, weekly review and monthly minutes (日管控、周排查、月调度); the staff's compliance view.
  {
    path: '/self-checks/today',
    permission: 'self-check.record',
    element: page(() => import('../features/self-checks/pages/self-check-today-page.tsx'), 'SelfCheckTodayPage'),
    menu: { key: 'selfChecks.menu', group: 'responsibility', icon: <CarryOutOutlined /> },
  },
  {
    path: '/self-checks',
    permission: 'self-check.read',
    element: page(() => import('../features/self-checks/pages/self-check-list-page.tsx'), 'SelfCheckListPage'),
    menu: { key: 'selfChecks.historyMenu', group: 'responsibility', icon: <ProfileOutlined /> },
  },
  {
    path: '/self-checks/compliance',
    permission: 'self-check.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/self-checks/pages/compliance-page.tsx'), 'CompliancePage'),
    menu: { key: 'selfChecks.complianceMenu', group: 'responsibility', icon: <PieChartOutlined />, visible: (me) => me.scope !== 'operator' },
  },
  {
    path: '/self-checks/:id',
    permission: 'self-check.read',
    element: page(() => import('../features/self-checks/pages/self-check-page.tsx'), 'SelfCheckPage'),
  },
  // Staffing of the food safety director and officers (配备检查): the operators missing a post, the rules.
  {
    path: '/staffing',
    permission: 'staffing.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/staffing/pages/staffing-page.tsx'), 'StaffingPage'),
    menu: { key: 'staffing.menu', group: 'responsibility', icon: <TeamOutlined />, visible: (me) => me.scope !== 'operator' },
  },
  // Risk control lists (风险管控清单): the business adapts and adopts its own on a phone; staff see adoption, the department edits templates.
  {
    path: '/my-risk-control',
    permission: 'risk-control.adopt',
    allow: (me) => ownOperator(me) && me.operatorId !== null,
    element: page(() => import('../features/risk-control/pages/my-risk-control-page.tsx'), 'MyRiskControlPage'),
    menu: { key: 'riskControl.myMenu', group: 'responsibility', icon: <ContainerOutlined />, visible: ownOperator },
  },
  {
    path: '/risk-control',
    permission: 'risk-control.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/risk-control/pages/risk-control-page.tsx'), 'RiskControlPage'),
    menu: { key: 'riskControl.menu', group: 'responsibility', icon: <ContainerOutlined />, visible: (me) => me.scope !== 'operator' },
  },
  {
    path: '/risk-control/lists/:operatorId',
    permission: 'risk-control.read',
    element: page(() => import('../features/risk-control/pages/risk-control-list-page.tsx'), 'RiskControlListPage'),
  },
  // Two notices and a letter (两书一函): the staff's register and the addressee's own letters on a phone.
  {
    path: '/notice-letters',
    permission: 'notice-letter.read',
    allow: (me) => me.scope !== 'operator' && me.scope !== 'cadre',
    element: page(() => import('../features/notice-letters/pages/notice-letter-list-page.tsx'), 'NoticeLetterListPage'),
    menu: { key: 'noticeLetters.menu', group: 'responsibility', icon: <FileTextOutlined />, visible: (me) => me.scope !== 'operator' && me.scope !== 'cadre' },
  },
  {
    path: '/notice-letters/:id',
    permission: 'notice-letter.read',
    element: page(() => import('../features/notice-letters/pages/notice-letter-page.tsx'), 'NoticeLetterPage'),
  },
  {
    path: '/my-notice-letters',
    permission: 'notice-letter.respond',
    element: page(() => import('../features/notice-letters/pages/my-notice-letters-page.tsx'), 'MyNoticeLettersPage'),
    menu: { key: 'noticeLetters.myMenu', group: 'responsibility', icon: <MailOutlined />, visible: (me) => me.scope === 'operator' || me.scope === 'cadre' },
  },
  {
    path: '/my-notice-letters/:id',
    permission: 'notice-letter.respond',
    element: page(() => import('../features/notice-letters/pages/notice-letter-page.tsx'), 'NoticeLetterPage'),
  },
  // Exams (考试): online exams on a phone, my results, staff results with pass rates, the rules; spot exams open here too.
  {
    path: '/exams/take',
    permission: 'exam.take',
    element: page(() => import('../features/exams/pages/exam-start-page.tsx'), 'ExamStartPage'),
    menu: { key: 'exams.menu', group: 'training', icon: <FormOutlined /> },
  },
  {
    path: '/exams/mine',
    permission: 'exam.take',
    element: page(() => import('../features/exams/pages/my-exams-page.tsx'), 'MyExamsPage'),
    menu: { key: 'exams.mineMenu', group: 'training', icon: <TrophyOutlined /> },
  },
  {
    path: '/exams/:id',
    permission: 'exam.take',
    element: page(() => import('../features/exams/pages/exam-page.tsx'), 'ExamPage'),
  },
  {
    path: '/exam-results',
    permission: 'exam.read',
    element: page(() => import('../features/exams/pages/exam-results-page.tsx'), 'ExamResultsPage'),
    menu: { key: 'exams.resultsMenu', group: 'training', icon: <BarChartOutlined /> },
  },
  {
    path: '/exam-settings',
    permission: 'exam.manage',
    element: page(() => import('../features/exams/pages/exam-settings-page.tsx'), 'ExamSettingsPage'),
    menu: { key: 'exams.settingsMenu', group: 'training', icon: <SettingOutlined /> },
  },
  // Training (培训): my learning and the lesson reader (phone), the question bank, courses and learners' records.
  {
    path: '/training/mine',
    permission: 'training.learn',
    element: page(() => import('../features/training/pages/my-learning-page.tsx'), 'MyLearningPage'),
    menu: { key: 'training.learnMenu', group: 'training', icon: <ReadOutlined /> },
  },
  {
    path: '/training/courses/:id',
    permission: 'training.learn',
    element: page(() => import('../features/training/pages/course-page.tsx'), 'CoursePage'),
  },
  {
    path: '/training/questions',
    permission: 'training.read',
    element: page(() => import('../features/training/pages/question-bank-page.tsx'), 'QuestionBankPage'),
    menu: { key: 'training.bankMenu', group: 'training', icon: <DatabaseOutlined /> },
  },
  {
    path: '/training/courses',
    permission: 'training.manage',
    element: page(() => import('../features/training/pages/course-list-page.tsx'), 'CourseListPage'),
    menu: { key: 'training.coursesMenu', group: 'training', icon: <BookOutlined /> },
  },
  {
    path: '/training/records',
    permission: 'training.read',
    element: page(() => import('../features/training/pages/training-records-page.tsx'), 'TrainingRecordsPage'),
    menu: { key: 'training.recordsMenu', group: 'training', icon: <SolutionOutlined /> },
  },
  // Every role's home (auth-context.ts homePath): open to every signed-in user, each sees the work of its own scope.
  {
    path: '/dashboards',
    permission: 'dashboard.read',
    element: page(() => import('../features/dashboards/pages/dashboard-page.tsx'), 'DashboardPage'),
    menu: { key: 'dashboards.menu', group: 'analytics', icon: <BarChartOutlined /> },
  },
  // Sampling plans, tasks, samples, reports, lab import, institutions: add entries below this line.
  {
    path: '/samples',
    permission: 'sampling.read',
    element: page(() => import('../features/sampling/pages/sample-list-page.tsx'), 'SampleListPage'),
    menu: { key: 'sampling.samplesMenu', group: 'sampling', icon: <UnorderedListOutlined /> },
  },
  {
    path: '/samples/new',
    permission: 'sampling.manage',
    element: page(() => import('../features/sampling/pages/sample-create-page.tsx'), 'SampleCreatePage'),
  },
  {
    path: '/samples/import',
    permission: 'sampling.manage',
    element: page(() => import('../features/sampling/pages/lab-import-page.tsx'), 'LabImportPage'),
  },
  {
    path: '/samples/:id',
    permission: 'sampling.read',
    element: page(() => import('../features/sampling/pages/sample-page.tsx'), 'SamplePage'),
  },
  {
    path: '/samples/:id/label',
    permission: 'sampling.read',
    element: page(() => import('../features/sampling/pages/sample-label-page.tsx'), 'SampleLabelPage'),
  },
  {
    path: '/sampling/plans',
    permission: 'sampling.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/sampling/pages/sampling-plan-list-page.tsx'), 'SamplingPlanListPage'),
    menu: { key: 'sampling.menu', group: 'sampling', icon: <ScheduleOutlined />, visible: (me) => me.scope === 'district' || me.scope === 'station' },
  },
  {
    path: '/sampling/plans/:id',
    permission: 'sampling.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/sampling/pages/sampling-plan-page.tsx'), 'SamplingPlanPage'),
  },
  {
    path: '/sampling/institutions',
    permission: 'sampling.manage',
    element: page(() => import('../features/sampling/pages/testing-institution-page.tsx'), 'TestingInstitutionPage'),
    menu: { key: 'sampling.institutionsMenu', group: 'sampling', icon: <AuditOutlined /> },
  },
  // Disposals, leads, public test nominations, consumer notices, sampling analytics: add entries below this line.
  {
    path: '/disposals',
    permission: 'sampling.read',
    element: page(() => import('../features/disposals/pages/disposal-list-page.tsx'), 'DisposalListPage'),
    menu: { key: 'disposals.menu', group: 'sampling', icon: <ToolOutlined /> },
  },
  {
    path: '/disposals/clock-settings',
    permission: 'disposal.configure',
    element: page(() => import('../features/disposals/pages/disposal-clock-settings-page.tsx'), 'DisposalClockSettingsPage'),
    menu: { key: 'disposals.clockSettings.menu', group: 'sampling', icon: <FieldTimeOutlined /> },
  },
  {
    path: '/disposals/:id',
    permission: 'sampling.read',
    element: page(() => import('../features/disposals/pages/disposal-page.tsx'), 'DisposalPage'),
  },
  {
    path: '/leads',
    permission: 'lead.read',
    element: page(() => import('../features/leads/pages/lead-list-page.tsx'), 'LeadListPage'),
    menu: { key: 'leads.menu', group: 'enforcement', icon: <UnorderedListOutlined /> },
  },
  {
    path: '/leads/musts',
    permission: 'lead.read',
    element: page(() => import('../features/leads/pages/lead-musts-page.tsx'), 'LeadMustsPage'),
    menu: { key: 'leads.mustsMenu', group: 'enforcement', icon: <AlertOutlined /> },
  },
  {
    path: '/leads/:id',
    permission: 'lead.read',
    element: page(() => import('../features/leads/pages/lead-page.tsx'), 'LeadPage'),
  },
  {
    path: '/cases',
    permission: 'case.read',
    element: page(() => import('../features/enforcement-cases/pages/case-list-page.tsx'), 'CaseListPage'),
    menu: { key: 'enforcementCases.menu', group: 'enforcement', icon: <FileSearchOutlined /> },
  },
  {
    path: '/cases/indicators',
    permission: 'case.read',
    element: page(() => import('../features/enforcement-cases/pages/case-indicators-page.tsx'), 'CaseIndicatorsPage'),
    menu: { key: 'enforcementCases.indicatorsMenu', group: 'analytics', icon: <BarChartOutlined /> },
  },
  {
    path: '/cases/:id',
    permission: 'case.read',
    element: page(() => import('../features/enforcement-cases/pages/case-page.tsx'), 'CasePage'),
  },
  {
    path: '/case-notices',
    permission: 'case.respond',
    element: page(() => import('../features/enforcement-cases/pages/case-notices-page.tsx'), 'CaseNoticesPage'),
    menu: { key: 'enforcementCases.noticesMenu', group: 'enforcement', icon: <FileSearchOutlined /> },
  },
  {
    path: '/test-nominations',
    permission: 'sampling.read',
    element: page(() => import('../features/public-tests/pages/nomination-list-page.tsx'), 'NominationListPage'),
    menu: { key: 'publicTests.menu', group: 'sampling', icon: <InteractionOutlined />, visible: (me) => !ownOperator(me) },
  },
  {
    path: '/consumer-notices',
    permission: 'sampling.read',
    element: page(() => import('../features/consumer-notices/pages/notice-list-page.tsx'), 'NoticeListPage'),
    menu: { key: 'consumerNotices.menu', group: 'knowledge', icon: <AlertOutlined />, visible: (me) => !ownOperator(me) },
  },
  {
    path: '/dashboards/sampling',
    permission: 'dashboard.read',
    element: page(() => import('../features/disposals/pages/sampling-analytics-page.tsx'), 'SamplingAnalyticsPage'),
    menu: { key: 'disposals.analyticsMenu', group: 'analytics', icon: <BarChartOutlined /> },
  },
  // Complaints, matching, classification, hotspots, interviews, ODR, service stations: add entries below this line.
  {
    path: '/complaints',
    permission: 'complaint.read',
    element: page(() => import('../features/complaints/pages/complaint-list-page.tsx'), 'ComplaintListPage'),
    menu: { key: 'complaints.menu', group: 'complaints', icon: <MessageOutlined /> },
  },
  {
    path: '/complaints/new',
    permission: 'complaint.manage',
    element: page(() => import('../features/complaints/pages/complaint-create-page.tsx'), 'ComplaintCreatePage'),
  },
  {
    path: '/complaints/import',
    permission: 'complaint.manage',
    allow: (me) => me.scope === 'district',
    element: page(() => import('../features/complaints/pages/complaint-import-page.tsx'), 'ComplaintImportPage'),
  },
  {
    path: '/complaints/review',
    permission: 'complaint.read',
    element: page(() => import('../features/complaints/pages/complaint-review-page.tsx'), 'ComplaintReviewPage'),
  },
  {
    path: '/complaints/unmatched',
    permission: 'complaint.read',
    element: page(() => import('../features/complaints/pages/unmatched-businesses-page.tsx'), 'UnmatchedBusinessesPage'),
  },
  {
    path: '/complaints/:id',
    permission: 'complaint.read',
    element: page(() => import('../features/complaints/pages/complaint-page.tsx'), 'ComplaintPage'),
  },
  {
    path: '/complaint-classification',
    permission: 'complaint.manage',
    element: page(() => import('../features/complaint-classification/pages/classifier-page.tsx'), 'ClassifierPage'),
    menu: { key: 'complaintClassification.menu', group: 'complaints', icon: <TagsOutlined /> },
  },
  {
    path: '/complaint-hotspots',
    permission: 'complaint.read',
    element: page(() => import('../features/complaint-hotspots/pages/hotspot-page.tsx'), 'HotspotPage'),
    menu: { key: 'complaintHotspots.menu', group: 'complaints', icon: <HeatMapOutlined /> },
  },
  {
    // Staff who handle complaints, and a business for the notices it received.
    path: '/interviews',
    permission: 'operator.read',
    element: page(() => import('../features/interviews/pages/interview-list-page.tsx'), 'InterviewListPage'),
    menu: { key: 'interviews.menu', group: 'enforcement', icon: <SolutionOutlined />, visible: (me) => me.permissions.includes('complaint.read') || ownOperator(me) },
  },
  {
    path: '/interviews/:id',
    permission: 'operator.read',
    element: page(() => import('../features/interviews/pages/interview-page.tsx'), 'InterviewPage'),
  },
  {
    path: '/odr',
    permission: 'complaint.read',
    element: page(() => import('../features/odr/pages/odr-page.tsx'), 'OdrPage'),
    menu: { key: 'odr.menu', group: 'complaints', icon: <CommentOutlined /> },
  },
  {
    path: '/odr/:id',
    permission: 'complaint.read',
    element: page(() => import('../features/odr/pages/odr-enrolment-page.tsx'), 'OdrEnrolmentPage'),
  },
  {
    path: '/service-stations',
    permission: 'complaint.read',
    element: page(() => import('../features/service-stations/pages/service-station-list-page.tsx'), 'ServiceStationListPage'),
    menu: { key: 'serviceStations.menu', group: 'knowledge', icon: <CustomerServiceOutlined /> },
  },
  // Law library, standards, guidance, toolbox, rumours: add entries below this line.
  {
    path: '/laws',
    element: page(() => import('../features/laws/pages/law-search-page.tsx'), 'LawSearchPage'),
    menu: { key: 'laws.menu', group: 'knowledge', icon: <BookOutlined /> },
  },
  {
    path: '/laws/import',
    permission: 'law.manage',
    element: page(() => import('../features/laws/pages/law-import-page.tsx'), 'LawImportPage'),
  },
  {
    path: '/laws/resolve',
    element: page(() => import('../features/laws/pages/law-article-page.tsx'), 'LawResolvePage'),
  },
  {
    path: '/laws/articles/:id',
    element: page(() => import('../features/laws/pages/law-article-page.tsx'), 'LawArticlePage'),
  },
  {
    path: '/laws/:id',
    element: page(() => import('../features/laws/pages/law-document-page.tsx'), 'LawDocumentPage'),
  },
  {
    path: '/food-standards',
    element: page(() => import('../features/food-standards/pages/food-standard-list-page.tsx'), 'FoodStandardListPage'),
    menu: { key: 'foodStandards.menu', group: 'knowledge', icon: <SafetyOutlined /> },
  },
  {
    path: '/guidance',
    permission: 'knowledge.manage',
    element: page(() => import('../features/guidance/pages/guidance-admin-page.tsx'), 'GuidanceAdminPage'),
    menu: { key: 'guidance.menu', group: 'knowledge', icon: <ReadOutlined /> },
  },
  {
    path: '/toolbox',
    element: page(() => import('../features/guidance/pages/toolbox-page.tsx'), 'ToolboxPage'),
    menu: { key: 'guidance.toolboxMenu', group: 'knowledge', icon: <ToolOutlined /> },
  },
  {
    path: '/rumours',
    permission: 'knowledge.manage',
    element: page(() => import('../features/rumours/pages/rumour-list-page.tsx'), 'RumourListPage'),
    menu: { key: 'rumours.menu', group: 'knowledge', icon: <NotificationOutlined /> },
  },
  {
    path: '/rumours/:id',
    permission: 'knowledge.manage',
    element: page(() => import('../features/rumours/pages/rumour-page.tsx'), 'RumourPage'),
  },
  // Risk targeting, weekly allocation, monitoring: add entries below this line.
  {
    path: '/targeting',
    permission: 'targeting.read',
    element: page(() => import('../features/targeting/pages/targeting-page.tsx'), 'TargetingPage'),
    menu: { key: 'targeting.menu', group: 'analytics', icon: <AimOutlined /> },
  },
  // Credit: records, the serious-violation list, credit repair, the national export.
  {
    path: '/credit',
    permission: 'credit.read',
    allow: (me) => me.scope !== 'operator',
    element: page(() => import('../features/credit/pages/credit-page.tsx'), 'CreditPage'),
    menu: { key: 'credit.menu', group: 'credit', icon: <FileProtectOutlined /> },
  },
  {
    path: '/credit/list-entries/:id',
    permission: 'credit.read',
    element: page(() => import('../features/credit/pages/list-entry-page.tsx'), 'ListEntryPage'),
  },
  {
    path: '/operators/:id/credit',
    permission: 'credit.read',
    element: page(() => import('../features/credit/pages/credit-record-page.tsx'), 'CreditRecordPage'),
    menu: {
      key: 'credit.myMenu',
      group: 'credit',
      icon: <FileProtectOutlined />,
      to: (me) => `/operators/${me.operatorId}/credit`,
      visible: (me) => ownOperator(me) && me.operatorId !== null,
    },
  },
  {
    path: '/audit',
    permission: 'audit.read',
    element: page(() => import('../features/audit/pages/audit-log-page.tsx'), 'AuditLogPage'),
    menu: { key: 'menu.audit', group: 'system', icon: <AuditOutlined /> },
  },
  {
    path: '/calendar',
    element: page(() => import('../features/calendar/pages/calendar-page.tsx'), 'CalendarPage'),
    menu: { key: 'calendar.menu', group: 'system', icon: <CalendarOutlined /> },
  },
  {
    path: '/users',
    permission: 'user.manage',
    element: page(() => import('../features/users/pages/user-list-page.tsx'), 'UserListPage'),
    menu: { key: 'users.menu', group: 'system', icon: <TeamOutlined /> },
  },
  {
    path: '/users/import',
    permission: 'user.manage',
    element: page(() => import('../features/users/pages/user-import-page.tsx'), 'UserImportPage'),
  },
  {
    path: '/users/:id',
    permission: 'user.manage',
    element: page(() => import('../features/users/pages/user-detail-page.tsx'), 'UserDetailPage'),
  },
  {
    // A business's own accounts and the invitation of its food safety officer.
    path: '/account/officers',
    permission: 'operator.write',
    allow: ownOperator,
    element: page(() => import('../features/users/pages/officer-invite-page.tsx'), 'OfficerInvitePage'),
    menu: { key: 'users.officersMenu', group: 'system', icon: <UserAddOutlined /> },
  },
  {
    path: '/notifications',
    element: page(() => import('../features/notifications/pages/notifications-page.tsx'), 'NotificationsPage'),
    menu: { key: 'notifications.menu', group: 'system', icon: <BellOutlined /> },
  },
  {
    path: '/notifications/settings',
    element: page(() => import('../features/notifications/pages/notification-settings-page.tsx'), 'NotificationSettingsPage'),
  },
  {
    path: '/account/password',
    element: page(() => import('../features/account/pages/change-password-page.tsx'), 'ChangePasswordPage'),
    menu: { key: 'menu.password', group: 'system', icon: <LockOutlined /> },
  },
];

export type TMenuEntry = { path: string; key: TMenuKey; icon: ReactNode };
export type TMenuGroup = { id: TMenuGroupId; entries: TMenuEntry[] };

/** The menu entries a user's role may open, each with its group. */
function visibleMenuEntries(me: TMe) {
  return APP_ROUTES.flatMap((route) => {
    const { menu } = route;
    if (!menu) return [];
    if (route.permission && !me.permissions.includes(route.permission)) return [];
    if (route.allow && !route.allow(me)) return [];
    if (menu.visible && !menu.visible(me)) return [];
    return [{ group: menu.group, entry: { path: menu.to ? menu.to(me) : route.path, key: menu.key, icon: menu.icon } }];
  });
}

/** The entries above the groups (the workbench), each a menu item of its own. */
export function topMenuFor(me: TMe): TMenuEntry[] {
  return visibleMenuEntries(me)
    .filter((v) => v.group === TOP_OF_MENU)
    .map((v) => v.entry);
}

/** The side menu of a user: only the entries their role may open, by group; a group with none is left out. */
export function menuFor(me: TMe): TMenuGroup[] {
  const visible = visibleMenuEntries(me);
  return MENU_GROUP_IDS.map((id) => ({ id, entries: visible.filter((v) => v.group === id).map((v) => v.entry) })).filter((group) => group.entries.length > 0);
}
