// `npm start`: migrate, seed the Huangpi demo on an empty database (not in production),
// serve the API and the web app, and shut down gracefully.
import { loadConfig } from './config.ts';
import { buildApp } from './app.ts';
import { openPlatform } from './platform.ts';
import { runInBackground, waitForBackgroundJobs } from './core/jobs.ts';
import { ensureHuangpiOrganisation } from './modules/org/org.public.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './modules/demo/demo.public.ts';
import { failInterruptedImports } from './modules/operator/operator.public.ts';
import { ensureChecklists } from './modules/checklist/checklist.public.ts';
import { endIdleSessions, endLoginWindows } from './modules/auth/auth.public.ts';
import { escalateOverdue } from './modules/rectification/rectification.public.ts';
import { escalateOverdueDisposals } from './modules/disposal/disposal.public.ts';
import { escalateOverdueComplaints } from './modules/complaint/complaint.public.ts';
import { expireListings } from './modules/credit/credit.public.ts';
import { failInterruptedComplaintImports } from './modules/complaint/complaint.public.ts';
import { chinaToday } from '@shian/shared/working-days';
import { retrainIfDue } from './modules/targeting/targeting.public.ts';
import { writeAuditCheckpoint } from './core/audit/audit-checkpoint.ts';
import { sweepNotifications } from './modules/notification/notification.public.ts';

const config = loadConfig();
const ctx = await openPlatform(config);
const app = await buildApp(ctx, { logLevel: config.logLevel, webDir: config.webDir });

const huangpi = await ensureHuangpiOrganisation(ctx.db);
await ensureChecklists(ctx, huangpi.id);
await failInterruptedImports(ctx.db, 'interrupted by a restart; re-import the file to finish (rows are keyed by credit code)');
await failInterruptedComplaintImports(ctx.db, 'interrupted by a restart; import the file again to finish (rows are keyed by the 12315 number)');
if (!config.production) {
  const started = Date.now();
  const seeded = await seedDemo(ctx);
  if (seeded) app.log.info({ ...seeded, ms: Date.now() - started }, 'demo data created');
}

const escalate = async () => {
  await escalateOverdue(ctx, chinaToday()).catch((error: unknown) => app.log.error({ err: error }, 'escalating overdue rectifications failed'));
  await escalateOverdueDisposals(ctx, chinaToday()).catch((error: unknown) => app.log.error({ err: error }, 'escalating overdue disposals failed'));
  await escalateOverdueComplaints(ctx, chinaToday()).catch((error: unknown) => app.log.error({ err: error }, 'escalating overdue complaints failed'));
  await expireListings(ctx, chinaToday()).catch((error: unknown) => app.log.error({ err: error }, 'ending expired serious-violation listings failed'));
  await endIdleSessions(ctx.db).catch((error: unknown) => app.log.error({ err: error }, 'ending idle sessions failed'));
  await endLoginWindows(ctx.db).catch((error: unknown) => app.log.error({ err: error }, 'deleting ended sign-in counters failed'));
  // After the escalations, so that the sweep sees today's overdue steps; it also sends each user's daily digest.
  await sweepNotifications(ctx).catch((error: unknown) => app.log.error({ err: error }, 'the notification sweep failed'));
};
// Hourly, and first right after the server listens: a sweep over every user of a provincial database must not
// hold up the start, and shutdown waits for a sweep in flight.
const sweep = () => runInBackground(escalate, (error) => app.log.error({ err: error }, 'the hourly sweep failed'));
const escalation = setInterval(sweep, 3_600_000);
// The targeting model is retrained weekly; an hourly check keeps to that across restarts.
const retrain = () =>
  runInBackground(
    () => retrainIfDue(ctx),
    (error) => app.log.error({ err: error }, 'retraining the targeting model failed'),
  );
const retraining = setInterval(retrain, 3_600_000);
// The audit chain's anchor: a signed checkpoint in DATA_DIR and in the log, at start, hourly and at shutdown.
const checkpoint = () =>
  writeAuditCheckpoint(ctx.db, ctx.cipher, ctx.auditCheckpointFile)
    .then((written) => app.log.info({ auditCheckpoint: written }, 'audit checkpoint'))
    .catch((error: unknown) => app.log.error({ err: error }, 'writing the audit checkpoint failed'));
await checkpoint();
const checkpointing = setInterval(() => void checkpoint(), 3_600_000);

await app.listen({ port: config.port, host: config.host });
sweep();
retrain();
const database = ctx.database.kind === 'pglite' ? `PGlite at ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
console.log(`\n食安 Shi'an is running on http://localhost:${config.port}  (database: ${database})`);
if (!config.production) {
  console.log(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}\n`);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  clearInterval(escalation);
  clearInterval(retraining);
  clearInterval(checkpointing);
  app.log.info({ signal }, 'shutting down: finishing requests in flight');
  await app.close();
  await waitForBackgroundJobs();
  await checkpoint();
  await ctx.database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
