import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { registerAccess } from './core/access.ts';
import type { TContext } from './core/context.ts';
import { AppError } from './core/errors.ts';
import { registerErrorHandling } from './core/http-errors.ts';
import { registerPublicRateLimit, type TRateLimit } from './core/rate-limit.ts';
import { registerSecurityHeaders } from './core/security-headers.ts';
import type { TApp } from './core/http.ts';
import { registerTextRule, zodValidatorCompiler } from './core/validation.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { clearLoginCountersOf, endSessionsOf, resolveSession, sessionsOf } from './modules/auth/auth.public.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerCalendarRoutes } from './modules/calendar/calendar.routes.ts';
import { registerOperatorImportRoutes, MAX_IMPORT_BYTES } from './modules/operator/operator-import.routes.ts';
import { registerOperatorRoutes } from './modules/operator/operator.routes.ts';
import { registerOrgRoutes } from './modules/org/org.routes.ts';
import { registerUserRoutes } from './modules/user/user.routes.ts';
import { registerChecklistRoutes } from './modules/checklist/checklist.routes.ts';
import { registerInspectionRoutes } from './modules/inspection/inspection.routes.ts';
import { registerRectificationRoutes } from './modules/rectification/rectification.routes.ts';
import { inspectionDemands } from './modules/rectification/rectification.public.ts';
import { inspectionPlanEntries } from './modules/inspection-plan/inspection-plan.public.ts';
import { registerThreeShowsRoutes } from './modules/three-shows/three-shows.routes.ts';
import { registerRiskGradeRoutes } from './modules/risk-grade/risk-grade.routes.ts';
import { registerInspectionPlanRoutes } from './modules/inspection-plan/inspection-plan.routes.ts';
import { registerRandomDrawRoutes } from './modules/random-draw/random-draw.routes.ts';
import { registerDashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { registerSamplingRoutes } from './modules/sampling/sampling.routes.ts';
import { registerDisposalRoutes } from './modules/disposal/disposal.routes.ts';
import { registerLeadRoutes } from './modules/lead/lead.routes.ts';
import { registerEnforcementCaseRoutes } from './modules/enforcement-case/enforcement-case.routes.ts';
import { registerPublicTestRoutes } from './modules/public-test/public-test.routes.ts';
import { registerConsumerNoticeRoutes } from './modules/consumer-notice/consumer-notice.routes.ts';
import { registerSamplingAnalyticsRoutes } from './modules/sampling-analytics/sampling-analytics.routes.ts';
import { registerFoodStandardRoutes } from './modules/food-standard/food-standard.routes.ts';
import { registerGuidanceRoutes } from './modules/guidance/guidance.routes.ts';
import { registerRumourRoutes } from './modules/rumour/rumour.routes.ts';
import { registerLawRoutes } from './modules/law/law.routes.ts';
import { registerComplaintHotspotRoutes } from './modules/complaint-hotspot/complaint-hotspot.routes.ts';
import { registerInterviewRoutes } from './modules/interview/interview.routes.ts';
import { registerOdrRoutes } from './modules/odr/odr.routes.ts';
import { registerServiceStationRoutes } from './modules/service-station/service-station.routes.ts';
import { registerComplaintClassificationRoutes } from './modules/complaint-classification/complaint-classification.routes.ts';
import { registerComplaintRoutes } from './modules/complaint/complaint.routes.ts';
import { registerComplaintImportRoutes } from './modules/complaint/complaint-import.routes.ts';
import { registerCreditRoutes } from './modules/credit/credit.routes.ts';
import { registerTargetingRoutes } from './modules/targeting/targeting.routes.ts';
import { registerWorkbenchRoutes } from './modules/workbench/workbench.routes.ts';
import { registerNotificationRoutes } from './modules/notification/notification.routes.ts';
import { registerPublicPortalRoutes } from './modules/public-portal/public-portal.routes.ts';
import { registerCadreRoutes } from './modules/cadre/cadre.routes.ts';
import { registerCadreVisitRoutes } from './modules/cadre-visit/cadre-visit.routes.ts';
import { registerCadreDutyRoutes } from './modules/cadre-duty/cadre-duty.routes.ts';
import { registerSelfCheckRoutes } from './modules/self-check/self-check.routes.ts';
import { registerStaffingRoutes } from './modules/staffing/staffing.routes.ts';
import { registerNoticeLetterRoutes } from './modules/notice-letter/notice-letter.routes.ts';
import { registerExamRoutes } from './modules/exam/exam.routes.ts';
import { registerExamQuestionRoutes } from './modules/exam-question/exam-question.routes.ts';
import { registerTrainingRoutes } from './modules/training/training.routes.ts';
import { registerRiskControlRoutes } from './modules/risk-control/risk-control.routes.ts';

/** logStream: where the log goes instead of stdout (the privacy test reads it back); publicRateLimit: the rate-limit test's small limit. */
export type TAppOptions = { logLevel: string; webDir: string | null; logStream?: NodeJS.WritableStream; publicRateLimit?: TRateLimit };

export async function buildApp(ctx: TContext, options: TAppOptions): Promise<TApp> {
  const app = Fastify({
    logger: {
      level: options.logLevel,
      // Cookies carry the session token: never log them.
      redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  registerTextRule(app);
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerPublicRateLimit(app, options.publicRateLimit);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "食安 Shi'an API",
        description: '食品安全全要素全环节智慧监管平台接口。错误统一为 { error: { code, message, fields } }；写操作需带 X-Requested-With 头。',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'shian_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAccess(app, (token) => resolveSession(ctx.db, token));

  app.get('/api/health', { config: { access: { public: true } }, schema: { tags: ['platform'], summary: '健康检查' } }, async () => {
    await ctx.db.execute(sql`select 1`);
    return { status: 'ok', database: ctx.database.kind };
  });
  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () => app.swagger());

  registerAuthRoutes(app, ctx.db, { production: ctx.production });
  registerOrgRoutes(app, ctx.db);
  // The administrator's session and lock actions reach the auth module's tables through its face.
  registerUserRoutes(app, ctx.db, { of: sessionsOf, endAll: endSessionsOf, clearLoginCounters: clearLoginCountersOf });
  registerOperatorRoutes(app, ctx);
  registerOperatorImportRoutes(app, ctx);
  registerCadreRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerCalendarRoutes(app, ctx.db);
  registerChecklistRoutes(app, ctx);
  // Closing an inspection raises rectification demands and completes its plan entry: rectification and the
  // plan sit above inspection, so they are wired here.
  registerInspectionRoutes(app, ctx, inspectionDemands, inspectionPlanEntries);
  registerRectificationRoutes(app, ctx);
  registerThreeShowsRoutes(app, ctx);
  registerRiskGradeRoutes(app, ctx);
  registerInspectionPlanRoutes(app, ctx);
  registerRandomDrawRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerSamplingRoutes(app, ctx);
  registerDisposalRoutes(app, ctx);
  registerLeadRoutes(app, ctx);
  registerEnforcementCaseRoutes(app, ctx);
  registerPublicTestRoutes(app, ctx);
  registerConsumerNoticeRoutes(app, ctx);
  registerSamplingAnalyticsRoutes(app, ctx);
  registerFoodStandardRoutes(app, ctx);
  registerGuidanceRoutes(app, ctx);
  registerRumourRoutes(app, ctx);
  registerLawRoutes(app, ctx);
  registerComplaintHotspotRoutes(app, ctx);
  registerInterviewRoutes(app, ctx);
  registerOdrRoutes(app, ctx);
  registerServiceStationRoutes(app, ctx);
  registerComplaintClassificationRoutes(app, ctx);
  registerComplaintRoutes(app, ctx);
  registerComplaintImportRoutes(app, ctx);
  registerCreditRoutes(app, ctx);
  registerTargetingRoutes(app, ctx);
  registerWorkbenchRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerPublicPortalRoutes(app, ctx);
  registerCadreVisitRoutes(app, ctx);
  registerCadreDutyRoutes(app, ctx);
  registerSelfCheckRoutes(app, ctx);
  registerStaffingRoutes(app, ctx);
  registerNoticeLetterRoutes(app, ctx);
  registerExamRoutes(app, ctx);
  registerExamQuestionRoutes(app, ctx);
  registerTrainingRoutes(app, ctx);
  registerRiskControlRoutes(app, ctx);

  const webDir = options.webDir && existsSync(path.join(options.webDir, 'index.html')) ? options.webDir : null;
  // Files are looked up per request (not listed once at start), so a rebuilt web app is served at once.
  if (webDir) await app.register(fastifyStatic, { root: webDir });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes on the client: a non-API page path gets index.html; a missing file
    // (an asset from an older build, say) stays a 404 rather than HTML posing as JavaScript.
    const pathname = request.url.split('?')[0];
    const pagePath = !pathname.startsWith('/api/') && path.extname(pathname) === '';
    if (webDir && request.method === 'GET' && pagePath) return reply.sendFile('index.html');
    return reply.status(404).send({ error: new AppError('NOT_FOUND').render(request.lang) });
  });
  return app;
}
