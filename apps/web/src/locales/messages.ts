// The composition of the UI texts: the app's own (zh-CN.ts, en.ts) and every feature's bundle. Features
// import only lib/i18n.ts; this file is the one place that knows them all (architecture.test.ts names it).
import { startI18n } from '../lib/i18n.ts';
import { zhCN } from './zh-CN.ts';
import { en } from './en.ts';
import { samplingEn, samplingZh } from '../features/sampling/sampling.locales.ts';
import { disposalsEn, disposalsZh } from '../features/disposals/disposals.locales.ts';
import { publicTestsEn, publicTestsZh } from '../features/public-tests/public-tests.locales.ts';
import { consumerNoticesEn, consumerNoticesZh } from '../features/consumer-notices/consumer-notices.locales.ts';
import { leadsEn, leadsZh } from '../features/leads/leads.locales.ts';
import { enforcementCasesEn, enforcementCasesZh } from '../features/enforcement-cases/enforcement-cases.locales.ts';
import { calendarEn, calendarZh } from '../features/calendar/calendar.locales.ts';
import { checklistsEn, checklistsZh } from '../features/checklists/checklists.locales.ts';
import { inspectionsEn, inspectionsZh } from '../features/inspections/inspections.locales.ts';
import { rectificationsEn, rectificationsZh } from '../features/rectifications/rectifications.locales.ts';
import { publicProfileEn, publicProfileZh } from '../features/public-profile/public-profile.locales.ts';
import { riskGradesEn, riskGradesZh } from '../features/risk-grades/risk-grades.locales.ts';
import { plansEn, plansZh } from '../features/plans/plans.locales.ts';
import { drawsEn, drawsZh } from '../features/draws/draws.locales.ts';
import { dashboardsEn, dashboardsZh } from '../features/dashboards/dashboards.locales.ts';
import { complaintHotspotsEn, complaintHotspotsZh } from '../features/complaint-hotspots/complaint-hotspots.locales.ts';
import { complaintClassificationEn, complaintClassificationZh } from '../features/complaint-classification/complaint-classification.locales.ts';
import { complaintsEn, complaintsZh } from '../features/complaints/complaints.locales.ts';
import { interviewsEn, interviewsZh } from '../features/interviews/interviews.locales.ts';
import { odrEn, odrZh } from '../features/odr/odr.locales.ts';
import { serviceStationsEn, serviceStationsZh } from '../features/service-stations/service-stations.locales.ts';
import { foodStandardsEn, foodStandardsZh } from '../features/food-standards/food-standards.locales.ts';
import { guidanceEn, guidanceZh } from '../features/guidance/guidance.locales.ts';
import { rumoursEn, rumoursZh } from '../features/rumours/rumours.locales.ts';
import { targetingEn, targetingZh } from '../features/targeting/targeting.locales.ts';
import { lawsEn, lawsZh } from '../features/laws/laws.locales.ts';
import { creditEn, creditZh } from '../features/credit/credit.locales.ts';
import { loginEn, loginZh } from '../features/auth/auth.locales.ts';
import { operatorImportsEn, operatorImportsZh, operatorsEn, operatorsZh } from '../features/operators/operators.locales.ts';
import { auditEn, auditZh } from '../features/audit/audit.locales.ts';
import { accountEn, accountZh } from '../features/account/account.locales.ts';

const zhMessages = {
  ...zhCN,
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
  foodStandards: foodStandardsZh,
  guidance: guidanceZh,
  rumours: rumoursZh,
  targeting: targetingZh,
};

export type TMessages = typeof zhMessages;

// The type makes English carry every key of zh-CN.
const enMessages: TMessages = {
  ...en,
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
  foodStandards: foodStandardsEn,
  guidance: guidanceEn,
  rumours: rumoursEn,
  targeting: targetingEn,
};

// t('…') keys are checked against the zh-CN texts everywhere.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TMessages };
  }
}

startI18n({ 'zh-CN': { translation: zhMessages }, en: { translation: enMessages } });
