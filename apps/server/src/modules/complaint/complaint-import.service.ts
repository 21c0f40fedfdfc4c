// 12315 export import: upload → column mapping → dry run (writes nothing, row-level errors, how many
// numbers are already stored) → commit in the background with progress. Rows are keyed by the 12315
// registration number per bureau: a stored number is skipped or updated (the user chose which), never
// duplicated. The parsed file stays in this process's memory for 30 minutes between the steps (a restart
// forgets it: upload again); the job's counts, errors and progress are in complaint_import.
import {
  COMPLAINT_IMPORT_FIELDS,
  REQUIRED_COMPLAINT_IMPORT_FIELDS,
  receiptDueDates,
  suggestComplaintMapping,
  type TComplaintImport,
  type TComplaintImportCommit,
  type TComplaintImportDryRun,
  type TComplaintImportMapping,
  type TComplaintImportRowError,
  type TOperatorMatch,
} from '@shian/shared/complaint';
import { fieldLabel, type TLang } from '@shian/shared/messages';
import { chinaToday, type TCalendarDays } from '@shian/shared/working-days';
import { dataScopeOf, type TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { readSheet, type TSheet } from '../../core/excel.ts';
import { runInBackground } from '../../core/jobs.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import * as repo from './complaint.repository.ts';
import * as imports from './complaint-import.repository.ts';
import { columnIndex, readRow, type TImportedComplaint } from './complaint-import-file.ts';
import { encryptComplainant, loadRegistryMatcher, matchFieldsMany, matchNote, validUscc } from './complaint.service.ts';
import type { TUnit } from './complaint-matching.ts';
import type { TRegistryMatcher } from './complaint-registry-matcher.ts';

export const MAX_COMPLAINT_IMPORT_ROWS = 100_000;
export const COMPLAINT_IMPORT_TTL_MS = 30 * 60 * 1000;
const BATCH = 500;
const MAX_ERRORS_KEPT = 1000;

type TPending = { id: string; userId: string; bureauId: string; sheet: TSheet; expiresAt: number; rows: TImportedComplaint[] | null };
const pending = new Map<string, TPending>();
const progress = new Map<string, { processed: number; created: number; updated: number; skipped: number }>();

function sweep(now = Date.now()) {
  for (const [id, entry] of pending) if (entry.expiresAt <= now && !progress.has(id)) pending.delete(id);
}

const t = (lang: TLang, zh: string, en: string) => (lang === 'en' ? en : zh);

export function presentImport(job: imports.TComplaintImportRow): TComplaintImport {
  const live = progress.get(job.id);
  const headers = pending.get(job.id)?.sheet.headers ?? [];
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    headers,
    suggestedMapping: suggestComplaintMapping(headers),
    mapping: job.mapping ?? null,
    onExisting: job.onExisting,
    total: job.total,
    valid: job.valid,
    invalid: job.invalid,
    existing: job.existing,
    processed: live?.processed ?? job.processed,
    created: live?.created ?? job.created,
    updated: live?.updated ?? job.updated,
    skipped: live?.skipped ?? job.skipped,
    errors: job.errors,
    message: job.message,
  };
}

/**
 * Imports are the bureau's work (a 12315 export covers the district): only district scopes upload. A job
 * belongs to its uploader, so anyone else gets 404 for its id.
 */
async function loadJob(ctx: TContext, user: TSessionUser, id: string) {
  const job = await imports.jobs.find(ctx.db, user.bureauId, id);
  if (!job || job.userId !== user.id) throw notFound();
  return job;
}

function loadPending(user: TSessionUser, id: string) {
  sweep();
  const entry = pending.get(id);
  if (!entry || entry.userId !== user.id) {
    throw invalidField('file', { zh: '上传的文件已过期（30 分钟），请重新上传', en: 'the uploaded file expired (30 minutes); upload it again' });
  }
  return entry;
}

export async function uploadComplaintFile(ctx: TContext, user: TSessionUser, fileName: string, buffer: Buffer) {
  if (dataScopeOf(user) !== 'district') throw forbidden();
  const sheet = await readSheet(buffer, fileName);
  if (sheet.headers.length === 0) throw invalidField('file', { zh: '文件没有表头', en: 'the file has no header row' });
  if (sheet.rows.length === 0) throw invalidField('file', { zh: '文件中没有数据行', en: 'the file has no data rows' });
  if (sheet.rows.length > MAX_COMPLAINT_IMPORT_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', { limit: { zh: `${MAX_COMPLAINT_IMPORT_ROWS} 行，请分成多个文件`, en: `${MAX_COMPLAINT_IMPORT_ROWS} rows; split the file` } });
  }
  const job = await imports.jobs.insert(ctx.db, { bureauId: user.bureauId, userId: user.id, fileName, status: 'uploaded', total: sheet.rows.length });
  sweep();
  pending.set(job.id, { id: job.id, userId: user.id, bureauId: user.bureauId, sheet, expiresAt: Date.now() + COMPLAINT_IMPORT_TTL_MS, rows: null });
  return presentImport(job);
}

export async function getComplaintImport(ctx: TContext, user: TSessionUser, id: string) {
  return presentImport(await loadJob(ctx, user, id));
}

function checkMapping(headers: string[], mapping: TComplaintImportMapping) {
  const problems: { path: string; zh: string; en: string }[] = [];
  for (const f of REQUIRED_COMPLAINT_IMPORT_FIELDS) if (!mapping[f]) problems.push({ path: `mapping.${f}`, zh: '请选择对应的列', en: 'choose its column' });
  const seen = new Map<string, string>();
  for (const f of COMPLAINT_IMPORT_FIELDS) {
    const header = mapping[f];
    if (!header) continue;
    if (!headers.includes(header)) problems.push({ path: `mapping.${f}`, zh: `文件中没有列「${header}」`, en: `the file has no column "${header}"` });
    else if (seen.has(header)) problems.push({ path: `mapping.${f}`, zh: `列「${header}」已对应到其他字段`, en: `column "${header}" is already used` });
    else seen.set(header, f);
  }
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', {}, (lang) =>
      problems.map((p) => ({
        path: p.path,
        message: `${t(lang, '列对应', 'Column mapping')} · ${fieldLabel([p.path.split('.')[1]], lang)}${t(lang, '：', ': ')}${t(lang, p.zh, p.en)}`,
      })),
    );
  }
}

/** Checks every row through the mapping; writes nothing but the job's report. */
export async function dryRunComplaintImport(ctx: TContext, user: TSessionUser, id: string, input: TComplaintImportDryRun, lang: TLang) {
  const job = await loadJob(ctx, user, id);
  if (job.status !== 'uploaded' && job.status !== 'validated') throw new AppError('ALREADY_DONE', { what: { zh: '该导入任务', en: 'This import' } });
  const entry = loadPending(user, id);
  const { headers } = entry.sheet;
  checkMapping(headers, input.mapping);
  const index = columnIndex(headers, input.mapping);
  const now = new Date();
  const errors: TComplaintImportRowError[] = [];
  const invalidRows = new Set<number>();
  const valid: TImportedComplaint[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, cells } of entry.sheet.rows) {
    const read = readRow(rowNumber, cells, index, input.mapping, lang, now);
    if (read.complaint) {
      const first = firstRowOf.get(read.complaint.registrationNo);
      if (first) {
        read.errors.push({ row: rowNumber, field: input.mapping.registrationNo!, message: t(lang, `与第 ${first} 行重复`, `repeats row ${first}`) });
      } else {
        firstRowOf.set(read.complaint.registrationNo, rowNumber);
        valid.push(read.complaint);
      }
    }
    if (read.errors.length) {
      invalidRows.add(rowNumber);
      errors.push(...read.errors);
    }
  }
  let existing = 0;
  for (let i = 0; i < valid.length; i += 2000) {
    existing += (
      await repo.findByRegistrationNos(
        ctx.db,
        user.bureauId,
        valid.slice(i, i + 2000).map((r) => r.registrationNo),
      )
    ).length;
  }
  entry.rows = valid;
  entry.expiresAt = Date.now() + COMPLAINT_IMPORT_TTL_MS;
  const updated = await imports.jobs.update(ctx.db, id, {
    status: 'validated',
    mapping: input.mapping,
    onExisting: input.onExisting,
    total: entry.sheet.rows.length,
    valid: valid.length,
    invalid: invalidRows.size,
    existing,
    errors: errors.slice(0, MAX_ERRORS_KEPT),
  });
  return presentImport(updated);
}

/** all: only when every row passed (a failed file writes nothing); valid: the rows that passed. */
export async function commitComplaintImport(ctx: TContext, user: TSessionUser, id: string, input: TComplaintImportCommit) {
  const job = await loadJob(ctx, user, id);
  if (job.status === 'uploaded') throw invalidField('mapping', { zh: '请先完成列对应并试导入', en: 'run the dry run with a mapping first' });
  if (job.status !== 'validated') throw new AppError('ALREADY_DONE', { what: { zh: '该导入任务', en: 'This import' } });
  if (input.mode === 'all' && job.invalid > 0) {
    throw invalidField('mode', {
      zh: `有 ${job.invalid} 行未通过校验，不能全部导入：请修正文件，或选择仅导入有效行`,
      en: `${job.invalid} rows failed; fix the file or import the valid rows only`,
    });
  }
  const entry = loadPending(user, id);
  if (!entry.rows) throw invalidField('mapping', { zh: '请先完成列对应并试导入', en: 'run the dry run with a mapping first' });
  if (!(await imports.jobs.claim(ctx.db, id))) throw new AppError('ALREADY_DONE', { what: { zh: '该导入任务', en: 'This import' } });
  const rows = entry.rows;
  progress.set(id, { processed: 0, created: 0, updated: 0, skipped: 0 });
  runInBackground(
    () => writeRows(ctx, user, job, rows),
    async (error) => {
      const counts = progress.get(id);
      progress.delete(id);
      pending.delete(id);
      await imports.jobs.update(ctx.db, id, { status: 'failed', message: String(error), ...counts });
    },
  );
  return presentImport({ ...job, status: 'running' });
}

type TMatchCache = Map<string, TOperatorMatch[]>;
const matchKey = (r: TImportedComplaint) => `${r.namedUscc ?? ''}|${r.namedBusiness ?? ''}|${r.namedAddress ?? ''}`;

/** Ranks each row's candidates once per distinct business of the file (exports name the same ones again and again). */
function matchRows(matcher: TRegistryMatcher, rows: TImportedComplaint[], cache: TMatchCache) {
  return rows.map((r) => {
    const key = matchKey(r);
    let ranked = cache.get(key);
    if (!ranked) {
      ranked = matcher.match({ name: r.namedBusiness, address: r.namedAddress }, validUscc(r.namedUscc));
      cache.set(key, ranked);
    }
    return ranked;
  });
}

/** What an import row changes in a stored complaint (nothing: the row is skipped). */
function changesOf(ctx: TContext, stored: repo.TComplaintRow, row: TImportedComplaint) {
  const complainantEnc = encryptComplainant(ctx, row.complainant, !row.complainant);
  const before = stored.complainantEnc ? ctx.cipher.decrypt(stored.complainantEnc) : null;
  const values = {
    kind: row.kind,
    receivedAt: row.receivedAt,
    namedBusiness: row.namedBusiness,
    namedAddress: row.namedAddress,
    namedUscc: row.namedUscc,
    description: row.description,
  };
  const differs =
    stored.kind !== values.kind ||
    stored.receivedAt.getTime() !== values.receivedAt.getTime() ||
    stored.namedBusiness !== values.namedBusiness ||
    stored.namedAddress !== values.namedAddress ||
    stored.namedUscc !== values.namedUscc ||
    stored.description !== values.description ||
    before !== (row.complainant ? JSON.stringify(row.complainant) : null);
  return differs ? { ...values, complainantEnc, anonymous: !row.complainant } : null;
}

async function writeRows(ctx: TContext, user: TSessionUser, job: imports.TComplaintImportRow, rows: TImportedComplaint[]) {
  const counts = progress.get(job.id)!;
  const units: TUnit[] = await repo.unitsOf(ctx.db, user.bureauId);
  const calendar = await loadCalendar(ctx.db);
  const matcher = await loadRegistryMatcher(ctx.db, user.bureauId);
  const cache: TMatchCache = new Map();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const created = await ctx.db.transaction((tx) => writeBatch(ctx, tx, user, job, batch, units, calendar, matcher, cache, counts));
    await imports.jobs.update(ctx.db, job.id, { ...counts });
    if (created.length) await ctx.events.publish('complaint.received', { bureauId: user.bureauId, complaintIds: created }, user);
  }
  await imports.jobs.update(ctx.db, job.id, { status: 'done', ...counts });
  await ctx.db.transaction((tx) =>
    recordAudit(tx, [{ actor: user, action: 'import', entity: 'complaint_import', entityId: job.id, after: { fileName: job.fileName, onExisting: job.onExisting, ...counts } }]),
  );
  progress.delete(job.id);
  pending.delete(job.id);
}

async function writeBatch(
  ctx: TContext,
  tx: TDbOrTx,
  user: TSessionUser,
  job: imports.TComplaintImportRow,
  batch: TImportedComplaint[],
  units: TUnit[],
  calendar: TCalendarDays,
  matcher: TRegistryMatcher,
  cache: TMatchCache,
  counts: { processed: number; created: number; updated: number; skipped: number },
) {
  const stored = new Map(
    (
      await repo.findByRegistrationNos(
        tx,
        user.bureauId,
        batch.map((r) => r.registrationNo),
      )
    ).map((r) => [r.registrationNo, r]),
  );
  const fresh = batch.filter((r) => !stored.has(r.registrationNo));
  const updates: { row: TImportedComplaint; stored: repo.TComplaintRow; values: NonNullable<ReturnType<typeof changesOf>> }[] = [];
  if (job.onExisting === 'update') {
    for (const r of batch) {
      const before = stored.get(r.registrationNo);
      const values = before ? changesOf(ctx, before, r) : null;
      if (before && values) updates.push({ row: r, stored: before, values });
    }
  }
  // A person's confirmation stands; otherwise a changed business is matched again.
  const rematch = updates.filter((u) => u.stored.matchStatus !== 'confirmed');
  const ranked = matchRows(matcher, [...fresh, ...rematch.map((u) => u.row)], cache);
  const addresses = [...fresh, ...rematch.map((u) => u.row)].map((r) => r.namedAddress);
  const matches = await matchFieldsMany(
    tx,
    ranked.map((r, k) => ({ ranked: r, address: addresses[k] })),
    units,
  );

  const inserted = await repo.insertComplaints(
    tx,
    fresh.map((r, k) => ({
      bureauId: user.bureauId,
      registrationNo: r.registrationNo,
      kind: r.kind,
      channel: 'import_12315',
      receivedAt: r.receivedAt,
      anonymous: !r.complainant,
      complainantEnc: encryptComplainant(ctx, r.complainant, !r.complainant),
      namedBusiness: r.namedBusiness,
      namedAddress: r.namedAddress,
      namedUscc: r.namedUscc,
      description: r.description,
      ...matches[k],
      ...receiptDueDates(calendar, r.kind, chinaToday(r.receivedAt)),
    })),
  );
  const matchOf = new Map(fresh.map((r, k) => [r.registrationNo, matches[k]]));
  await repo.insertSteps(
    tx,
    inserted.flatMap((c) => [
      { complaintId: c.id, kind: 'received', note: `12315 导入：${job.fileName}`, actorId: user.id },
      { complaintId: c.id, kind: 'match', note: matchNote(matchOf.get(c.registrationNo)!), actorId: null },
    ]),
  );
  const rematchFields = new Map(rematch.map((u, k) => [u.row.registrationNo, matches[fresh.length + k]]));
  for (const u of updates) {
    const match = rematchFields.get(u.row.registrationNo);
    // Clocks that run from receipt move with a corrected receipt time while nothing has been decided.
    const clocks = u.stored.status === 'received' ? receiptDueDates(calendar, u.row.kind, chinaToday(u.row.receivedAt)) : {};
    await repo.updateFromImport(tx, u.stored.id, { ...u.values, ...(match ?? {}), ...clocks });
  }
  await repo.insertSteps(
    tx,
    updates.map((u) => ({ complaintId: u.stored.id, kind: 'received', note: `12315 导入更新：${job.fileName}`, actorId: user.id })),
  );
  await recordAudit(tx, [
    ...inserted.map((c) => ({
      actor: user,
      action: 'import_create',
      entity: 'complaint',
      entityId: c.id,
      after: { registrationNo: c.registrationNo, kind: c.kind, namedBusiness: c.namedBusiness, matchStatus: c.matchStatus, importId: job.id },
    })),
    ...updates.map((u) => ({
      actor: user,
      action: 'import_update',
      entity: 'complaint',
      entityId: u.stored.id,
      after: { registrationNo: u.stored.registrationNo, namedBusiness: u.values.namedBusiness, importId: job.id },
    })),
  ]);
  counts.created += inserted.length;
  counts.updated += updates.length;
  counts.skipped += batch.length - fresh.length - updates.length;
  counts.processed += batch.length;
  return inserted.map((c) => c.id);
}
