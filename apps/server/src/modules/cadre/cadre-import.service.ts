// Cadre import: a dry run checks every row (errors name the row, the column and the reason) and keeps the valid
// ones, phones already encrypted, in a job; nothing is written to the registry until the commit, which writes all
// rows (only when none failed) or the valid ones, in one transaction. A cadre file is small (1,800 rows at most
// for a district), so the commit needs no background job.
import { CADRE_LEVEL_NAMES, codeOf } from '@shian/shared/dictionary';
import { ZCadreCreate } from '@shian/shared/cadre';
import type { TImportCommit, TImportJob, TImportRowError } from '@shian/shared/import';
import { issueReason, type TLang } from '@shian/shared/messages';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TContext } from '../../core/context.ts';
import { maskPhone } from '../../core/crypto.ts';
import { importJobs } from '../../core/db/import-jobs.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { readSheet, type TColumn } from '../../core/excel.ts';
import { listUnits } from '../org/org.public.ts';
import * as repo from './cadre.repository.ts';
import { cadreImport, type TCadreImportRow } from './cadre.schema.ts';

export const CADRE_COLUMNS = {
  name: ['姓名', 'name'],
  level: ['层级', 'level'],
  post: ['职务', 'post'],
  workUnit: ['工作单位', 'workUnit'],
  unit: ['包保街道（乡镇）', 'unit'],
  phone: ['联系电话', 'phone'],
} as const;
type TColumnKey = keyof typeof CADRE_COLUMNS;
const REQUIRED: TColumnKey[] = ['name', 'level', 'post', 'workUnit', 'unit'];
const COLUMN_OF_FIELD: Record<string, TColumnKey> = { name: 'name', level: 'level', post: 'post', workUnit: 'workUnit', unitCode: 'unit', phone: 'phone' };
export const MAX_CADRE_IMPORT_ROWS = 5000;
const DRY_RUN_HOURS = 24;

// biome-ignore format: the template's example rows, read as a table
const EXAMPLES: Record<TColumnKey, string>[] = [
  { name: '张建国', level: '乡镇（街道）级', post: '街道办副主任', workUnit: '前川街道办事处', unit: '前川街道', phone: '13800001234' },
  { name: '李秀英', level: '村（社区）级', post: '社区书记', workUnit: '前川街道双凤社区居委会', unit: '前川街道', phone: '13900005678' },
];
export const TEMPLATE_COLUMNS: TColumn<Record<TColumnKey, string>>[] = (Object.keys(CADRE_COLUMNS) as TColumnKey[]).map((key) => ({
  header: CADRE_COLUMNS[key][0],
  width: 20,
  value: (row) => row[key],
}));
export const TEMPLATE_ROWS = EXAMPLES;

const jobs = importJobs(cadreImport);
const t = (lang: TLang, zh: string, en: string) => (lang === 'en' ? en : zh);
const header = (key: TColumnKey, lang: TLang) => (lang === 'en' ? CADRE_COLUMNS[key][1] : CADRE_COLUMNS[key][0]);

function mapHeaders(headers: string[]) {
  const normal = (h: string) => h.replace(/[()（）\s*]/g, '').toLowerCase();
  const index = new Map<string, TColumnKey>();
  for (const [key, names] of Object.entries(CADRE_COLUMNS) as [TColumnKey, readonly string[]][]) for (const n of names) index.set(normal(n), key);
  const mapped = new Map<number, TColumnKey>();
  headers.forEach((h, i) => {
    const key = index.get(normal(h));
    if (key) mapped.set(i, key);
  });
  return mapped;
}

export async function dryRunCadreImport(ctx: TContext, user: TSessionUser, fileName: string, buffer: Buffer, lang: TLang): Promise<TImportJob> {
  const sheet = await readSheet(buffer, fileName);
  const mapping = mapHeaders(sheet.headers);
  const missing = REQUIRED.filter((key) => ![...mapping.values()].includes(key));
  if (missing.length) {
    const names = missing.map((key) => CADRE_COLUMNS[key][0]).join('、');
    throw new AppError('VALIDATION_FAILED', {}, (l) => [{ path: 'file', message: t(l, `文件缺少必需的列：${names}`, `The file lacks required columns: ${names}`) }]);
  }
  if (sheet.rows.length > MAX_CADRE_IMPORT_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', { limit: `${MAX_CADRE_IMPORT_ROWS} rows` });
  const units = await listUnits(ctx.db, user.bureauId);
  const unitCodeOf = (cell: string) => units.find((u) => u.name === cell || u.code === cell)?.code;
  const errors: TImportRowError[] = [];
  const parsed: TCadreImportRow[] = [];
  const seen = new Map<string, number>();
  const rows = sheet.rows.map(({ rowNumber, cells }) => {
    const get = new Map<TColumnKey, string>();
    for (const [i, key] of mapping) get.set(key, (cells[i] ?? '').trim());
    return { rowNumber, cell: (key: TColumnKey) => get.get(key) ?? '' };
  });
  const registered = await repo.cadresNamed(ctx.db, user.bureauId, [...new Set(rows.map((r) => r.cell('name')).filter(Boolean))]);
  const registeredKeys = new Set(registered.map((c) => `${c.name}/${c.unitCode}`));
  for (const { rowNumber, cell } of rows) {
    const fail = (key: TColumnKey, message: string) => errors.push({ row: rowNumber, field: header(key, lang), message });
    const before = errors.length;
    const unitCode = unitCodeOf(cell('unit'));
    if (cell('unit') && !unitCode) fail('unit', t(lang, '不是本区的街道（乡镇）', 'is not a township unit of this district'));
    const level = codeOf(CADRE_LEVEL_NAMES, cell('level')) ?? cell('level');
    const result = ZCadreCreate.safeParse({
      name: cell('name'),
      level,
      post: cell('post'),
      workUnit: cell('workUnit'),
      unitCode: unitCode ?? (cell('unit') ? '000000000000' : ''),
      phone: cell('phone') || null,
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = COLUMN_OF_FIELD[String(issue.path[0])];
        if (key === 'unit') {
          if (!cell('unit')) fail('unit', t(lang, '不能为空', 'is required'));
          continue;
        }
        if (key === 'level' && cell('level')) fail('level', t(lang, '应为 区级、乡镇（街道）级、村（社区）级 或 市级', 'must be district, township, village or city'));
        else fail(key, issueReason(issue, lang));
      }
    }
    if (errors.length > before || !result.success) continue;
    const c = result.data;
    const key = `${c.name}/${c.unitCode}`;
    const first = seen.get(key);
    if (first) fail('name', t(lang, `与第 ${first} 行重复（同一街道同名）`, `repeats row ${first} (same name, same unit)`));
    else if (registeredKeys.has(key)) fail('name', t(lang, '该街道（乡镇）已登记同名包保干部', 'a cadre of this name is already registered in this unit'));
    else {
      seen.set(key, rowNumber);
      const { phone, ...rest } = c;
      parsed.push({ row: rowNumber, cadre: { ...rest, phoneEncrypted: phone ? ctx.cipher.encrypt(phone) : null, phoneMasked: phone ? maskPhone(phone) : null } });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const job = await jobs.insert(ctx.db, {
    bureauId: user.bureauId,
    userId: user.id,
    fileName,
    status: 'validated',
    total: sheet.rows.length,
    valid: parsed.length,
    invalid: new Set(errors.map((e) => e.row)).size,
    rows: parsed,
    errors,
  });
  return presentJob(job);
}

function presentJob(job: typeof cadreImport.$inferSelect): TImportJob {
  const { id, fileName, status, total, valid, invalid, processed, created, updated, message } = job;
  return { id, fileName, status, total, valid, invalid, processed, created, updated, message, errors: job.errors.slice(0, 1000) };
}

async function ownJob(ctx: TContext, user: TSessionUser, id: string) {
  const job = await jobs.find(ctx.db, user.bureauId, id);
  if (!job || job.userId !== user.id) throw notFound();
  return job;
}

export async function getCadreImport(ctx: TContext, user: TSessionUser, id: string) {
  return presentJob(await ownJob(ctx, user, id));
}

/** Writes the dry run's rows once (a second commit answers 409); rows registered meanwhile under the same name are skipped. */
export async function commitCadreImport(ctx: TContext, user: TSessionUser, id: string, input: TImportCommit): Promise<TImportJob> {
  const job = await ownJob(ctx, user, id);
  if (Date.now() - job.createdAt.getTime() > DRY_RUN_HOURS * 3_600_000) {
    throw new AppError('VALIDATION_FAILED', {}, (l) => [
      { path: 'id', message: t(l, '预检结果已超过 24 小时，已失效：请重新上传文件预检', 'The dry run has expired; upload the file again') },
    ]);
  }
  if (input.mode === 'all' && job.invalid > 0) {
    throw new AppError('VALIDATION_FAILED', {}, (l) => [
      {
        path: 'mode',
        message: t(l, `有 ${job.invalid} 行未通过校验，不能全部导入：请修正文件或选择仅导入有效行`, `${job.invalid} rows failed; fix the file or import the valid rows only`),
      },
    ]);
  }
  if (!(await jobs.claim(ctx.db, id))) throw new AppError('ALREADY_DONE', { what: { zh: '该导入任务', en: 'This import' } });
  const rows = job.rows;
  try {
    return presentJob(await writeRows(ctx, user, id, job, rows));
  } catch (error) {
    await jobs.update(ctx.db, id, { status: 'failed', message: String(error) });
    throw error;
  }
}

async function writeRows(ctx: TContext, user: TSessionUser, id: string, job: typeof cadreImport.$inferSelect, rows: TCadreImportRow[]) {
  return ctx.db.transaction(async (tx) => {
    const now = await repo.cadresNamed(tx, user.bureauId, [...new Set(rows.map((r) => r.cadre.name))]);
    const taken = new Set(now.map((c) => `${c.name}/${c.unitCode}`));
    const fresh = rows.filter((r) => !taken.has(`${r.cadre.name}/${r.cadre.unitCode}`));
    const conflicts: TImportRowError[] = rows
      .filter((r) => taken.has(`${r.cadre.name}/${r.cadre.unitCode}`))
      .map((r) => ({ row: r.row, field: CADRE_COLUMNS.name[0], message: '预检后该街道（乡镇）已登记同名包保干部，未导入' }));
    for (let i = 0; i < fresh.length; i += 1000) {
      const batch = fresh.slice(i, i + 1000);
      const written = await repo.insertCadres(
        tx,
        batch.map(({ cadre: { phoneMasked, ...c } }) => ({ ...c, bureauId: user.bureauId })),
      );
      await recordAudit(
        tx,
        written.map((w, j) => ({ actor: user, action: 'import_create', entity: 'cadre', entityId: w.id, after: { ...batch[j].cadre, phoneEncrypted: undefined, importId: id } })),
      );
    }
    return jobs.update(tx, id, {
      status: 'done',
      processed: rows.length,
      created: fresh.length,
      invalid: job.invalid + conflicts.length,
      errors: [...job.errors, ...conflicts].sort((a, b) => a.row - b.row),
    });
  });
}
