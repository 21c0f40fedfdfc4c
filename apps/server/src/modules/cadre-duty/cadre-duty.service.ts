// The three lists and the pledge: the office's templates (versioned) and settings, campaigns, the year's lists
// made once for every active cadre, read in the user's scope, and the pledge signed on screen by its cadre.
import sharp from 'sharp';
import type {
  TCampaign,
  TCampaignCreate,
  TDuty,
  TDutyGenerated,
  TDutyListQuery,
  TDutySettings,
  TDutySettingsUpdate,
  TDutySubject,
  TDutySummary,
  TDutyTemplate,
  TDutyTemplatePublish,
  TDutyUnitStatus,
} from '@shian/shared/cadre-duty';
import { PLEDGE_TITLE } from '@shian/shared/cadre-duty';
import type { TCadreLevel } from '@shian/shared/cadre';
import type { TPage } from '@shian/shared/http';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { findFile, imageTypeOf, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { getOrganisation } from '../org/org.public.ts';
import { dutyTasks } from './cadre-duty-tasks.ts';
import { chinaDate, pledgeDocx } from './cadre-duty-pledge.ts';
import { presentCampaign, presentDutySummary, presentSettings, presentTemplate, presentUnitStatus } from './cadre-duty.presenter.ts';
import * as repo from './cadre-duty.repository.ts';

export async function listTemplates(ctx: TContext, user: TSessionUser, filter: { level?: TCadreLevel; kind?: TDutyTemplate['kind'] }): Promise<TDutyTemplate[]> {
  await repo.ensureTemplates(ctx.db, user.bureauId);
  return (await repo.listTemplates(ctx.db, user.bureauId, filter)).map(presentTemplate);
}

/** A new version of a level's text; lists already made keep theirs. A retired or stale version answers 409. */
export async function publishTemplate(ctx: TContext, user: TSessionUser, id: string, input: TDutyTemplatePublish): Promise<TDutyTemplate> {
  return ctx.db.transaction(async (tx) => {
    const current = await repo.findTemplate(tx, user.bureauId, id);
    if (!current) throw notFound();
    const next = await repo.publishTemplate(tx, current.template, input.version, input.lines, user.id);
    await recordAudit(tx, [
      {
        actor: user,
        action: 'publish',
        entity: 'cadre_duty_template',
        entityId: next.id,
        before: { versionNo: current.template.versionNo },
        after: { level: next.level, kind: next.kind, versionNo: next.versionNo, lines: next.lines },
      },
    ]);
    return presentTemplate((await repo.findTemplate(tx, user.bureauId, next.id))!);
  });
}

export async function getSettings(ctx: TContext, user: TSessionUser): Promise<TDutySettings> {
  return presentSettings(await repo.findSetting(ctx.db, user.bureauId));
}

/** Applies to task lists from now on (they are counted when read); version 0 sets it the first time. */
export async function updateSettings(ctx: TContext, user: TSessionUser, input: TDutySettingsUpdate): Promise<TDutySettings> {
  const { version, ...values } = input;
  return presentSettings(await repo.saveSetting(ctx.db, user, version, values));
}

export async function createCampaign(ctx: TContext, user: TSessionUser, input: TCampaignCreate): Promise<TCampaign> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertCampaign(tx, { bureauId: user.bureauId, title: input.title, fromOn: input.from, toOn: input.to, levels: input.levels, createdBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'cadre_campaign', entityId: row.id, after: input }]);
    return presentCampaign(row);
  });
}

export async function listCampaigns(ctx: TContext, user: TSessionUser, query: { year?: number; page: number; pageSize: number }): Promise<TPage<TCampaign>> {
  const { rows, total } = await repo.campaignsPage(ctx.db, user.bureauId, query);
  return { items: rows.map(presentCampaign), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The year's lists for every active cadre that has none: the level's current templates and the cadre's subjects
 * now, the pledge due by January 31 or the settings' working days from today, whichever is later. Run again, it
 * makes only the missing ones (a cadre added since), so it is safe to repeat.
 */
/** Each active cadre's lists for the year from the current templates (`today`: the day they are made on; the demo backdates). */
export async function generateDuties(ctx: TContext, user: TSessionUser, year: number, today = chinaToday()): Promise<TDutyGenerated> {
  return ctx.db.transaction(async (tx) => {
    await repo.ensureTemplates(tx, user.bureauId);
    const [templates, settings, cadres, assigned] = await Promise.all([
      repo.currentTemplates(tx, user.bureauId),
      repo.findSetting(tx, user.bureauId),
      repo.cadresWithoutDuty(tx, user.bureauId, year),
      repo.assignedSubjects(tx, user.bureauId),
    ]);
    const afterWorkingDays = await dueAfterWorkingDays(tx, today, presentSettings(settings).pledgeWorkingDays);
    const pledgeDueOn = [`${year}-01-31`, afterWorkingDays].sort()[1];
    const templateOf = (level: TCadreLevel, kind: TDutyTemplate['kind']) => templates.find((t) => t.level === level && t.kind === kind)!.id;
    const subjectsOf = new Map<string, TDutySubject[]>();
    for (const s of assigned) {
      const list = subjectsOf.get(s.cadreId) ?? [];
      list.push({ operatorId: s.operatorId, operatorName: s.operatorName, riskGrade: s.riskGrade, onSite: s.riskGrade === 'D' });
      subjectsOf.set(s.cadreId, list);
    }
    const created = await repo.insertDuties(
      tx,
      cadres.map((c) => ({
        bureauId: user.bureauId,
        cadreId: c.id,
        year,
        level: c.level,
        unitCode: c.unitCode,
        responsibilityTemplateId: templateOf(c.level, 'responsibility'),
        taskTemplateId: templateOf(c.level, 'task'),
        pledgeTemplateId: templateOf(c.level, 'pledge'),
        subjects: subjectsOf.get(c.id) ?? [],
        generatedOn: today,
        pledgeDueOn,
      })),
    );
    if (created > 0) await recordAudit(tx, [{ actor: user, action: 'generate', entity: 'cadre_duty', entityId: user.bureauId, after: { year, created, pledgeDueOn } }]);
    const total = await repo.countDuties(tx, user.bureauId, year);
    return { year, created, existing: total - created };
  });
}

export async function listDuties(ctx: TContext, user: TSessionUser, query: TDutyListQuery): Promise<TPage<TDutySummary>> {
  const { rows, total } = await repo.listDuties(ctx.db, operatorScopeOf(user), query);
  return { items: rows.map(presentDutySummary), total, page: query.page, pageSize: query.pageSize };
}

export async function dutyUnitStatus(ctx: TContext, user: TSessionUser, year: number): Promise<TDutyUnitStatus[]> {
  return (await repo.unitStatus(ctx.db, operatorScopeOf(user), year)).map(presentUnitStatus);
}

/** A duty row with its templates' texts, the task list counted from the cadre's visits and campaigns. */
async function dutyDetail(db: TDbOrTx, row: repo.TDutyRow): Promise<TDuty> {
  const d = row.duty;
  const [templates, settings, campaigns, visits] = await Promise.all([
    repo.templatesById(db, [d.responsibilityTemplateId, d.taskTemplateId, d.pledgeTemplateId]),
    repo.findSetting(db, d.bureauId),
    repo.campaignsFor(db, d.bureauId, d.year, d.level),
    repo.visitsOfYear(db, d.cadreId, d.year),
  ]);
  const template = (id: string) => templates.find((t) => t.id === id)!;
  const [responsibility, task, pledge] = [template(d.responsibilityTemplateId), template(d.taskTemplateId), template(d.pledgeTemplateId)];
  const tasks = dutyTasks({
    year: d.year,
    level: d.level,
    visitsPerQuarter: presentSettings(settings).visitsPerQuarter[d.level],
    subjects: d.subjects,
    campaigns,
    standing: task.lines,
    visits,
  });
  const counted = tasks.filter((t) => t.kind !== 'standing');
  return {
    ...presentDutySummary(row),
    generatedOn: d.generatedOn,
    templateVersions: { responsibility: responsibility.versionNo, task: task.versionNo, pledge: pledge.versionNo },
    responsibilities: responsibility.lines,
    subjectList: d.subjects,
    tasks,
    progress: { tasks: counted.length, complete: counted.filter((t) => t.complete).length },
    pledgeTitle: `${d.year}年度${PLEDGE_TITLE}`,
    pledge: pledge.lines,
    hasSignature: d.signatureFileId !== null,
  };
}

async function loadDuty(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findDuty(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

export async function getDuty(ctx: TContext, user: TSessionUser, id: string): Promise<TDuty> {
  return dutyDetail(ctx.db, await loadDuty(ctx.db, user, id));
}

/** The signed-in cadre's lists for a year (this year by default); 404 before they are made. */
export async function myDuty(ctx: TContext, user: TSessionUser, year = Number(chinaToday().slice(0, 4))): Promise<TDuty> {
  const row = user.cadreId ? await repo.findDutyOfCadre(ctx.db, user.cadreId, year) : null;
  if (!row || row.duty.bureauId !== user.bureauId) throw notFound();
  return dutyDetail(ctx.db, row);
}

/** The cadre signs its own pledge once, with a PNG drawn on screen; a stale version answers 409. */
export async function signPledge(ctx: TContext, user: TSessionUser, id: string, upload: TImageUpload): Promise<TDuty> {
  const version = Number(upload.fields.version);
  if (!Number.isInteger(version) || version < 1) throw invalidField('version', { zh: '应为正整数', en: 'must be a positive whole number' });
  const row = await loadDuty(ctx.db, user, id);
  if (row.duty.cadreId !== user.cadreId) throw new AppError('FORBIDDEN');
  if (row.duty.signedAt) throw new AppError('ALREADY_DONE', { what: { zh: '签署承诺书', en: 'Signing the pledge' } });
  if (imageTypeOf(upload.buffer) !== 'image/png') throw new AppError('UNSUPPORTED_FILE', { reason: { zh: '签名应为 PNG 图片', en: 'the signature must be a PNG image' } });
  return ctx.db.transaction(async (tx) => {
    // The version goes first: a stale page stores no file.
    const signed = await repo.signDuty(tx, id, version, { signedAt: new Date(), signedBy: user.id });
    const file = await storeImage(tx, ctx.filesDir, { bureauId: user.bureauId, kind: 'signature', buffer: upload.buffer, originalName: 'signature.png', uploadedBy: user.id });
    await repo.setSignatureFile(tx, signed.id, file.id);
    await recordAudit(tx, [{ actor: user, action: 'sign', entity: 'cadre_duty', entityId: id, after: { year: signed.year, sha256: file.sha256 } }]);
    return dutyDetail(tx, await loadDuty(tx, user, id));
  });
}

/** The pledge as a .docx: the text the cadre was given, who signed and when, and the signature image. */
export async function pledgeFile(ctx: TContext, user: TSessionUser, id: string): Promise<{ buffer: Buffer; fileName: string }> {
  const row = await loadDuty(ctx.db, user, id);
  const [pledge] = await repo.templatesById(ctx.db, [row.duty.pledgeTemplateId]);
  const organisation = await getOrganisation(ctx.db, user.bureauId);
  let signature = null;
  if (row.duty.signatureFileId && row.duty.signedAt) {
    const jpeg = await readStoredFile(ctx.filesDir, await findFile(ctx.db, user.bureauId, row.duty.signatureFileId), false);
    signature = { jpeg, size: await sharp(jpeg).metadata(), signedOn: chinaToday(row.duty.signedAt) };
  }
  const buffer = await pledgeDocx(
    { bureauName: organisation.bureau.name, year: row.duty.year, cadreName: row.cadreName, post: row.post, unitName: row.unitName, lines: pledge.lines },
    signature && { jpeg: signature.jpeg, signedOn: signature.signedOn, width: signature.size.width ?? 400, height: signature.size.height ?? 160 },
  );
  const signedOn = signature ? `-${chinaDate(signature.signedOn)}` : '';
  return { buffer, fileName: `${row.duty.year}年度${PLEDGE_TITLE}-${row.cadreName}${signedOn}.docx` };
}
