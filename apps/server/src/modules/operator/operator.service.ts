import { can, mayCreateOperator, maySetJurisdiction, ROLE_SCOPE } from '@shian/shared/access';
import { fieldLabel, reasonText, type TLang } from '@shian/shared/messages';
import type { TOperatorCreate, TOperatorExportQuery, TOperatorListQuery, TOperatorPatch, TOperatorSummary } from '@shian/shared/operator';
import type { TPage } from '@shian/shared/http';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { pageWindow } from '../../core/db/paged.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import * as org from '../org/org.public.ts';
import * as repo from './operator.repository.ts';
import type { TOperatorScope } from './operator-scope.ts';
import { presentOperator, presentOperatorSummary } from './operator.presenter.ts';

export function operatorScopeOf(user: TSessionUser): TOperatorScope {
  const bureauId = user.bureauId;
  switch (ROLE_SCOPE[user.role]) {
    case 'district':
      return { kind: 'district', bureauId };
    case 'station':
      return { kind: 'station', bureauId, stationId: user.stationId };
    case 'cadre':
      return { kind: 'cadre', bureauId, cadreId: user.cadreId };
    case 'operator':
      return { kind: 'operator', bureauId, operatorId: user.operatorId };
  }
}

// Reads for the credit module (its record page, public lookup and national export): no personal data.
export const licencesIssuedBetween = (db: TDbOrTx, scope: TOperatorScope, from: string, to: string) => repo.licencesIssuedBetween(db, scope, from, to);
export const searchOperatorsByNameOrUscc = (db: TDbOrTx, q: string, limit: number) => repo.searchByNameOrUscc(db, q, limit);
export const operatorIdsInScopeAfter = (db: TDbOrTx, scope: TOperatorScope, afterId: string | null, limit: number) => repo.idsInScopeAfter(db, scope, afterId, limit);
export const licencesOfOperators = (db: TDbOrTx, operatorIds: string[]) => repo.licencesOf(db, operatorIds);
export const operatorIdentitiesOf = (db: TDbOrTx, operatorIds: string[]) => repo.identitiesOf(db, operatorIds);

function fieldError(path: string, reason: { zh: string; en: string } | string) {
  return (lang: TLang) => {
    const text = typeof reason === 'string' ? (reasonText(reason, lang) ?? reason) : lang === 'en' ? reason.en : reason.zh;
    // "licences.0.number": array indexes are numbers in a path, as zod gives them.
    const segments = path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return [{ path, message: `${fieldLabel(segments, lang)}${lang === 'en' ? ': ' : '：'}${text}` }];
  };
}

export async function listOperators(ctx: TContext, user: TSessionUser, query: TOperatorListQuery): Promise<TPage<TOperatorSummary>> {
  const scope = operatorScopeOf(user);
  const page = pageWindow(query);
  const [rows, total] = await Promise.all([repo.listOperators(ctx.db, scope, query, page), repo.countOperators(ctx.db, scope, query)]);
  return { items: rows.map(presentOperatorSummary), total, page: query.page, pageSize: query.pageSize };
}

/** Batches of the filtered list for the .xlsx export. */
export async function* exportOperators(ctx: TContext, user: TSessionUser, query: TOperatorExportQuery) {
  const scope = operatorScopeOf(user);
  const limit = 2000;
  for (let offset = 0; ; offset += limit) {
    const rows = await repo.listOperators(ctx.db, scope, query, { offset, limit });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < limit) return;
  }
}

async function loadOperator(db: TDbOrTx, user: TSessionUser, id: string) {
  const row = await repo.findOperator(db, operatorScopeOf(user), id);
  if (!row) throw notFound();
  // One query after another: inside a transaction `db` is a single connection.
  const licences = await repo.licencesOf(db, [id]);
  const personnel = await repo.personnelOf(db, id);
  return { row, licences, personnel };
}

function present(ctx: TContext, user: TSessionUser | null, loaded: Awaited<ReturnType<typeof loadOperator>>) {
  const showContacts = user ? can(user.role, 'personnel.contact.read') : false;
  return presentOperator(loaded.row, loaded.licences, loaded.personnel, ctx.cipher, showContacts);
}

/** The audit trail never holds personal data in clear: phones are masked there. */
function forAudit(ctx: TContext, loaded: Awaited<ReturnType<typeof loadOperator>>) {
  return present(ctx, null, loaded);
}

export async function getOperator(ctx: TContext, user: TSessionUser, id: string) {
  return present(ctx, user, await loadOperator(ctx.db, user, id));
}

/** The unit must exist in the bureau and, for a station user, lie in the station's jurisdiction. */
async function checkUnit(db: TDbOrTx, user: TSessionUser, unitCode: string) {
  const found = await org.findUnit(db, user.bureauId, unitCode);
  if (!found) throw new AppError('VALIDATION_FAILED', {}, fieldError('unitCode', 'unitCode.unknown'));
  if (ROLE_SCOPE[user.role] === 'station' && found.stationId !== user.stationId) {
    throw new AppError('VALIDATION_FAILED', {}, fieldError('unitCode', { zh: '不在本所辖区内', en: "is outside your station's jurisdiction" }));
  }
}

async function checkLicenceNumbers(db: TDbOrTx, numbers: string[], operatorId: string | null) {
  const repeated = numbers.findIndex((n, i) => numbers.indexOf(n) !== i);
  if (repeated >= 0) {
    throw new AppError('VALIDATION_FAILED', {}, fieldError(`licences.${repeated}.number`, { zh: '与本次提交的另一张许可证重复', en: 'repeats another licence in this request' }));
  }
  const taken = (await repo.findLicencesByNumber(db, numbers)).find((l) => l.operatorId !== operatorId);
  if (taken) {
    throw new AppError(
      'CONFLICT',
      { what: { zh: `许可证编号 ${taken.number} `, en: `Licence number ${taken.number} ` } },
      fieldError(`licences.${numbers.indexOf(taken.number)}.number`, { zh: `${taken.number} 已被其他主体使用`, en: `${taken.number} is already used` }),
    );
  }
}

const licenceValues = (input: TOperatorCreate['licences']) => input.map((l) => ({ kind: l.kind, number: l.number, scope: l.scope, issuedOn: l.issuedOn, expiresOn: l.expiresOn }));

const personnelValues = (ctx: TContext, operatorId: string, input: TOperatorCreate['personnel']) =>
  input.map((p) => ({ operatorId, role: p.role, name: p.name, phoneEncrypted: ctx.cipher.encrypt(p.phone) }));

export async function createOperator(ctx: TContext, user: TSessionUser, input: TOperatorCreate) {
  if (!mayCreateOperator(ROLE_SCOPE[user.role])) throw forbidden();
  await checkUnit(ctx.db, user, input.unitCode);
  const [existing] = await repo.findOperatorsByUscc(ctx.db, user.bureauId, [input.uscc]);
  if (existing) {
    throw new AppError(
      'CONFLICT',
      { what: { zh: `统一社会信用代码 ${input.uscc} `, en: `Credit code ${input.uscc} ` } },
      fieldError('uscc', { zh: '已登记', en: 'is already registered' }),
    );
  }
  await checkLicenceNumbers(
    ctx.db,
    input.licences.map((l) => l.number),
    null,
  );
  return ctx.db.transaction(async (tx) => {
    const { licences, personnel, ...profile } = input;
    const row = await repo.insertOperator(tx, { ...profile, bureauId: user.bureauId });
    await repo.replaceLicences(tx, row.id, licenceValues(licences));
    await repo.replacePersonnel(tx, [row.id], personnelValues(ctx, row.id, personnel));
    const loaded = await loadOperator(tx, user, row.id);
    await recordAudit(tx, [{ actor: user, action: 'create', entity: 'operator', entityId: row.id, after: forAudit(ctx, loaded) }]);
    return present(ctx, user, loaded);
  });
}

export async function updateOperator(ctx: TContext, user: TSessionUser, id: string, patch: TOperatorPatch) {
  const before = await loadOperator(ctx.db, user, id);
  const movesJurisdiction = (patch.status !== undefined && patch.status !== before.row.status) || (patch.unitCode !== undefined && patch.unitCode !== before.row.unitCode);
  if (movesJurisdiction && !maySetJurisdiction(ROLE_SCOPE[user.role])) throw forbidden();
  if (patch.unitCode !== undefined && patch.unitCode !== before.row.unitCode) await checkUnit(ctx.db, user, patch.unitCode);
  if (patch.licences)
    await checkLicenceNumbers(
      ctx.db,
      patch.licences.map((l) => l.number),
      id,
    );
  const { version, licences, personnel, ...profile } = patch;
  return ctx.db.transaction(async (tx) => {
    await repo.updateOperatorVersioned(tx, id, version, profile);
    if (licences) await repo.replaceLicences(tx, id, licenceValues(licences));
    if (personnel) await repo.replacePersonnel(tx, [id], personnelValues(ctx, id, personnel));
    const after = await loadOperator(tx, user, id);
    const action = patch.status === 'deactivated' ? 'deactivate' : 'update';
    await recordAudit(tx, [{ actor: user, action, entity: 'operator', entityId: id, before: forAudit(ctx, before), after: forAudit(ctx, after) }]);
    return present(ctx, user, after);
  });
}
