// Sampling: plans and tasks (district staff), institutions, samples in the user's data scope,
// test reports checked item by item, publication per the plan's policy.
import { ROLE_SCOPE } from '@shian/shared/access';
import type { TPage } from '@shian/shared/http';
import {
  checkTestItem,
  formatSampleNo,
  isPublished,
  NEXT_PLAN_STATUS,
  numericValueOf,
  sampleVerdictOf,
  type TPlanProgress,
  type TPublishPolicy,
  type TSample,
  type TSampleCreate,
  type TSampleListQuery,
  type TSampleSummary,
  type TSamplingPlanCreate,
  type TSamplingPlanListQuery,
  type TSamplingPlanPatch,
  type TSamplingTaskCreate,
  type TSamplingTaskPatch,
  type TTestingInstitutionCreate,
  type TSampleReportPut,
  type TTestReportInput,
  type TVerdict,
} from '@shian/shared/sampling';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { invalidField, invalidFields, type TFieldProblem } from '../../core/field-error.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { findFile, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { findOperator, getOperator, operatorScopeOf } from '../operator/operator.public.ts';
import { findUsersByIds } from '../user/user.public.ts';
import * as repo from './sampling.repository.ts';
import { reportLocked } from './sampling-report-locks.ts';
import { presentInstitution, presentPlan, presentReport, presentSample, presentSampleSummary, presentTask } from './sampling.presenter.ts';

/** Plans are the district's: station staff take samples against them but do not draw them up. */
function requireDistrict(user: TSessionUser) {
  if (ROLE_SCOPE[user.role] !== 'district') throw forbidden();
}

// ---- plans and tasks

export async function listPlans(ctx: TContext, user: TSessionUser, query: TSamplingPlanListQuery) {
  const [rows, total] = await Promise.all([repo.listPlans(ctx.db, user.bureauId, query), repo.countPlans(ctx.db, user.bureauId, query)]);
  return { items: rows.map(presentPlan), total, page: query.page, pageSize: query.pageSize };
}

async function loadPlan(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findPlan(db, user.bureauId, id);
  if (!row) throw notFound();
  return row;
}

/** Station users see their own station's tasks only. */
const taskStationOf = (user: TSessionUser) => (ROLE_SCOPE[user.role] === 'station' ? (user.stationId ?? '00000000-0000-0000-0000-000000000000') : null);

export async function getPlan(ctx: TContext, user: TSessionUser, id: string) {
  const plan = await loadPlan(ctx.db, user, id);
  const tasks = await repo.tasksOf(ctx.db, id, taskStationOf(user));
  return { ...presentPlan(plan), tasks: tasks.map(presentTask) };
}

export async function createPlan(ctx: TContext, user: TSessionUser, input: TSamplingPlanCreate) {
  requireDistrict(user);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertPlan(tx, { ...input, bureauId: user.bureauId });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'sampling_plan', entityId: row.id, after: input }]);
    return { ...presentPlan(row), tasks: [] };
  });
}

export async function updatePlan(ctx: TContext, user: TSessionUser, id: string, patch: TSamplingPlanPatch) {
  requireDistrict(user);
  const before = await loadPlan(ctx.db, user, id);
  const { version, ...fields } = patch;
  if (fields.status && fields.status !== before.status && NEXT_PLAN_STATUS[before.status as keyof typeof NEXT_PLAN_STATUS] !== fields.status) {
    throw invalidField('status', { zh: `计划状态只能依次由草稿变为执行中、已结束`, en: 'a plan goes from draft to active to closed, in that order' });
  }
  await ctx.db.transaction(async (tx) => {
    await repo.updatePlanVersioned(tx, id, version, fields);
    if (fields.publishPolicy && fields.publishPolicy !== before.publishPolicy) await repo.setPublishedOfPlan(tx, id, fields.publishPolicy);
    await recordAudit(tx, [
      { actor: user, action: 'update', entity: 'sampling_plan', entityId: id, before: { status: before.status, publishPolicy: before.publishPolicy }, after: fields },
    ]);
  });
  return getPlan(ctx, user, id);
}

export async function createTask(ctx: TContext, user: TSessionUser, planId: string, input: TSamplingTaskCreate) {
  requireDistrict(user);
  const plan = await loadPlan(ctx.db, user, planId);
  if (plan.status === 'closed') throw invalidField('planId', { zh: '计划已结束，不能再添加任务', en: 'the plan is closed' });
  if (!(await repo.findStation(ctx.db, user.bureauId, input.stationId))) throw invalidField('stationId', { zh: '不是本局的市场监管所', en: 'is not a station of the bureau' });
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertTask(tx, { ...input, planId, bureauId: user.bureauId });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'sampling_task', entityId: row.id, after: { planId, ...input } }]);
    const [task] = (await repo.tasksOf(tx, planId, input.stationId)).filter((t) => t.id === row.id);
    return presentTask(task);
  });
}

/** Changes a pushed task; the quantity cannot fall below what the station has already sampled. */
export async function updateTask(ctx: TContext, user: TSessionUser, planId: string, taskId: string, patch: TSamplingTaskPatch) {
  requireDistrict(user);
  const plan = await loadPlan(ctx.db, user, planId);
  if (plan.status === 'closed') throw invalidField('planId', { zh: '计划已结束，不能再修改任务', en: 'the plan is closed' });
  const before = await repo.findTask(ctx.db, planId, taskId);
  if (!before) throw notFound();
  const { version, ...fields } = patch;
  const taken = (await repo.takenPerTask(ctx.db, planId)).get(taskId) ?? 0;
  if (fields.quantity !== undefined && fields.quantity < taken) {
    throw invalidField('quantity', { zh: `已抽样 ${taken} 批，任务数量不能少于已抽数`, en: `${taken} samples are already taken; the quantity cannot be lower` });
  }
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updateTaskVersioned(tx, taskId, version, fields);
    await recordAudit(tx, [
      { actor: user, action: 'update', entity: 'sampling_task', entityId: taskId, before: { month: before.month, quantity: before.quantity }, after: fields },
    ]);
    const [task] = (await repo.tasksOf(tx, planId, row.stationId)).filter((t) => t.id === taskId);
    return presentTask(task);
  });
}

export async function planProgress(ctx: TContext, user: TSessionUser, id: string): Promise<TPlanProgress> {
  await loadPlan(ctx.db, user, id);
  const tasks = await repo.tasksOf(ctx.db, id, taskStationOf(user));
  const taken = await repo.takenPerTask(ctx.db, id);
  const rows = tasks.map((t) => ({ ...presentTask(t), taken: taken.get(t.id) ?? 0 }));
  return { planId: id, quantity: rows.reduce((s, r) => s + r.quantity, 0), taken: rows.reduce((s, r) => s + r.taken, 0), tasks: rows };
}

// ---- institutions

export async function listInstitutions(ctx: TContext, user: TSessionUser) {
  return (await repo.listInstitutions(ctx.db, user.bureauId)).map(presentInstitution);
}

export async function createInstitution(ctx: TContext, user: TSessionUser, input: TTestingInstitutionCreate) {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertInstitution(tx, { ...input, bureauId: user.bureauId });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'testing_institution', entityId: row.id, after: input }]);
    return presentInstitution(row);
  });
}

// ---- samples

export async function listSamples(ctx: TContext, user: TSessionUser, query: TSampleListQuery): Promise<TPage<TSampleSummary>> {
  const scope = operatorScopeOf(user);
  const [rows, total] = await Promise.all([repo.listSamples(ctx.db, scope, query), repo.countSamples(ctx.db, scope, query)]);
  return { items: rows.map(presentSampleSummary), total, page: query.page, pageSize: query.pageSize };
}

async function loadSample(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findSample(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

async function sampleDetail(db: TDbOrTx, row: repo.TSampleListRow): Promise<TSample> {
  const report = await repo.reportOf(db, row.id);
  const items = report ? await repo.itemsOf(db, [report.id]) : [];
  return presentSample(row, report ? presentReport(report, items) : null);
}

export async function getSample(ctx: TContext, user: TSessionUser, id: string) {
  return sampleDetail(ctx.db, await loadSample(ctx.db, user, id));
}

export async function createSample(ctx: TContext, user: TSessionUser, input: TSampleCreate) {
  const operator = await getOperator(ctx, user, input.operatorId);
  const plan = await repo.findPlan(ctx.db, user.bureauId, input.planId);
  if (!plan) throw invalidField('planId', { zh: '不存在', en: 'does not exist' });
  if (plan.status !== 'active') throw invalidField('planId', { zh: '计划不在执行中', en: 'the plan is not active' });
  const problems: TFieldProblem[] = [];
  if (input.taskId) {
    const task = await repo.findTask(ctx.db, plan.id, input.taskId);
    const ownStation = taskStationOf(user);
    if (!task || (ownStation && task.stationId !== ownStation))
      problems.push({ path: 'taskId', reason: { zh: '不是该计划（本所）的任务', en: 'is not a task of this plan for your station' } });
  }
  let manufacturerName = input.manufacturerName;
  let manufacturerAddress = input.manufacturerAddress;
  if (input.manufacturerOperatorId) {
    // The manufacturer may be anywhere in the district's registry, outside the sampler's own scope.
    const manufacturer = await findOperator(ctx.db, { kind: 'district', bureauId: user.bureauId }, input.manufacturerOperatorId);
    if (!manufacturer) problems.push({ path: 'manufacturerOperatorId', reason: { zh: '不是本辖区登记的主体', en: 'is not an operator of the registry' } });
    else {
      manufacturerName = manufacturer.name;
      manufacturerAddress = manufacturer.address;
    }
  }
  if (input.institutionId && !(await repo.findInstitution(ctx.db, user.bureauId, input.institutionId))) {
    problems.push({ path: 'institutionId', reason: { zh: '不存在', en: 'does not exist' } });
  }
  const companions = await findUsersByIds(ctx.db, user.bureauId, input.accompaniedBy);
  const strangers = input.accompaniedBy.filter((id) => !companions.some((c) => c.id === id && c.active && c.stationId));
  if (strangers.length)
    problems.push({ path: 'accompaniedBy', reason: { zh: `${strangers.length} 人不是市场监管所的在岗人员`, en: `${strangers.length} of them are not active station staff` } });
  if (problems.length) throw invalidFields(problems);

  const row = await ctx.db.transaction(async (tx) => {
    const prefix = `CJ${input.sampledOn.replace(/-/g, '')}`;
    const sampleNo = formatSampleNo(input.sampledOn, await repo.nextSampleSerial(tx, prefix));
    const inserted = await repo.insertSample(tx, {
      ...input,
      manufacturerName: manufacturerName!,
      manufacturerAddress,
      operatorId: operator.id,
      bureauId: user.bureauId,
      sampleNo,
    });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'sample', entityId: inserted.id, after: { ...input, sampleNo } }]);
    return inserted;
  });
  return getSample(ctx, user, row.id);
}

export async function addSamplePhoto(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload) {
  await loadSample(ctx.db, user, id);
  return ctx.db.transaction(async (tx) => {
    const file = await storeImage(tx, ctx.filesDir, { bureauId: user.bureauId, kind: 'photo', buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
    await repo.addSamplePhoto(tx, id, file.id);
    await recordAudit(tx, [{ actor: user, action: 'add_photo', entity: 'sample', entityId: id, after: { fileId: file.id, sha256: file.sha256 } }]);
    return { id: file.id };
  });
}

export async function readSamplePhoto(ctx: TContext, user: TSessionUser, id: string, fileId: string, thumbnail: boolean) {
  const row = await loadSample(ctx.db, user, id);
  if (!row.photoFileIds.includes(fileId)) throw notFound();
  return readStoredFile(ctx.filesDir, await findFile(ctx.db, user.bureauId, fileId), thumbnail);
}

export async function sampleForLabel(ctx: TContext, user: TSessionUser, id: string) {
  return loadSample(ctx.db, user, id);
}

// ---- reports

/** Field problems of a report's items, each naming the item. */
export function reportProblems(input: TTestReportInput): TFieldProblem[] {
  return input.items.flatMap((item, index) => checkTestItem(item).map((p) => ({ path: `items.${index}.${p.field}`, reason: { zh: p.zh, en: p.en } })));
}

/** expectedVersion: the sample's version the user saw (hand entry); null for a lab file, keyed by sample number. */
type TReportWrite = { sample: repo.TSampleListRow; report: TTestReportInput; importedFrom: string | null; expectedVersion: number | null };

/** Writes one report in its own transaction (audit included); the caller publishes the event. */
async function writeReport(ctx: TContext, user: TSessionUser, write: TReportWrite, policy: TPublishPolicy) {
  const { sample, report } = write;
  const verdict: TVerdict = sampleVerdictOf(report.items);
  await ctx.db.transaction(async (tx) => {
    // The sample's row first: it queues writers of the same sample, and a stale version (a second identical
    // request) is refused with 409 before it would insert a second report.
    await repo.setSampleResult(tx, sample.id, { verdict, published: isPublished(policy, verdict) }, write.expectedVersion);
    if (await reportLocked(ctx, tx, sample.id)) throw new AppError('CONFLICT', { what: { zh: '该样品的核查处置', en: "This sample's disposal " } });
    await repo.replaceReport(
      tx,
      {
        sampleId: sample.id,
        reportNo: report.reportNo,
        institutionId: report.institutionId ?? sample.institutionId,
        issuedOn: report.issuedOn,
        verdict,
        importedFrom: write.importedFrom,
      },
      report.items.map((i) => ({ ...i, numericValue: numericValueOf(i.value) })),
    );
    await recordAudit(tx, [
      {
        actor: user,
        action: 'report',
        entity: 'sample',
        entityId: sample.id,
        after: { reportNo: report.reportNo, issuedOn: report.issuedOn, verdict, items: report.items, importedFrom: write.importedFrom },
      },
    ]);
  });
  return { sampleId: sample.id, sampleNo: sample.sampleNo, operatorId: sample.operatorId, verdict, reportedOn: report.issuedOn };
}

async function policyOf(db: TDbOrTx, user: TSessionUser, planId: string) {
  return (await repo.findPlan(db, user.bureauId, planId))?.publishPolicy ?? 'none';
}

/** Writes reports one by one; each is published as 'sample.reported' after its commit. */
export async function writeReports(ctx: TContext, user: TSessionUser, writes: TReportWrite[]) {
  const done = [];
  for (const write of writes) {
    const result = await writeReport(ctx, user, write, await policyOf(ctx.db, user, write.sample.planId));
    await ctx.events.publish('sample.reported', { sampleId: result.sampleId, operatorId: result.operatorId, verdict: result.verdict, reportedOn: result.reportedOn }, user);
    done.push(result);
  }
  return done;
}

export async function saveReport(ctx: TContext, user: TSessionUser, id: string, input: TSampleReportPut) {
  const sample = await loadSample(ctx.db, user, id);
  const problems = reportProblems(input);
  if (input.institutionId && !(await repo.findInstitution(ctx.db, user.bureauId, input.institutionId))) {
    problems.push({ path: 'institutionId', reason: { zh: '不存在', en: 'does not exist' } });
  }
  if (problems.length) throw invalidFields(problems);
  if (await reportLocked(ctx, ctx.db, sample.id)) throw new AppError('CONFLICT', { what: { zh: '该样品的核查处置', en: "This sample's disposal " } });
  const { version, ...report } = input;
  await writeReports(ctx, user, [{ sample, report, importedFrom: null, expectedVersion: version }]);
  return getSample(ctx, user, id);
}

/** For the lab import: samples by number in the user's scope, with whether each may still take a report. */
export async function samplesForImport(ctx: TContext, user: TSessionUser, sampleNos: string[]) {
  const rows = await repo.findSamplesByNo(ctx.db, operatorScopeOf(user), sampleNos);
  const result = new Map<string, { row: repo.TSampleListRow; disposed: boolean }>();
  for (const row of rows) result.set(row.sampleNo, { row, disposed: await reportLocked(ctx, ctx.db, row.id) });
  return result;
}

// ---- for other modules

export const failingItemsOf = (db: TDbOrTx, sampleIds: string[]) => repo.failingItemsOf(db, sampleIds);
export const reportedSamplesOf = (db: TDbOrTx, operatorIds: string[], options: { publishedOnly: boolean }) => repo.reportedSamplesOf(db, operatorIds, options);
export const nonconformingReportsOf = (db: TDbOrTx, operatorIds: string[], since: string, asOf: string) => repo.nonconformingReportsOf(db, operatorIds, since, asOf);
