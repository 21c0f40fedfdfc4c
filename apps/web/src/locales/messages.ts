// The composition of the UI texts: the shell's own (shell.<lang>.json) and every feature's bundle
// (features/<name>/<bundle>.<lang>.json: texts are data, kept as JSON as i18next expects). Features import only
// lib/i18n.ts; this file is the one place that knows them all (architecture.test.ts names it).
import accountZh from '../features/account/account.zh-CN.json';
import accountEn from '../features/account/account.en.json';
import auditZh from '../features/audit/audit.zh-CN.json';
import auditEn from '../features/audit/audit.en.json';
import loginZh from '../features/auth/login.zh-CN.json';
import loginEn from '../features/auth/login.en.json';
import checklistsZh from '../features/checklists/checklists.zh-CN.json';
import checklistsEn from '../features/checklists/checklists.en.json';
import complaintClassificationZh from '../features/complaint-classification/complaint-classification.zh-CN.json';
import complaintClassificationEn from '../features/complaint-classification/complaint-classification.en.json';
import complaintHotspotsZh from '../features/complaint-hotspots/complaint-hotspots.zh-CN.json';
import complaintHotspotsEn from '../features/complaint-hotspots/complaint-hotspots.en.json';
import complaintsZh from '../features/complaints/complaints.zh-CN.json';
import complaintsEn from '../features/complaints/complaints.en.json';
import creditZh from '../features/credit/credit.zh-CN.json';
import creditEn from '../features/credit/credit.en.json';
import dashboardsZh from '../features/dashboards/dashboards.zh-CN.json';
import dashboardsEn from '../features/dashboards/dashboards.en.json';
import disposalsZh from '../features/disposals/disposals.zh-CN.json';
import disposalsEn from '../features/disposals/disposals.en.json';
import drawsZh from '../features/draws/draws.zh-CN.json';
import drawsEn from '../features/draws/draws.en.json';
import enforcementCasesZh from '../features/enforcement-cases/enforcement-cases.zh-CN.json';
import enforcementCasesEn from '../features/enforcement-cases/enforcement-cases.en.json';
import foodStandardsZh from '../features/food-standards/food-standards.zh-CN.json';
import foodStandardsEn from '../features/food-standards/food-standards.en.json';
import interviewsZh from '../features/interviews/interviews.zh-CN.json';
import interviewsEn from '../features/interviews/interviews.en.json';
import lawsZh from '../features/laws/laws.zh-CN.json';
import lawsEn from '../features/laws/laws.en.json';
import leadsZh from '../features/leads/leads.zh-CN.json';
import leadsEn from '../features/leads/leads.en.json';
import odrZh from '../features/odr/odr.zh-CN.json';
import odrEn from '../features/odr/odr.en.json';
import operatorImportsZh from '../features/operators/operator-imports.zh-CN.json';
import operatorImportsEn from '../features/operators/operator-imports.en.json';
import operatorsZh from '../features/operators/operators.zh-CN.json';
import operatorsEn from '../features/operators/operators.en.json';
import publicProfileZh from '../features/public-profile/public-profile.zh-CN.json';
import publicProfileEn from '../features/public-profile/public-profile.en.json';
import rectificationsZh from '../features/rectifications/rectifications.zh-CN.json';
import rectificationsEn from '../features/rectifications/rectifications.en.json';
import riskGradesZh from '../features/risk-grades/risk-grades.zh-CN.json';
import riskGradesEn from '../features/risk-grades/risk-grades.en.json';
import rumoursZh from '../features/rumours/rumours.zh-CN.json';
import rumoursEn from '../features/rumours/rumours.en.json';
import samplingZh from '../features/sampling/sampling.zh-CN.json';
import samplingEn from '../features/sampling/sampling.en.json';
import serviceStationsZh from '../features/service-stations/service-stations.zh-CN.json';
import serviceStationsEn from '../features/service-stations/service-stations.en.json';
import cadresZh from '../features/cadres/cadres.zh-CN.json';
import cadresEn from '../features/cadres/cadres.en.json';
import cadreVisitsZh from '../features/cadre-visits/cadre-visits.zh-CN.json';
import cadreVisitsEn from '../features/cadre-visits/cadre-visits.en.json';
import cadreDutiesZh from '../features/cadre-duties/cadre-duties.zh-CN.json';
import cadreDutiesEn from '../features/cadre-duties/cadre-duties.en.json';
import noticeLettersZh from '../features/notice-letters/notice-letters.zh-CN.json';
import noticeLettersEn from '../features/notice-letters/notice-letters.en.json';
import examsZh from '../features/exams/exams.zh-CN.json';
import examsEn from '../features/exams/exams.en.json';
import trainingZh from '../features/training/training.zh-CN.json';
import trainingEn from '../features/training/training.en.json';
import riskControlZh from '../features/risk-control/risk-control.zh-CN.json';
import riskControlEn from '../features/risk-control/risk-control.en.json';
import inspectionsZh from '../features/inspections/inspections.zh-CN.json';
import inspectionsEn from '../features/inspections/inspections.en.json';
import consumerNoticesZh from '../features/consumer-notices/consumer-notices.zh-CN.json';
import consumerNoticesEn from '../features/consumer-notices/consumer-notices.en.json';
import guidanceZh from '../features/guidance/guidance.zh-CN.json';
import guidanceEn from '../features/guidance/guidance.en.json';
import plansZh from '../features/plans/plans.zh-CN.json';
import plansEn from '../features/plans/plans.en.json';
import publicTestsZh from '../features/public-tests/public-tests.zh-CN.json';
import publicTestsEn from '../features/public-tests/public-tests.en.json';
import targetingZh from '../features/targeting/targeting.zh-CN.json';
import targetingEn from '../features/targeting/targeting.en.json';
import calendarZh from '../features/calendar/calendar.zh-CN.json';
import calendarEn from '../features/calendar/calendar.en.json';
import publicPortalZh from '../features/public-portal/public-portal.zh-CN.json';
import publicPortalEn from '../features/public-portal/public-portal.en.json';
import workbenchZh from '../features/workbench/workbench.zh-CN.json';
import workbenchEn from '../features/workbench/workbench.en.json';
import usersZh from '../features/users/users.zh-CN.json';
import usersEn from '../features/users/users.en.json';
import notificationsZh from '../features/notifications/notifications.zh-CN.json';
import notificationsEn from '../features/notifications/notifications.en.json';
import staffingZh from '../features/staffing/staffing.zh-CN.json';
import staffingEn from '../features/staffing/staffing.en.json';
import selfChecksZh from '../features/self-checks/self-checks.zh-CN.json';
import selfChecksEn from '../features/self-checks/self-checks.en.json';
import { startI18n } from '../lib/i18n.ts';
import shellZh from './shell.zh-CN.json';
import shellEn from './shell.en.json';
import offlineZh from '../features/inspections/offline.zh-CN.json';
import offlineEn from '../features/inspections/offline.en.json';

const zhMessages = {
  ...shellZh,
  login: loginZh,
  operators: operatorsZh,
  imports: operatorImportsZh,
  audit: auditZh,
  account: accountZh,
  credit: creditZh,
  laws: lawsZh,
  sampling: samplingZh,
  disposals: disposalsZh,
  publicTests: publicTestsZh,
  consumerNotices: consumerNoticesZh,
  leads: leadsZh,
  enforcementCases: enforcementCasesZh,
  calendar: calendarZh,
  checklists: checklistsZh,
  inspections: inspectionsZh,
  offline: offlineZh,
  rectifications: rectificationsZh,
  publicProfile: publicProfileZh,
  riskGrades: riskGradesZh,
  plans: plansZh,
  draws: drawsZh,
  dashboards: dashboardsZh,
  complaintHotspots: complaintHotspotsZh,
  complaintClassification: complaintClassificationZh,
  complaints: complaintsZh,
  interviews: interviewsZh,
  odr: odrZh,
  serviceStations: serviceStationsZh,
  cadres: cadresZh,
  cadreVisits: cadreVisitsZh,
  cadreDuties: cadreDutiesZh,
  noticeLetters: noticeLettersZh,
  exams: examsZh,
  training: trainingZh,
  riskControl: riskControlZh,
  foodStandards: foodStandardsZh,
  guidance: guidanceZh,
  rumours: rumoursZh,
  targeting: targetingZh,
  publicPortal: publicPortalZh,
  workbench: workbenchZh,
  users: usersZh,
  notifications: notificationsZh,
  staffing: staffingZh,
  selfChecks: selfChecksZh,
};

export type TMessages = typeof zhMessages;

// The type makes English carry every key of zh-CN.
const enMessages: TMessages = {
  ...shellEn,
  login: loginEn,
  operators: operatorsEn,
  imports: operatorImportsEn,
  audit: auditEn,
  account: accountEn,
  credit: creditEn,
  laws: lawsEn,
  sampling: samplingEn,
  disposals: disposalsEn,
  publicTests: publicTestsEn,
  consumerNotices: consumerNoticesEn,
  leads: leadsEn,
  enforcementCases: enforcementCasesEn,
  calendar: calendarEn,
  checklists: checklistsEn,
  inspections: inspectionsEn,
  offline: offlineEn,
  rectifications: rectificationsEn,
  publicProfile: publicProfileEn,
  riskGrades: riskGradesEn,
  plans: plansEn,
  draws: drawsEn,
  dashboards: dashboardsEn,
  complaintHotspots: complaintHotspotsEn,
  complaintClassification: complaintClassificationEn,
  complaints: complaintsEn,
  interviews: interviewsEn,
  odr: odrEn,
  serviceStations: serviceStationsEn,
  cadres: cadresEn,
  cadreVisits: cadreVisitsEn,
  cadreDuties: cadreDutiesEn,
  noticeLetters: noticeLettersEn,
  exams: examsEn,
  training: trainingEn,
  riskControl: riskControlEn,
  foodStandards: foodStandardsEn,
  guidance: guidanceEn,
  rumours: rumoursEn,
  targeting: targetingEn,
  publicPortal: publicPortalEn,
  workbench: workbenchEn,
  users: usersEn,
  notifications: notificationsEn,
  staffing: staffingEn,
  selfChecks: selfChecksEn,
};

// t('…') keys are checked against the zh-CN texts everywhere.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TMessages };
  }
}

startI18n({ 'zh-CN': { translation: zhMessages }, en: { translation: enMessages } });
