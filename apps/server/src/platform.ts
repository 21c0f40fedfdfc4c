// Opens the database for the configuration, migrates it, builds the service context and
// subscribes each module's event handlers. Used by the server, the CLI and the tests.
import path from 'node:path';
import type { TConfig } from './config.ts';
import type { TContext } from './core/context.ts';
import { createSm4Cipher } from './core/crypto.ts';
import { auditCheckpointFile } from './core/audit/audit-checkpoint.ts';
import { migrateDatabase, openDatabase, type TDatabase } from './core/db/database.ts';
import { createEventBus } from './core/events.ts';
import { ensureCalendar } from './core/calendar/calendar.ts';
import { inspectionRiskSignals } from './modules/inspection/inspection.risk-signals.ts';
import { rectificationRiskSignals } from './modules/rectification/rectification.risk-signals.ts';
import { samplingRiskSignals } from './modules/sampling/sampling.risk-signals.ts';
import { registerRiskGradeEvents } from './modules/risk-grade/risk-grade.events.ts';
import { registerInspectionPlanEvents } from './modules/inspection-plan/inspection-plan.events.ts';
import { disposalRiskSignals } from './modules/disposal/disposal.risk-signals.ts';
import { registerDisposalEvents } from './modules/disposal/disposal.events.ts';
import { disposalOpened } from './modules/disposal/disposal.public.ts';
import { addReportLock } from './modules/sampling/sampling.public.ts';
import { registerComplaintClassificationEvents } from './modules/complaint-classification/complaint-classification.events.ts';
import { complaintRiskSignals } from './modules/complaint/complaint.risk-signals.ts';
import { creditRiskSignals } from './modules/credit/credit.risk-signals.ts';
import { rectificationWorkItems } from './modules/rectification/rectification.work-items.ts';
import { inspectionPlanWorkItems } from './modules/inspection-plan/inspection-plan.work-items.ts';
import { disposalWorkItems } from './modules/disposal/disposal.work-items.ts';
import { complaintWorkItems } from './modules/complaint/complaint.work-items.ts';
import { leadWorkItems } from './modules/lead/lead.work-items.ts';
import { enforcementCaseWorkItems } from './modules/enforcement-case/enforcement-case.work-items.ts';
import { creditWorkItems } from './modules/credit/credit.work-items.ts';
import { rumourWorkItems } from './modules/rumour/rumour.work-items.ts';
import { cadreWorkItems } from './modules/cadre/cadre.work-items.ts';
import { cadreVisitWorkItems } from './modules/cadre-visit/cadre-visit.work-items.ts';
import { cadreDutyWorkItems } from './modules/cadre-duty/cadre-duty.work-items.ts';
import { riskControlWorkItems } from './modules/risk-control/risk-control.work-items.ts';
import { selfCheckWorkItems } from './modules/self-check/self-check.work-items.ts';
import { selfCheckRiskSignals } from './modules/self-check/self-check.risk-signals.ts';
import { staffingWorkItems } from './modules/staffing/staffing.work-items.ts';
import { staffingRiskSignals } from './modules/staffing/staffing.risk-signals.ts';
import { noticeLetterWorkItems } from './modules/notice-letter/notice-letter.work-items.ts';
import { examWorkItems } from './modules/exam/exam.work-items.ts';
import { inAppChannel } from './modules/notification/notification.public.ts';
import { registerRectificationNotifications } from './modules/rectification/rectification.notifications.ts';
import { registerEnforcementCaseNotifications } from './modules/enforcement-case/enforcement-case.notifications.ts';
import { registerComplaintNotifications } from './modules/complaint/complaint.notifications.ts';
import { registerInspectionPlanNotifications } from './modules/inspection-plan/inspection-plan.notifications.ts';
import { registerDisposalNotifications } from './modules/disposal/disposal.notifications.ts';
import { registerCreditNotifications } from './modules/credit/credit.notifications.ts';
import { registerConsumerNoticeNotifications } from './modules/consumer-notice/consumer-notice.notifications.ts';
import { operatorPublicSearch } from './modules/three-shows/three-shows.public-search.ts';
import { creditPublicSearch } from './modules/credit/credit.public-search.ts';
import { lawPublicSearch } from './modules/law/law.public-search.ts';
import { foodStandardPublicSearch } from './modules/food-standard/food-standard.public-search.ts';
import { rumourPublicSearch } from './modules/rumour/rumour.public-search.ts';

export function createContext(database: TDatabase, options: { sm4Key: string; production: boolean; filesDir: string; auditCheckpointFile: string }): TContext {
  const events = createEventBus((event, error) => console.error(`event handler for ${event} failed:`, error));
  const ctx: TContext = {
    db: database.db,
    database,
    cipher: createSm4Cipher(options.sm4Key),
    production: options.production,
    events,
    filesDir: options.filesDir,
    auditCheckpointFile: options.auditCheckpointFile,
    riskSignals: [],
    workItems: [],
    notificationChannels: [],
    publicSearch: [],
  };
  ctx.riskSignals.push(inspectionRiskSignals, rectificationRiskSignals);
  ctx.riskSignals.push(samplingRiskSignals);
  ctx.riskSignals.push(disposalRiskSignals);
  ctx.riskSignals.push(complaintRiskSignals);
  ctx.riskSignals.push(creditRiskSignals);
  ctx.riskSignals.push(staffingRiskSignals);
  ctx.workItems.push(rectificationWorkItems);
  ctx.workItems.push(inspectionPlanWorkItems);
  ctx.workItems.push(disposalWorkItems);
  ctx.workItems.push(complaintWorkItems);
  ctx.workItems.push(leadWorkItems);
  ctx.workItems.push(enforcementCaseWorkItems);
  ctx.workItems.push(creditWorkItems);
  ctx.workItems.push(rumourWorkItems);
  ctx.workItems.push(cadreWorkItems);
  ctx.workItems.push(cadreVisitWorkItems);
  ctx.workItems.push(cadreDutyWorkItems);
  ctx.workItems.push(riskControlWorkItems);
  ctx.workItems.push(selfCheckWorkItems);
  ctx.riskSignals.push(selfCheckRiskSignals);
  ctx.workItems.push(staffingWorkItems);
  ctx.workItems.push(noticeLetterWorkItems);
  ctx.workItems.push(examWorkItems);
  // The channel that ships; an SMS or government-messaging gateway is pushed here the same way (core/notify.ts).
  ctx.notificationChannels.push(inAppChannel);
  ctx.publicSearch.push(operatorPublicSearch, creditPublicSearch, lawPublicSearch, foodStandardPublicSearch, rumourPublicSearch);
  registerRiskGradeEvents(ctx);
  registerInspectionPlanEvents(ctx);
  registerDisposalEvents(ctx);
  // Sampling never reads the disposal table (the disposal depends on sampling): it is handed the disposal's rule.
  addReportLock(ctx, disposalOpened);
  registerComplaintClassificationEvents(ctx);
  registerRectificationNotifications(ctx);
  registerEnforcementCaseNotifications(ctx);
  registerComplaintNotifications(ctx);
  registerInspectionPlanNotifications(ctx);
  registerDisposalNotifications(ctx);
  registerCreditNotifications(ctx);
  registerConsumerNoticeNotifications(ctx);
  return ctx;
}

/** Migrates and loads the reference data every deployment needs (the working-day calendar). */
export async function preparePlatform(ctx: TContext): Promise<void> {
  await migrateDatabase(ctx.database);
  await ensureCalendar(ctx.db);
}

/** The context over the configured database as it is, not migrated (a restore first checks that it is empty). */
export async function openContext(config: TConfig): Promise<TContext> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? null : path.join(config.dataDir, 'db'),
  });
  return createContext(database, {
    sm4Key: config.sm4Key,
    production: config.production,
    filesDir: path.join(config.dataDir, 'files'),
    auditCheckpointFile: auditCheckpointFile(config.dataDir),
  });
}

export async function openPlatform(config: TConfig): Promise<TContext> {
  const ctx = await openContext(config);
  await preparePlatform(ctx);
  return ctx;
}
