// User import: a dry run checks every row of the file and keeps the valid ones; the commit writes the rows the
// administrator chose among them (none writes nothing), checking each again. A dry run is kept in this
// process's memory for an hour, not in a table, because it holds the initial passwords typed in the file:
// passwords are never written anywhere in clear. Passwords left blank are made up at commit, shown once.
import { randomUUID } from 'node:crypto';
import { ROLE_NAMES, codeOf } from '@shian/shared/dictionary';
import { ZUserCreate, type TUserCreate } from '@shian/shared/auth';
import { issueReason, type TLang } from '@shian/shared/messages';
import type { TUserImportCommit, TUserImportDryRun, TUserImportResult, TUserImportRowError } from '@shian/shared/users';
import type { TSessionUser } from '../../core/access.ts';
import type { TDb } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { readSheet } from '../../core/excel.ts';
import { hashPassword, temporaryPassword } from '../../core/password.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as repo from './user.repository.ts';
import { auditedUser } from './user.presenter.ts';
import { checkedLinks } from './user-links.ts';
import { mapUserHeaders, REQUIRED_USER_COLUMNS, USER_COLUMNS, type TUserColumn } from './user-import-file.ts';

export const MAX_USER_IMPORT_ROWS = 5000;
const DRY_RUN_MS = 3_600_000;

type TParsed = { row: number; input: TUserCreate; passwordGiven: boolean; link: string | null };
type TDryRun = { userId: string; bureauId: string; fileName: string; at: number; valid: TParsed[] };
const dryRuns = new Map<string, TDryRun>();

const t = (lang: TLang, zh: string, en: string) => (lang === 'en' ? en : zh);
const header = (column: TUserColumn, lang: TLang) => (lang === 'en' ? USER_COLUMNS[column][1] : USER_COLUMNS[column][0]);
const COLUMN_OF_PATH: Record<string, TUserColumn> = {
  username: 'username',
  displayName: 'displayName',
  role: 'role',
  password: 'password',
  stationId: 'station',
  departmentId: 'department',
  operatorId: 'uscc',
  cadreId: 'cadre',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function forgetExpired(now: number) {
  for (const [id, run] of dryRuns) if (now - run.at > DRY_RUN_MS) dryRuns.delete(id);
}

export async function dryRunUserImport(db: TDb, actor: TSessionUser, fileName: string, buffer: Buffer, lang: TLang): Promise<TUserImportDryRun> {
  const sheet = await readSheet(buffer, fileName);
  const mapping = mapUserHeaders(sheet.headers);
  const missing = REQUIRED_USER_COLUMNS.filter((key) => ![...mapping.values()].includes(key));
  if (missing.length) {
    const names = missing.map((key) => USER_COLUMNS[key][0]).join('、');
    throw new AppError('VALIDATION_FAILED', {}, (l) => [{ path: 'file', message: t(l, `文件缺少必需的列：${names}`, `The file lacks required columns: ${names}`) }]);
  }
  if (sheet.rows.length > MAX_USER_IMPORT_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', { limit: `${MAX_USER_IMPORT_ROWS} rows` });
  const rows = sheet.rows.map(({ rowNumber, cells }) => {
    const get = new Map<TUserColumn, string>();
    for (const [i, key] of mapping) get.set(key, (cells[i] ?? '').trim());
    return { rowNumber, cell: (key: TUserColumn) => get.get(key) ?? '' };
  });
  const lookups = await repo.importLookups(db, actor.bureauId, rows.map((r) => r.cell('uscc')).filter(Boolean), rows.map((r) => r.cell('cadre')).filter(Boolean));
  const taken = await repo.existingUsernames(
    db,
    rows.map((r) => r.cell('username')),
  );
  // A station may be written in full (前川市场监督管理所) or short (前川所).
  const stationOf = (name: string) => lookups.stations.find((s) => s.name === name || s.name.replace('市场监督管理所', '所') === name)?.id;
  const departmentOf = (name: string) => lookups.departments.find((d) => d.name === name)?.id;
  const operatorOf = (uscc: string) => lookups.operators.find((o) => o.uscc === uscc.toUpperCase())?.id;
  const cadresNamed = (key: string) => lookups.cadres.filter((c) => (UUID.test(key) ? c.id === key.toLowerCase() : c.name === key));

  const errors: TUserImportRowError[] = [];
  const valid: TParsed[] = [];
  const seen = new Map<string, number>();
  const seenCadre = new Map<string, number>();
  for (const { rowNumber, cell } of rows) {
    const fail = (column: TUserColumn, zh: string, en: string) => errors.push({ row: rowNumber, field: header(column, lang), message: t(lang, zh, en) });
    const before = errors.length;
    const role = codeOf(ROLE_NAMES, cell('role'));
    const cadres = cell('cadre') ? cadresNamed(cell('cadre')) : [];
    if (cadres.length > 1) fail('cadre', `有 ${cadres.length} 位包保干部同名，请填写编号`, `${cadres.length} cadres have this name; give the id`);
    const candidate = {
      username: cell('username'),
      displayName: cell('displayName'),
      // A blank password is made up at commit; one stands in here so that the row's other fields are checked.
      password: cell('password') || temporaryPassword(),
      role: role ?? cell('role'),
      stationId: role === 'station' || role === 'inspector' ? (stationOf(cell('station')) ?? null) : null,
      departmentId: role === 'department' ? (departmentOf(cell('department')) ?? null) : null,
      operatorId: role === 'business' ? (operatorOf(cell('uscc')) ?? null) : null,
      cadreId: role === 'cadre' && cadres.length === 1 ? cadres[0].id : null,
    };
    const parsed = ZUserCreate.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = COLUMN_OF_PATH[String(issue.path[0])] ?? 'username';
        errors.push({ row: rowNumber, field: header(column, lang), message: column === 'role' ? t(lang, '不是有效的角色名称', 'is not a role') : issueReason(issue, lang) });
      }
      continue;
    }
    const input = parsed.data;
    const first = seen.get(input.username);
    if (first) fail('username', `与第 ${first} 行重复`, `repeats row ${first}`);
    else seen.set(input.username, rowNumber);
    if (taken.has(input.username)) fail('username', '该用户名已存在', 'is already taken');
    if (input.cadreId) {
      const other = seenCadre.get(input.cadreId);
      if (cadres[0]?.userId) fail('cadre', '该包保干部已有账号', 'already has an account');
      else if (other) fail('cadre', `与第 ${other} 行是同一位包保干部`, `is the cadre of row ${other}`);
      else seenCadre.set(input.cadreId, rowNumber);
    }
    const link = missingLink(input, cell, fail, cadres.length);
    if (errors.length === before) valid.push({ row: rowNumber, input, passwordGiven: cell('password') !== '', link });
  }
  errors.sort((a, b) => a.row - b.row);
  const now = Date.now();
  forgetExpired(now);
  const id = randomUUID();
  dryRuns.set(id, { userId: actor.id, bureauId: actor.bureauId, fileName, at: now, valid });
  return {
    id,
    fileName,
    total: sheet.rows.length,
    valid: valid.map((v) => ({ row: v.row, username: v.input.username, displayName: v.input.displayName, role: v.input.role, link: v.link, passwordGiven: v.passwordGiven })),
    errors,
  };
}

/** Reports the link the role needs when its cell is blank or names nothing of the bureau; answers the cell shown. */
function missingLink(input: TUserCreate, cell: (key: TUserColumn) => string, fail: (column: TUserColumn, zh: string, en: string) => void, cadresFound: number) {
  const need: Partial<Record<TUserCreate['role'], [TUserColumn, string | null, string]>> = {
    station: ['station', input.stationId, '监管所'],
    inspector: ['station', input.stationId, '监管所'],
    department: ['department', input.departmentId, '科室'],
    business: ['uscc', input.operatorId, '经营主体'],
    cadre: ['cadre', input.cadreId, '包保干部'],
  };
  const wanted = need[input.role];
  if (!wanted) return null;
  const [column, id, what] = wanted;
  if (!cell(column)) fail(column, '该角色必须填写', 'is required for this role');
  else if (!id && !(column === 'cadre' && cadresFound > 1)) fail(column, `不是本局的${what}`, `names no ${column} of this bureau`);
  return cell(column) || null;
}

export async function commitUserImport(db: TDb, actor: TSessionUser, id: string, input: TUserImportCommit, lang: TLang): Promise<TUserImportResult> {
  forgetExpired(Date.now());
  const run = dryRuns.get(id);
  if (!run || run.userId !== actor.id || run.bureauId !== actor.bureauId) throw notFound();
  const byRow = new Map(run.valid.map((v) => [v.row, v]));
  const refused = input.rows.filter((row) => !byRow.has(row));
  if (refused.length) {
    throw new AppError('VALIDATION_FAILED', {}, (l) => [
      { path: 'rows', message: t(l, `第 ${refused.join('、')} 行未通过预检，不能导入`, `Rows ${refused.join(', ')} did not pass the dry run`) },
    ]);
  }
  // Claimed before the first await: a second commit of the same dry run finds nothing.
  dryRuns.delete(id);
  const chosen = [...new Set(input.rows)].sort((a, b) => a - b).map((row) => byRow.get(row)!);
  const errors: TUserImportRowError[] = [];
  const ready: (TParsed & { password: string; hash: string })[] = [];
  const taken = await repo.existingUsernames(
    db,
    chosen.map((c) => c.input.username),
  );
  for (const c of chosen) {
    if (taken.has(c.input.username)) {
      errors.push({ row: c.row, field: header('username', lang), message: t(lang, '预检后该用户名已被占用，未导入', 'was taken after the dry run; not imported') });
      continue;
    }
    const password = c.passwordGiven ? c.input.password : temporaryPassword();
    ready.push({ ...c, password, hash: await hashPassword(password) });
  }
  const created = await writeChosen(db, actor, id, ready).catch((error: unknown) => {
    // Nothing was written: the same choice may be committed again.
    dryRuns.set(id, run);
    throw error;
  });
  return { created, errors };
}

async function writeChosen(db: TDb, actor: TSessionUser, id: string, ready: (TParsed & { password: string; hash: string })[]) {
  return db.transaction(async (tx) => {
    const out: TUserImportResult['created'] = [];
    for (const r of ready) {
      // The links are checked again: a station, operator or cadre may have changed since the dry run.
      const links = await checkedLinks(tx, actor.bureauId, r.input.role, r.input);
      const [row] = await repo.insertUsers(tx, [
        {
          bureauId: actor.bureauId,
          username: r.input.username,
          displayName: r.input.displayName,
          passwordHash: r.hash,
          role: r.input.role,
          ...links,
          mustChangePassword: true,
          passwordChangedAt: new Date(),
        },
      ]);
      await recordAudit(tx, [{ actor, action: 'import_create', entity: 'user', entityId: row.id, after: { ...auditedUser(row), importId: id, row: r.row } }]);
      out.push({ row: r.row, username: row.username, displayName: row.displayName, temporaryPassword: r.passwordGiven ? null : r.password });
    }
    return out;
  });
}
