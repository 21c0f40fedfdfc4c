// Lab result file import: upload → column mapping → dry run (writes nothing) → commit.
// The parsed file is kept in this process's memory, keyed by an import id, for 30 minutes:
// a lab file is small (one row per test item), the mapping step is a matter of minutes, and a
// table would only hold rows nobody reads after the commit. A restart forgets pending imports;
// the user then uploads the file again. Imports are bound to the uploader.
import { randomUUID } from 'node:crypto';
import {
  checkTestItem,
  LAB_FIELDS,
  parseLimit,
  REQUIRED_LAB_FIELDS,
  suggestLabMapping,
  verdictOfCell,
  ZTestReportInput,
  type TLabCommit,
  type TLabCommitResult,
  type TLabDryRun,
  type TLabImport,
  type TLabMapping,
  type TLabRowError,
  type TTestItemInput,
  type TTestReportInput,
} from '@shian/shared/sampling';
import { fieldLabel, type TLang } from '@shian/shared/messages';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { readSheet, type TSheet } from '../../core/excel.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { samplesForImport, writeReports } from './sampling.service.ts';

export const LAB_IMPORT_TTL_MS = 30 * 60 * 1000;
export const MAX_LAB_ROWS = 5000;

type TGroup = { sampleNo: string; firstRow: number; report: TTestReportInput };
type TPending = {
  id: string;
  userId: string;
  bureauId: string;
  fileName: string;
  sheet: TSheet;
  expiresAt: number;
  dryRun: { groups: TGroup[]; brokenSampleNos: Set<string>; errors: number } | null;
};

const pending = new Map<string, TPending>();

function sweep(now = Date.now()) {
  for (const [id, entry] of pending) if (entry.expiresAt <= now) pending.delete(id);
}

function load(user: TSessionUser, id: string) {
  sweep();
  const entry = pending.get(id);
  if (!entry || entry.userId !== user.id) throw notFound();
  return entry;
}

export async function uploadLabFile(user: TSessionUser, fileName: string, buffer: Buffer): Promise<TLabImport> {
  const sheet = await readSheet(buffer, fileName);
  if (sheet.headers.length === 0) throw invalidField('file', { zh: '文件没有表头', en: 'the file has no header row' });
  if (sheet.rows.length > MAX_LAB_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', { limit: `${MAX_LAB_ROWS} rows` });
  sweep();
  const id = randomUUID();
  const expiresAt = Date.now() + LAB_IMPORT_TTL_MS;
  pending.set(id, { id, userId: user.id, bureauId: user.bureauId, fileName, sheet, expiresAt, dryRun: null });
  return { id, fileName, headers: sheet.headers, suggestedMapping: suggestLabMapping(sheet.headers), rows: sheet.rows.length, expiresAt: new Date(expiresAt).toISOString() };
}

const t = (lang: TLang, zh: string, en: string) => (lang === 'en' ? en : zh);

function normaliseDate(cell: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell;
}

export async function dryRunLabImport(ctx: TContext, user: TSessionUser, id: string, mapping: TLabMapping, lang: TLang): Promise<TLabDryRun> {
  const entry = load(user, id);
  const missing = REQUIRED_LAB_FIELDS.filter((f) => !mapping[f]);
  const unknown = LAB_FIELDS.filter((f) => mapping[f] && !entry.sheet.headers.includes(mapping[f]!));
  if (missing.length || unknown.length) {
    throw new AppError('VALIDATION_FAILED', {}, (l) => [
      ...missing.map((f) => ({ path: `mapping.${f}`, message: `${fieldLabel([f], l)}${t(l, '：请选择对应的列', ': choose its column')}` })),
      ...unknown.map((f) => ({ path: `mapping.${f}`, message: `${fieldLabel([f], l)}${t(l, `：文件中没有列「${mapping[f]}」`, `: the file has no column "${mapping[f]}"`)}` })),
    ]);
  }
  const index = Object.fromEntries(LAB_FIELDS.map((f) => [f, mapping[f] ? entry.sheet.headers.indexOf(mapping[f]!) : -1])) as Record<(typeof LAB_FIELDS)[number], number>;
  const errors: TLabRowError[] = [];
  const broken = new Set<string>();
  const fail = (row: number, sampleNo: string, field: string, message: string) => {
    errors.push({ row, field: fieldLabel([field], lang), message });
    broken.add(sampleNo);
  };

  const groups = new Map<string, TGroup & { rows: number[] }>();
  for (const { rowNumber, cells } of entry.sheet.rows) {
    const get = (f: (typeof LAB_FIELDS)[number]) => (index[f] >= 0 ? (cells[index[f]] ?? '').trim() : '');
    const sampleNo = get('sampleNo').toUpperCase();
    if (!sampleNo) {
      fail(rowNumber, '', 'sampleNo', t(lang, '不能为空', 'is required'));
      continue;
    }
    const limit = parseLimit(get('limit'));
    const verdict = verdictOfCell(get('verdict'));
    const item = {
      name: get('itemName'),
      value: get('value'),
      unit: get('unit') || null,
      ...limit,
      standard: get('standard') || null,
      verdict: verdict ?? 'conforming',
    } satisfies TTestItemInput;
    const group = groups.get(sampleNo) ?? {
      sampleNo,
      firstRow: rowNumber,
      rows: [],
      report: { reportNo: get('reportNo'), issuedOn: normaliseDate(get('issuedOn')), institutionId: null, items: [] },
    };
    groups.set(sampleNo, group);
    group.rows.push(rowNumber);
    if (get('reportNo') !== group.report.reportNo)
      fail(rowNumber, sampleNo, 'reportNo', t(lang, `同一样品的报告编号不一致（${group.report.reportNo}）`, `differs from this sample's other rows (${group.report.reportNo})`));
    if (normaliseDate(get('issuedOn')) !== group.report.issuedOn)
      fail(rowNumber, sampleNo, 'issuedOn', t(lang, '同一样品的签发日期不一致', "differs from this sample's other rows"));
    if (!item.name) fail(rowNumber, sampleNo, 'itemName', t(lang, '不能为空', 'is required'));
    if (!item.value) fail(rowNumber, sampleNo, 'value', t(lang, '不能为空', 'is required'));
    if (!verdict) fail(rowNumber, sampleNo, 'verdict', t(lang, `无法识别「${get('verdict')}」，应为合格或不合格`, `"${get('verdict')}" is neither conforming nor nonconforming`));
    if (item.name && item.value && verdict) {
      for (const p of checkTestItem(item)) fail(rowNumber, sampleNo, p.field === 'limitText' || p.field === 'limitMin' ? 'limit' : p.field, lang === 'en' ? p.en : p.zh);
    }
    group.report.items.push(item);
  }

  const samples = await samplesForImport(ctx, user, [...groups.keys()]);
  for (const group of groups.values()) {
    const found = samples.get(group.sampleNo);
    if (!found)
      fail(
        group.firstRow,
        group.sampleNo,
        'sampleNo',
        t(lang, `样品 ${group.sampleNo} 不存在或不在您的管辖范围内`, `sample ${group.sampleNo} does not exist or is outside your scope`),
      );
    else if (found.disposed)
      fail(
        group.firstRow,
        group.sampleNo,
        'sampleNo',
        t(lang, `样品 ${group.sampleNo} 已进入核查处置，报告不能再替换`, `sample ${group.sampleNo} has a disposal; its report can no longer change`),
      );
    const parsed = ZTestReportInput.safeParse(group.report);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const itemIndex = typeof issue.path[1] === 'number' ? issue.path[1] : 0;
        const field = issue.path[0] === 'items' ? String(issue.path[2] ?? 'itemName') : String(issue.path[0]);
        fail(issue.path[0] === 'items' ? group.rows[itemIndex] : group.firstRow, group.sampleNo, field === 'name' ? 'itemName' : field, t(lang, '格式不正确', 'is malformed'));
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  entry.dryRun = { groups: [...groups.values()], brokenSampleNos: broken, errors: errors.length };
  const valid = [...groups.keys()].filter((no) => !broken.has(no)).length;
  return { id, rows: entry.sheet.rows.length, samples: groups.size, validSamples: valid, errors };
}

export async function commitLabImport(ctx: TContext, user: TSessionUser, id: string, input: TLabCommit): Promise<TLabCommitResult> {
  const entry = load(user, id);
  const dryRun = entry.dryRun;
  if (!dryRun) throw invalidField('mapping', { zh: '请先完成列对应并试导入', en: 'run the dry run with a mapping first' });
  if (input.mode === 'all' && dryRun.errors > 0) {
    throw invalidField('mode', {
      zh: `有 ${dryRun.errors} 处错误，不能全部导入：请修正文件或选择仅导入无误的样品`,
      en: `${dryRun.errors} problems found; fix the file or import the valid samples only`,
    });
  }
  const wanted = dryRun.groups.filter((g) => !dryRun.brokenSampleNos.has(g.sampleNo));
  // The samples are read again: one may have been reported or disposed since the dry run.
  const samples = await samplesForImport(
    ctx,
    user,
    wanted.map((g) => g.sampleNo),
  );
  const writes = wanted.flatMap((g) => {
    const found = samples.get(g.sampleNo);
    return found && !found.disposed ? [{ sample: found.row, report: ZTestReportInput.parse(g.report), importedFrom: entry.fileName, expectedVersion: null }] : [];
  });
  pending.delete(id);
  const done = await writeReports(ctx, user, writes);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, [
      {
        actor: user,
        action: 'import',
        entity: 'test_report',
        entityId: null,
        after: { fileName: entry.fileName, mode: input.mode, written: done.length, skipped: dryRun.groups.length - done.length },
      },
    ]),
  );
  return {
    written: done.length,
    skipped: dryRun.groups.length - done.length,
    reports: done.map((d) => ({ sampleId: d.sampleId, sampleNo: d.sampleNo, verdict: d.verdict })),
  };
}
