// The risk control lists: the department's templates per kind (a save is a new version, old ones kept), a
// business's own list adopted from its kind's current template and adapted (points not applicable, its own
// points, its officer and director), the staff's adoption status in scope and the printable list.
import type { TPage } from '@shian/shared/http';
import { OPERATOR_TYPES, type TOperatorType } from '@shian/shared/operator';
import {
  OWN_POINT_PREFIX,
  riskControlKindOf,
  type TRiskControlAdopt,
  type TRiskControlKind,
  type TRiskControlList,
  type TRiskControlListQuery,
  type TRiskControlStatus,
  type TRiskControlTemplate,
  type TRiskControlTemplateSave,
} from '@shian/shared/risk-control';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { invalidField } from '../../core/field-error.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { getOrganisation } from '../org/org.public.ts';
import { riskControlDocx } from './risk-control-docx.ts';
import { applicablePoints, presentList, presentStatus, presentTemplate } from './risk-control.presenter.ts';
import * as repo from './risk-control.repository.ts';

async function current(db: TDbOrTx, bureauId: string, kind: TRiskControlKind) {
  const found = await repo.currentTemplate(db, bureauId, kind);
  if (found) return found;
  await repo.ensureTemplates(db, bureauId);
  return (await repo.currentTemplate(db, bureauId, kind))!;
}

export async function listTemplates(ctx: TContext, user: TSessionUser): Promise<TRiskControlTemplate[]> {
  await repo.ensureTemplates(ctx.db, user.bureauId);
  return (await repo.currentTemplates(ctx.db, user.bureauId)).map(presentTemplate);
}

export async function getTemplate(ctx: TContext, user: TSessionUser, kind: TRiskControlKind): Promise<TRiskControlTemplate> {
  return presentTemplate(await current(ctx.db, user.bureauId, kind));
}

/** A new version of a kind's template; adopted lists keep theirs until re-adopted. A stale version answers 409. */
export async function saveTemplate(ctx: TContext, user: TSessionUser, kind: TRiskControlKind, input: TRiskControlTemplateSave): Promise<TRiskControlTemplate> {
  return ctx.db.transaction(async (tx) => {
    const before = await current(tx, user.bureauId, kind);
    if (before.template.versionNo !== input.version) throw new AppError('VERSION_CONFLICT');
    const next = await repo.saveTemplate(tx, before.template, input.points, user.id);
    await recordAudit(tx, [
      {
        actor: user,
        action: 'update',
        entity: 'risk_control_template',
        entityId: next.id,
        before: { kind, version: before.template.versionNo, points: before.template.points.length },
        after: { kind, version: next.versionNo, points: next.points },
      },
    ]);
    return presentTemplate((await repo.currentTemplate(tx, user.bureauId, kind))!);
  });
}

/** The operator in the user's scope (404 otherwise), its list if adopted and what the list page needs. */
async function loadList(db: TDbOrTx, user: TSessionUser, operatorId: string) {
  const op = await repo.operatorInScope(db, operatorScopeOf(user), operatorId);
  if (!op) throw notFound();
  const kind = riskControlKindOf(op.type);
  const [list, now, personnel] = await Promise.all([repo.findList(db, op.id), current(db, op.bureauId, kind), repo.personnelOf(db, op.id)]);
  const adopted = list ? ((await repo.templateVersion(db, op.bureauId, list.templateKind, list.templateVersion))?.points ?? []) : now.template.points;
  return { op, kind, list, current: now.template, adoptedPoints: adopted, personnel };
}

export async function getList(ctx: TContext, user: TSessionUser, operatorId: string): Promise<TRiskControlList> {
  const parts = await loadList(ctx.db, user, operatorId);
  return presentList({ operator: parts.op, kind: parts.kind, list: parts.list, adoptedPoints: parts.adoptedPoints, current: parts.current, personnel: parts.personnel });
}

/**
 * The business adopts its kind's current template (again, when the department has updated it), with the points
 * that do not apply, its own points (keys 'own-1'… by place) and its officer and director from its key personnel.
 * Version 0 adopts the first time; a stale version answers 409.
 */
export async function adoptList(ctx: TContext, user: TSessionUser, operatorId: string, input: TRiskControlAdopt): Promise<TRiskControlList> {
  return ctx.db.transaction(async (tx) => {
    const parts = await loadList(tx, user, operatorId);
    const keys = new Set(parts.current.points.map((p) => p.key));
    const notApplicable = [...new Set(input.notApplicable)].filter((k) => keys.has(k));
    if (notApplicable.length === keys.size && input.ownPoints.length === 0) throw invalidField('notApplicable', 'riskControl.nothingApplies');
    for (const field of ['officerPersonnelId', 'directorPersonnelId'] as const) {
      const id = input[field];
      if (id && !parts.personnel.some((p) => p.id === id)) throw invalidField(field, 'riskControl.notPersonnel');
    }
    const values = {
      templateKind: parts.kind,
      templateVersion: parts.current.versionNo,
      notApplicable,
      ownPoints: input.ownPoints.map((p, i) => ({ key: `${OWN_POINT_PREFIX}${i + 1}`, category: p.category, text: p.text })),
      officerPersonnelId: input.officerPersonnelId,
      directorPersonnelId: input.directorPersonnelId,
    };
    let row: repo.TListRow | null;
    if (input.version === 0) {
      if (parts.list) throw new AppError('VERSION_CONFLICT');
      row = await repo.insertList(tx, parts.op.bureauId, parts.op.id, values, user.id);
      if (!row) throw new AppError('VERSION_CONFLICT');
    } else {
      if (!parts.list) throw new AppError('VERSION_CONFLICT');
      row = await repo.updateList(tx, parts.list.id, input.version, values, user.id);
    }
    await recordAudit(tx, [
      {
        actor: user,
        action: parts.list ? 'update' : 'create',
        entity: 'risk_control_list',
        entityId: row.id,
        before: parts.list && { templateVersion: parts.list.templateVersion, notApplicable: parts.list.notApplicable, ownPoints: parts.list.ownPoints },
        after: values,
      },
    ]);
    return presentList({ operator: parts.op, kind: parts.kind, list: row, adoptedPoints: parts.current.points, current: parts.current, personnel: parts.personnel });
  });
}

/** Every operator in scope (active) with whether it has adopted its list. */
export async function listAdoption(ctx: TContext, user: TSessionUser, query: TRiskControlListQuery): Promise<TPage<TRiskControlStatus>> {
  await repo.ensureTemplates(ctx.db, user.bureauId);
  const kindTypes: TOperatorType[] | null = query.kind ? OPERATOR_TYPES.filter((t) => riskControlKindOf(t) === query.kind) : null;
  const [{ rows, total }, templates] = await Promise.all([repo.adoptionPage(ctx.db, operatorScopeOf(user), query, kindTypes), repo.currentTemplates(ctx.db, user.bureauId)]);
  const currentOf = new Map(templates.map((t) => [t.template.kind, t.template]));
  return {
    items: rows.map((r) => presentStatus({ ...r, kind: riskControlKindOf(r.type) }, currentOf)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The adopted list as a Word document to print and post; 404 before it is adopted. */
export async function listFile(ctx: TContext, user: TSessionUser, operatorId: string): Promise<{ buffer: Buffer; fileName: string }> {
  const parts = await loadList(ctx.db, user, operatorId);
  if (!parts.list) throw notFound();
  const list = presentList({ operator: parts.op, kind: parts.kind, list: parts.list, adoptedPoints: parts.adoptedPoints, current: parts.current, personnel: parts.personnel });
  const organisation = await getOrganisation(ctx.db, parts.op.bureauId);
  const buffer = await riskControlDocx({
    bureauName: organisation.bureau.name,
    operatorName: list.operatorName,
    kind: list.kind,
    templateVersion: list.templateVersion,
    points: applicablePoints(list.templatePoints, list.notApplicable, list.ownPoints),
    notApplicable: list.templatePoints.filter((p) => list.notApplicable.includes(p.key)),
    officerName: list.officer?.name ?? null,
    directorName: list.director?.name ?? null,
    adoptedOn: chinaToday(parts.list.adoptedAt),
  });
  return { buffer, fileName: `食品安全风险管控清单-${list.operatorName}.docx` };
}
