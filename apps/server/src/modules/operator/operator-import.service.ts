// Operator import: a dry run that checks every row and keeps the valid ones, then a commit
// of all rows (only when none failed) or of the valid rows only, in batches, with progress.
// The commit checks each row again (scope, and the version the dry run saw), and a dry run expires.
import { ROLE_SCOPE } from '@shian/shared/access';
import { OPERATOR_CATEGORY_NAMES, OPERATOR_SCALE_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES, codeOf } from '@shian/shared/dictionary';
import type { TImportCommit, TImportJob, TImportRowError } from '@shian/shared/import';
import { licenceKindOf } from '@shian/shared/licence';
import { fieldLabel, issueReason, reasonText, type TLang } from '@shian/shared/messages';
import { ZOperatorCreate } from '@shian/shared/operator';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { readSheet } from '../../core/excel.ts';
import { runInBackground } from '../../core/jobs.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { listUnits } from '../org/org.public.ts';
import * as repo from './operator.repository.ts';
import * as imports from './operator-import.repository.ts';
import type { TOperatorImportRow } from './operator.schema.ts';
import { COLUMNS, mapHeaders, splitList, type TColumnKey } from './operator-file.ts';
import { operatorScopeOf } from './operator.service.ts';

export const MAX_IMPORT_ROWS = 100_000;
const BATCH = 500;
const REQUIRED: TColumnKey[] = ['name', 'uscc', 'type', 'address', 'unit'];
/** Long enough to read the report and fix nothing; short enough that the registry has not moved on much. */
export const DRY_RUN_HOURS = 24;

const progress = new Map<string, { processed: number; created: number; updated: number }>();

function normaliseDate(cell: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell;
}

function numberOrNull(cell: string): number | null | string {
  if (cell === '') return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : cell;
}

function candidate(cells: Map<TColumnKey, string>, unitCodeOf: (cell: string) => string) {
  const get = (key: TColumnKey) => cells.get(key) ?? '';
  const licenceNumber = get('licenceNumber').toUpperCase();
  const personnel = (
    [
      ['principal', get('principalName'), get('principalPhone')],
      ['officer', get('officerName'), get('officerPhone')],
    ] as const
  )
    .filter(([, name, phone]) => name || phone)
    .map(([role, name, phone]) => ({ role, name, phone }));
  return {
    name: get('name'),
    uscc: get('uscc'),
    type: codeOf(OPERATOR_TYPE_NAMES, get('type')) ?? get('type'),
    categories: splitList(OPERATOR_CATEGORY_NAMES, get('categories')),
    address: get('address'),
    unitCode: unitCodeOf(get('unit')),
    longitude: numberOrNull(get('longitude')),
    latitude: numberOrNull(get('latitude')),
    tags: splitList(OPERATOR_TAG_NAMES, get('tags')),
    // An empty cell leaves the stored scale alone (the upsert keeps it).
    scale: get('scale') ? (codeOf(OPERATOR_SCALE_NAMES, get('scale')) ?? get('scale')) : undefined,
    licences: licenceNumber
      ? [
          {
            kind: licenceKindOf(licenceNumber) ?? 'trade',
            number: licenceNumber,
            scope: get('licenceScope'),
            issuedOn: normaliseDate(get('licenceIssuedOn')),
            expiresOn: normaliseDate(get('licenceExpiresOn')),
          },
        ]
      : [],
    personnel,
  };
}

function rowError(row: number, path: string, reason: string, lang: TLang): TImportRowError {
  return { row, field: fieldLabel(path.split('.'), lang), message: reason };
}

const t = (lang: TLang, zh: string, en: string) => (lang === 'en' ? en : zh);

const unitReason = (cell: string, lang: TLang) => reasonText(cell ? 'unitCode.unknown' : 'required', lang)!;

const scaleReason = (cell: string, lang: TLang) => {
  const words = Object.values(OPERATOR_SCALE_NAMES).map((n) => (lang === 'en' ? n.en : n.zh));
  return t(lang, `「${cell}」不是经营规模，应为${words.join('、')}之一`, `"${cell}" is not a scale; use one of ${words.join(', ')}`);
};

export async function dryRunImport(ctx: TContext, user: TSessionUser, fileName: string, buffer: Buffer, lang: TLang) {
  const sheet = await readSheet(buffer, fileName);
  const mapping = mapHeaders(sheet.headers);
  const missing = REQUIRED.filter((key) => ![...mapping.values()].includes(key));
  if (missing.length) {
    const names = missing.map((key) => COLUMNS[key][0]).join('、');
    throw new AppError('VALIDATION_FAILED', {}, (l) => [{ path: 'file', message: t(l, `文件缺少必需的列：${names}`, `The file lacks required columns: ${names}`) }]);
  }
  if (sheet.rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('PAYLOAD_TOO_LARGE', { limit: `${MAX_IMPORT_ROWS} rows` });
  }

  const units = await listUnits(ctx.db, user.bureauId);
  const unitByName = new Map(units.map((u) => [u.name, u]));
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const unitCodeOf = (cell: string) => {
    if (/^\d{9}$/.test(cell)) return `${cell}000`;
    return unitByName.get(cell)?.code ?? cell;
  };
  const station = ROLE_SCOPE[user.role] === 'station';

  const errors: TImportRowError[] = [];
  const parsed: Omit<TOperatorImportRow, 'seen'>[] = [];
  const seenUscc = new Map<string, number>();
  const seenLicence = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    const byKey = new Map<TColumnKey, string>();
    mapping.forEach((key, index) => {
      byKey.set(key, cells[index] ?? '');
    });
    const result = ZOperatorCreate.safeParse(candidate(byKey, unitCodeOf), { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        // The unit column holds a name (or code): one that matched no unit is unknown, not a malformed code.
        const message =
          issue.path[0] === 'unitCode'
            ? unitReason(byKey.get('unit') ?? '', lang)
            : issue.path[0] === 'scale'
              ? scaleReason(byKey.get('scale') ?? '', lang)
              : issueReason(issue, lang);
        const field = issue.path[0] === 'scale' ? COLUMNS.scale[lang === 'en' ? 1 : 0] : fieldLabel(issue.path, lang);
        errors.push({ row: rowNumber, field, message });
      }
      continue;
    }
    const op = result.data;
    const rowErrors: TImportRowError[] = [];
    const found = unitByCode.get(op.unitCode);
    if (!found) rowErrors.push(rowError(rowNumber, 'unitCode', t(lang, '不是本区的街道（乡镇）', 'is not a township unit of this district'), lang));
    else if (station && found.stationId !== user.stationId) {
      rowErrors.push(rowError(rowNumber, 'unitCode', t(lang, '不在本所辖区内', "is outside your station's jurisdiction"), lang));
    }
    const firstRow = seenUscc.get(op.uscc);
    if (firstRow) rowErrors.push(rowError(rowNumber, 'uscc', t(lang, `与第 ${firstRow} 行重复`, `repeats row ${firstRow}`), lang));
    else seenUscc.set(op.uscc, rowNumber);
    for (const l of op.licences) {
      const other = seenLicence.get(l.number);
      if (other) rowErrors.push(rowError(rowNumber, 'licences.number', t(lang, `与第 ${other} 行重复`, `repeats row ${other}`), lang));
      else seenLicence.set(l.number, rowNumber);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else parsed.push({ row: rowNumber, operator: op });
  }

  const conflicts = await conflictsWithRegistry(ctx, user, parsed, lang);
  errors.push(...conflicts.errors);
  const valid: TOperatorImportRow[] = parsed.filter((p) => !conflicts.rows.has(p.row)).map((p) => ({ ...p, seen: conflicts.seen.get(p.operator.uscc) ?? null }));
  const invalidRows = new Set(errors.map((e) => e.row));
  errors.sort((a, b) => a.row - b.row);

  const job = await imports.jobs.insert(ctx.db, {
    bureauId: user.bureauId,
    userId: user.id,
    fileName,
    status: 'validated',
    total: sheet.rows.length,
    valid: valid.length,
    invalid: invalidRows.size,
    rows: valid,
    errors,
  });
  return presentImport(job);
}

/**
 * Rows whose credit code belongs to an operator outside the user's scope, or whose licence is another's; and
 * the operators the rows would update, at the version seen.
 */
async function conflictsWithRegistry(ctx: TContext, user: TSessionUser, parsed: Omit<TOperatorImportRow, 'seen'>[], lang: TLang) {
  const errors: TImportRowError[] = [];
  const rows = new Set<number>();
  const seen = new Map<string, { id: string; version: number }>();
  for (let i = 0; i < parsed.length; i += 2000) {
    const batch = parsed.slice(i, i + 2000);
    const existing = await repo.findOperatorsByUscc(
      ctx.db,
      user.bureauId,
      batch.map((p) => p.operator.uscc),
    );
    const visible = await repo.idsInScope(
      ctx.db,
      operatorScopeOf(user),
      existing.map((e) => e.id),
    );
    const byUscc = new Map(existing.map((e) => [e.uscc, e]));
    const licences = await repo.findLicencesByNumber(
      ctx.db,
      batch.flatMap((p) => p.operator.licences.map((l) => l.number)),
    );
    const licenceOwner = new Map(licences.map((l) => [l.number, l.operatorId]));
    for (const p of batch) {
      const current = byUscc.get(p.operator.uscc);
      if (current) seen.set(current.uscc, { id: current.id, version: current.version });
      if (current && !visible.has(current.id)) {
        errors.push(rowError(p.row, 'uscc', t(lang, '该主体已登记在您的数据范围之外', 'belongs to an operator outside your scope'), lang));
        rows.add(p.row);
      }
      for (const l of p.operator.licences) {
        const owner = licenceOwner.get(l.number);
        if (owner && owner !== current?.id) {
          errors.push(rowError(p.row, 'licences.number', t(lang, `${l.number} 已被其他主体使用`, `${l.number} is already used`), lang));
          rows.add(p.row);
        }
      }
    }
  }
  return { errors, rows, seen };
}

const MAX_ERRORS_SHOWN = 1000;

export function presentImport(job: imports.TImportRow): TImportJob {
  const live = progress.get(job.id);
  const errors = job.errors;
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    total: job.total,
    valid: job.valid,
    invalid: job.invalid,
    processed: live?.processed ?? job.processed,
    created: live?.created ?? job.created,
    updated: live?.updated ?? job.updated,
    errors: errors.slice(0, MAX_ERRORS_SHOWN),
    message: job.message,
  };
}

export async function getImport(ctx: TContext, user: TSessionUser, id: string) {
  const job = await imports.jobs.find(ctx.db, user.bureauId, id);
  if (!job || job.userId !== user.id) throw notFound();
  return presentImport(job);
}

export async function commitImport(ctx: TContext, user: TSessionUser, id: string, input: TImportCommit, lang: TLang = 'zh-CN') {
  const job = await imports.jobs.find(ctx.db, user.bureauId, id);
  if (!job || job.userId !== user.id) throw notFound();
  if (Date.now() - job.createdAt.getTime() > DRY_RUN_HOURS * 3_600_000) {
    throw new AppError('VALIDATION_FAILED', {}, (l) => [
      {
        path: 'id',
        message: t(
          l,
          `预检结果已超过 ${DRY_RUN_HOURS} 小时，已失效：请重新上传文件预检`,
          `The dry run is older than ${DRY_RUN_HOURS} hours and has expired; upload the file again`,
        ),
      },
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
  if (!(await imports.jobs.claim(ctx.db, id))) {
    throw new AppError('ALREADY_DONE', { what: { zh: '该导入任务', en: 'This import' } });
  }
  progress.set(id, { processed: 0, created: 0, updated: 0 });
  runInBackground(
    () => writeRows(ctx, user, id, job.rows, lang),
    async (error) => {
      progress.delete(id);
      await imports.jobs.update(ctx.db, id, { status: 'failed', message: String(error) });
    },
  );
  return presentImport({ ...job, status: 'running' });
}

/**
 * The rows of a batch the dry run's check still holds for, the operators locked until the batch commits: the
 * operator is in the user's scope and at the version the dry run saw (or still absent), its unit in the
 * station's area. The others are conflicts, reported on their row and not written.
 */
async function stillValid(tx: TDbOrTx, user: TSessionUser, rows: TOperatorImportRow[], stationOfUnit: Map<string, string | null>) {
  const current = await imports.lockOperatorsByUscc(
    tx,
    user.bureauId,
    rows.map((r) => r.operator.uscc),
  );
  const visible = await repo.idsInScope(
    tx,
    operatorScopeOf(user),
    current.map((o) => o.id),
  );
  const byUscc = new Map(current.map((o) => [o.uscc, o]));
  const station = ROLE_SCOPE[user.role] === 'station';
  const holds = (r: TOperatorImportRow) => {
    const now = byUscc.get(r.operator.uscc);
    if (station && stationOfUnit.get(r.operator.unitCode) !== user.stationId) return false;
    if (!now) return !r.seen;
    return visible.has(now.id) && now.id === r.seen?.id && now.version === r.seen.version;
  };
  return { valid: rows.filter(holds), conflicts: rows.filter((r) => !holds(r)), before: byUscc };
}

const conflictError = (row: number, lang: TLang): TImportRowError => ({
  row,
  field: fieldLabel(['uscc'], lang),
  message: t(lang, '预检后该主体已被修改或已不在您的数据范围内，未导入', 'changed or left your scope after the dry run; not imported'),
});

async function writeRows(ctx: TContext, user: TSessionUser, id: string, rows: TOperatorImportRow[], lang: TLang) {
  const counts = progress.get(id)!;
  const stationOfUnit = new Map((await listUnits(ctx.db, user.bureauId)).map((u) => [u.code, u.stationId]));
  const conflicts: TImportRowError[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    await ctx.db.transaction(async (tx) => {
      const checked = await stillValid(tx, user, rows.slice(i, i + BATCH), stationOfUnit);
      conflicts.push(...checked.conflicts.map((r) => conflictError(r.row, lang)));
      const batch = checked.valid.map((r) => r.operator);
      const before = checked.before;
      const written = await repo.upsertOperators(
        tx,
        batch.map(({ licences, personnel, ...profile }) => ({ ...profile, bureauId: user.bureauId })),
      );
      const idOf = new Map(written.map((w) => [w.uscc, w.id]));
      await repo.upsertLicences(
        tx,
        batch.flatMap((o) => o.licences.map((l) => ({ ...l, operatorId: idOf.get(o.uscc)! }))),
      );
      const withPersonnel = batch.filter((o) => o.personnel.length);
      await repo.replacePersonnel(
        tx,
        withPersonnel.map((o) => idOf.get(o.uscc)!),
        withPersonnel.flatMap((o) => o.personnel.map((p) => ({ operatorId: idOf.get(o.uscc)!, role: p.role, name: p.name, phoneEncrypted: ctx.cipher.encrypt(p.phone) }))),
      );
      await recordAudit(
        tx,
        batch.map(({ personnel, ...o }) => {
          const previous = before.get(o.uscc);
          return {
            actor: user,
            action: previous ? 'import_update' : 'import_create',
            entity: 'operator',
            entityId: idOf.get(o.uscc)!,
            before: previous ?? null,
            // Personnel are recorded by role and name only: phones never enter the audit trail in clear.
            after: { ...o, personnel: personnel.map((p) => ({ role: p.role, name: p.name })), importId: id },
          };
        }),
      );
      const created = written.filter((w) => w.inserted).length;
      counts.created += created;
      counts.updated += written.length - created;
      counts.processed += checked.valid.length + checked.conflicts.length;
    });
    await imports.jobs.update(ctx.db, id, { ...counts });
  }
  const job = (await imports.jobs.find(ctx.db, user.bureauId, id))!;
  await imports.jobs.update(ctx.db, id, {
    status: 'done',
    ...counts,
    invalid: job.invalid + conflicts.length,
    errors: [...job.errors, ...conflicts].sort((a, b) => a.row - b.row),
  });
  progress.delete(id);
}
