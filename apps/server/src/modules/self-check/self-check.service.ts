// The business's self-check records (日管控、周排查、月调度): recorded by the business for the current day, week
// or month, edited only within that period (China dates), corrected by appended notes afterwards; read in the
// reader's data scope; printed as .docx; and the compliance view of who keeps them (a bureau setting).
import sharp from 'sharp';
import type { TPage } from '@shian/shared/http';
import {
  ALL_OK_MIN_RECORDS,
  BEHIND_RATE,
  isEditable,
  mondayOf,
  periodEnd,
  periodOf,
  SELF_CHECK_KIND_NAMES,
  type TComplianceQuery,
  type TComplianceRow,
  type TComplianceSummaryQuery,
  type TComplianceUnit,
  type TCorrectionCreate,
  type TDailyContent,
  type TMonthlyContent,
  type TSelfCheck,
  type TSelfCheckContent,
  type TSelfCheckCreate,
  type TSelfCheckKind,
  type TSelfCheckListQuery,
  type TSelfCheckSettings,
  type TSelfCheckSettingsUpdate,
  type TSelfCheckSummary,
  type TSelfCheckToday,
  type TSelfCheckUpdate,
} from '@shian/shared/self-check';
import { addDays, chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { filesByIds, findFile, imageTypeOf, readStoredFile, storeImage } from '../../core/files/files.ts';
import type { TImageUpload } from '../../core/files/image-upload.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { getOrganisation } from '../org/org.public.ts';
import { controlPointsFor } from '../risk-control/risk-control.public.ts';
import { selfCheckDocx, type TDocxImage, type TDocxSignature } from './self-check-docx.ts';
import { presentCompliance, presentSettings, presentSummary } from './self-check.presenter.ts';
import * as repo from './self-check.repository.ts';

export async function getSettings(ctx: TContext, user: TSessionUser): Promise<TSelfCheckSettings> {
  return presentSettings(await repo.findSetting(ctx.db, user.bureauId));
}

/** Which entity kinds must keep the records from now on; version 0 sets it the first time. */
export async function updateSettings(ctx: TContext, user: TSessionUser, input: TSelfCheckSettingsUpdate): Promise<TSelfCheckSettings> {
  return presentSettings(await repo.saveSetting(ctx.db, user, input.version, { requiredEntityKinds: [...new Set(input.requiredEntityKinds)] }));
}

async function requiredKinds(db: TDbOrTx, bureauId: string) {
  return presentSettings(await repo.findSetting(db, bureauId)).requiredEntityKinds;
}

/** Problems and those left open (a problem point without an action): counted when written, for the compliance view. */
function problemCounts(content: TSelfCheckContent) {
  if (!('items' in content)) return { problems: 0, openProblems: 0 };
  const problems = content.items.filter((i) => i.result === 'problem');
  return { problems: problems.length, openProblems: problems.filter((i) => i.action.trim() === '').length };
}

/**
 * The daily check answers the points it was given, each once, and keeps their texts as they read then: the list's
 * current points when created, the record's own snapshot when edited later that day.
 */
function snapshotItems(content: TDailyContent, points: { key: string; category: string; text: string }[]): TDailyContent {
  const byKey = new Map(content.items.map((i) => [i.key, i]));
  const unknown = content.items.findIndex((i) => !points.some((p) => p.key === i.key));
  if (unknown >= 0) throw invalidField(`content.items.${unknown}.key`, { zh: '不是本单位风险管控清单中的检查项', en: 'is not a point of the risk control list' });
  const missing = points.find((p) => !byKey.has(p.key));
  if (missing) throw invalidField('content.items', { zh: `未记录检查项“${missing.text}”`, en: `point "${missing.text}" is not answered` });
  return { items: points.map((p) => ({ ...byKey.get(p.key)!, key: p.key, category: p.category, text: p.text })) };
}

/** File ids named by a record's content: its problem photos or its signatures. */
function filesOf(content: TSelfCheckContent): { photos: string[]; signatures: string[] } {
  if ('items' in content) return { photos: content.items.flatMap((i) => i.photoIds), signatures: [] };
  if ('signatures' in content) return { photos: [], signatures: content.signatures.map((s) => s.fileId) };
  return { photos: [], signatures: [] };
}

/** Photos and signatures named must be the caller's own uploads of that kind, not part of another record. */
async function checkOwnFiles(db: TDbOrTx, user: TSessionUser, content: TSelfCheckContent, recordId: string | null, keep: string[]) {
  const { photos, signatures } = filesOf(content);
  const ids = [...photos, ...signatures];
  const fresh = ids.filter((id) => !keep.includes(id));
  if (new Set(ids).size !== ids.length) throw invalidField('content', { zh: '同一图片只能使用一次', en: 'names a file twice' });
  const files = await filesByIds(db, user.bureauId, fresh);
  const attached = new Set(await repo.attachedFileIds(db, fresh, recordId));
  for (const id of fresh) {
    const file = files.find((f) => f.id === id);
    const wanted = photos.includes(id) ? 'photo' : 'signature';
    if (file?.kind !== wanted || file.uploadedBy !== user.id || attached.has(id)) {
      const path = wanted === 'photo' ? 'content.items' : 'content.signatures';
      throw invalidField(path, { zh: '引用的图片不是本账号刚上传的', en: 'names an image you have not just uploaded' });
    }
  }
}

function checkMeeting(content: TMonthlyContent, period: string, today: string) {
  if (content.meetingOn < period || content.meetingOn > today) {
    throw invalidField('content.meetingOn', { zh: '应在本月内且不晚于今天', en: 'must be in this month and not after today' });
  }
}

async function detail(db: TDbOrTx, row: repo.TRecordRow, today: string): Promise<TSelfCheck> {
  const corrections = await repo.correctionsOf(db, row.record.id);
  return {
    ...presentSummary(row),
    content: row.record.content,
    editable: isEditable(row.record.kind, row.record.period, today),
    correctionList: corrections.map((c) => ({ id: c.id, text: c.text, byName: c.byName, at: c.at.toISOString() })),
  };
}

async function loadRecord(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findRecord(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  return row;
}

/** The business's operator (or the one named, which must be in the scope: a business reaches only its own). */
async function ownOperator(db: TDbOrTx, user: TSessionUser, operatorId: string | undefined) {
  const id = operatorId ?? user.operatorId;
  const found = id ? await repo.findOperatorInScope(db, operatorScopeOf(user), id) : null;
  if (!found) throw notFound();
  return found;
}

/**
 * Records the current period's check, review or minutes once (a second for the same period answers 409; edit that
 * one instead). `today` is the China date the period is taken from (tests pass their own).
 */
export async function createRecord(ctx: TContext, user: TSessionUser, input: TSelfCheckCreate, today = chinaToday()): Promise<TSelfCheck> {
  const op = await ownOperator(ctx.db, user, input.operatorId);
  const period = periodOf(input.kind, today);
  let content: TSelfCheckContent = input.content;
  let list: { listId: string | null; version: number | null } = { listId: null, version: null };
  if (input.kind === 'daily') {
    const points = await controlPointsFor(ctx.db, op.id);
    content = snapshotItems(input.content, points.points);
    list = points;
  }
  if (input.kind === 'monthly') checkMeeting(input.content, period, today);
  return ctx.db.transaction(async (tx) => {
    await checkOwnFiles(tx, user, content, null, []);
    const row = await repo.insertRecord(tx, op.bureauId, {
      operatorId: op.id,
      kind: input.kind,
      period,
      content,
      listId: list.listId,
      listVersion: list.version,
      ...problemCounts(content),
      recordedBy: user.id,
      recorderName: user.displayName,
    });
    if (!row)
      throw new AppError('CONFLICT', { what: { zh: `本期${SELF_CHECK_KIND_NAMES[input.kind].zh}`, en: `This period's ${SELF_CHECK_KIND_NAMES[input.kind].en.toLowerCase()} ` } });
    await recordAudit(tx, [
      { actor: user, action: 'create', entity: 'self_check', entityId: row.id, after: { operatorId: op.id, kind: input.kind, period, ...problemCounts(content) } },
    ]);
    return detail(tx, await loadRecord(tx, user, row.id), today);
  });
}

/** Changes a record within its period at the version it was read at (409 when stale); once the period is over, 409 PERIOD_CLOSED. */
export async function updateRecord(ctx: TContext, user: TSessionUser, id: string, input: TSelfCheckUpdate, today = chinaToday()): Promise<TSelfCheck> {
  const before = await loadRecord(ctx.db, user, id);
  const r = before.record;
  if (!user.operatorId || r.operatorId !== user.operatorId) throw new AppError('FORBIDDEN');
  if (!isEditable(r.kind, r.period, today)) {
    const period = r.kind === 'daily' ? r.period : `${r.period} ~ ${periodEnd(r.kind, r.period)}`;
    throw new AppError('PERIOD_CLOSED', { what: SELF_CHECK_KIND_NAMES[r.kind], period });
  }
  if (input.kind !== r.kind) throw invalidField('kind', { zh: `应为 ${r.kind}`, en: `must be ${r.kind}` });
  let content: TSelfCheckContent = input.content;
  if (input.kind === 'daily') content = snapshotItems(input.content, 'items' in r.content ? r.content.items : []);
  if (input.kind === 'monthly') checkMeeting(input.content, r.period, today);
  const previous = filesOf(r.content);
  return ctx.db.transaction(async (tx) => {
    // The version goes first: a stale page changes nothing.
    const counts = problemCounts(content);
    await repo.updateRecord(tx, id, input.version, { content, ...counts, recordedBy: user.id, recorderName: user.displayName });
    await checkOwnFiles(tx, user, content, id, [...previous.photos, ...previous.signatures]);
    await recordAudit(tx, [{ actor: user, action: 'update', entity: 'self_check', entityId: id, before: { version: r.version, ...problemCounts(r.content) }, after: counts }]);
    return detail(tx, await loadRecord(tx, user, id), today);
  });
}

/** A note appended to the record (the way to correct it once its period is over); the record itself stays as it was. */
export async function addCorrection(ctx: TContext, user: TSessionUser, id: string, input: TCorrectionCreate, today = chinaToday()): Promise<TSelfCheck> {
  const row = await loadRecord(ctx.db, user, id);
  if (!user.operatorId || row.record.operatorId !== user.operatorId) throw new AppError('FORBIDDEN');
  return ctx.db.transaction(async (tx) => {
    const correction = await repo.insertCorrection(tx, { selfCheckId: id, text: input.text, by: user.id });
    await recordAudit(tx, [{ actor: user, action: 'correct', entity: 'self_check', entityId: id, after: { correctionId: correction.id, text: input.text } }]);
    return detail(tx, await loadRecord(tx, user, id), today);
  });
}

export async function getRecord(ctx: TContext, user: TSessionUser, id: string): Promise<TSelfCheck> {
  return detail(ctx.db, await loadRecord(ctx.db, user, id), chinaToday());
}

export async function listRecords(ctx: TContext, user: TSessionUser, query: TSelfCheckListQuery): Promise<TPage<TSelfCheckSummary>> {
  const { rows, total } = await repo.listRecords(ctx.db, operatorScopeOf(user), query);
  return { items: rows.map(presentSummary), total, page: query.page, pageSize: query.pageSize };
}

/** Today's page of the business: the points of its list and the records of this day, week and month. */
export async function todayOf(ctx: TContext, user: TSessionUser, operatorId: string | undefined): Promise<TSelfCheckToday> {
  const today = chinaToday();
  const op = await ownOperator(ctx.db, user, operatorId);
  const [points, rows, kinds] = await Promise.all([
    controlPointsFor(ctx.db, op.id),
    repo.recordsOfPeriods(
      ctx.db,
      op.id,
      (['daily', 'weekly', 'monthly'] as const).map((kind) => ({ kind, period: periodOf(kind, today) })),
    ),
    requiredKinds(ctx.db, op.bureauId),
  ]);
  const of = async (kind: TSelfCheckKind) => {
    const row = rows.find((r) => r.record.kind === kind);
    return row ? detail(ctx.db, row, today) : null;
  };
  return {
    operatorId: op.id,
    operatorName: op.name,
    today,
    required: await repo.isRequired(ctx.db, op.id, kinds),
    listVersion: points.version,
    points: points.points.map((p) => ({ key: p.key, category: p.category, text: p.text })),
    daily: await of('daily'),
    weekly: await of('weekly'),
    monthly: await of('monthly'),
  };
}

/** Stores a problem photo (any image) or a signature (PNG drawn on screen) before the record that names it. */
export async function storeUpload(ctx: TContext, user: TSessionUser, upload: TImageUpload, kind: 'photo' | 'signature'): Promise<{ id: string }> {
  if (kind === 'signature' && imageTypeOf(upload.buffer) !== 'image/png') {
    throw new AppError('UNSUPPORTED_FILE', { reason: { zh: '签名应为 PNG 图片', en: 'the signature must be a PNG image' } });
  }
  return ctx.db.transaction(async (tx) => {
    const file = await storeImage(tx, ctx.filesDir, { bureauId: user.bureauId, kind, buffer: upload.buffer, originalName: upload.filename, uploadedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'upload', entity: 'stored_file', entityId: file.id, after: { purpose: `self_check_${kind}`, sha256: file.sha256 } }]);
    return { id: file.id };
  });
}

/** The bytes of a photo or signature a record names, when the record is in the caller's scope (404 otherwise). */
export async function readFileOf(ctx: TContext, user: TSessionUser, id: string, fileId: string, thumbnail: boolean) {
  const row = await loadRecord(ctx.db, user, id);
  const { photos, signatures } = filesOf(row.record.content);
  if (![...photos, ...signatures].includes(fileId)) throw notFound();
  return readStoredFile(ctx.filesDir, await findFile(ctx.db, user.bureauId, fileId), thumbnail);
}

export async function recordFile(ctx: TContext, user: TSessionUser, id: string): Promise<{ buffer: Buffer; fileName: string }> {
  const record = await detail(ctx.db, await loadRecord(ctx.db, user, id), chinaToday());
  const organisation = await getOrganisation(ctx.db, user.bureauId);
  const imageOf = async (fileId: string, thumbnail: boolean): Promise<TDocxImage> => {
    const jpeg = await readStoredFile(ctx.filesDir, await findFile(ctx.db, user.bureauId, fileId), thumbnail);
    const size = await sharp(jpeg).metadata();
    return { jpeg, width: size.width ?? 300, height: size.height ?? 200 };
  };
  const signatures: TDocxSignature[] = [];
  if ('signatures' in record.content) {
    for (const s of record.content.signatures) signatures.push({ name: s.name, role: s.role, ...(await imageOf(s.fileId, false)) });
  }
  // Thumbnails: a printed form shows what was found, not the full photograph.
  const photos = new Map<string, TDocxImage[]>();
  if ('items' in record.content) {
    for (const item of record.content.items) {
      if (item.photoIds.length) photos.set(item.key, await Promise.all(item.photoIds.map((fileId) => imageOf(fileId, true))));
    }
  }
  const buffer = await selfCheckDocx(record, organisation.bureau.name, signatures, photos);
  return { buffer, fileName: `${SELF_CHECK_KIND_NAMES[record.kind].zh}-${record.operatorName}-${record.period}.docx` };
}

/**
 * The window the compliance view counts over (docs/architecture.md): from `from` (the 1st of January of `to`'s year
 * by default) to `to` (today by default); days are due up to yesterday (today is still open), or `to` if earlier.
 * Each operator is due from the later of `from` and its first record (repository: complianceRows).
 */
export function complianceWindow(query: { from?: string; to?: string }, today: string): repo.TComplianceWindow {
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalidField('from', { zh: '不能晚于结束日期', en: 'must not be after the end date' });
  const dueTo = [to, addDays(today, -1)].sort()[0];
  const firstMonday = mondayOf(from) === from ? from : addDays(mondayOf(from), 7);
  const lastMonday = periodEnd('weekly', mondayOf(dueTo)) <= dueTo ? mondayOf(dueTo) : addDays(mondayOf(dueTo), -7);
  const firstMonth = from.endsWith('-01') ? from : addDays(periodEnd('monthly', periodOf('monthly', from)), 1);
  const lastMonth = periodEnd('monthly', periodOf('monthly', dueTo)) <= dueTo ? periodOf('monthly', dueTo) : periodOf('monthly', addDays(periodOf('monthly', dueTo), -1));
  return { from, to, dueTo, recentFrom: addDays(to, -89), firstMonday, lastMonday, firstMonth, lastMonth, behindRate: BEHIND_RATE, allOkMinRecords: ALL_OK_MIN_RECORDS };
}

export async function compliance(ctx: TContext, user: TSessionUser, query: TComplianceQuery, today = chinaToday()): Promise<TPage<TComplianceRow>> {
  const w = complianceWindow(query, today);
  const required = await requiredKinds(ctx.db, user.bureauId);
  const { rows, total } = await repo.compliancePage(ctx.db, operatorScopeOf(user), required, w, query, query);
  return { items: rows.map(presentCompliance), total, page: query.page, pageSize: query.pageSize };
}

export async function complianceSummary(ctx: TContext, user: TSessionUser, query: TComplianceSummaryQuery, today = chinaToday()): Promise<TComplianceUnit[]> {
  const w = complianceWindow(query, today);
  const rows = await repo.complianceByUnit(ctx.db, operatorScopeOf(user), await requiredKinds(ctx.db, user.bureauId), w);
  return rows.map((r) => ({ ...r, rate: r.daysDue === 0 ? 1 : Math.round((r.daysRecorded / r.daysDue) * 1000) / 1000 }));
}
