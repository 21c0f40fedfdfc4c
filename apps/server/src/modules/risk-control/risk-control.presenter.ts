import type { TControlPoint, TRiskControlKind, TRiskControlList, TRiskControlPerson, TRiskControlStatus, TRiskControlTemplate } from '@shian/shared/risk-control';
import type { TListRow, TTemplateRow } from './risk-control.repository.ts';

export function presentTemplate(row: { template: TTemplateRow; savedByName: string | null }): TRiskControlTemplate {
  const t = row.template;
  return { kind: t.kind, version: t.versionNo, points: t.points, updatedAt: t.createdAt.toISOString(), updatedByName: row.savedByName };
}

type TListParts = {
  operator: { id: string; name: string };
  kind: TRiskControlKind;
  list: TListRow | null;
  /** The points of the version the list was adopted on (the current one when not adopted). */
  adoptedPoints: TControlPoint[];
  current: TTemplateRow;
  personnel: TRiskControlPerson[];
};

export function presentList({ operator, kind, list, adoptedPoints, current, personnel }: TListParts): TRiskControlList {
  const person = (id: string | null | undefined) => personnel.find((p) => p.id === id) ?? null;
  return {
    listId: list?.id ?? null,
    operatorId: operator.id,
    operatorName: operator.name,
    kind: list?.templateKind ?? kind,
    templateVersion: list?.templateVersion ?? current.versionNo,
    currentTemplateVersion: current.versionNo,
    templateUpdated: list !== null && (list.templateKind !== kind || list.templateVersion !== current.versionNo),
    templatePoints: adoptedPoints,
    currentTemplatePoints: current.points,
    notApplicable: list?.notApplicable ?? [],
    ownPoints: list?.ownPoints ?? [],
    officer: person(list?.officerPersonnelId),
    director: person(list?.directorPersonnelId),
    personnel,
    adoptedAt: list?.adoptedAt.toISOString() ?? null,
    version: list?.version ?? 0,
  };
}

/** The points a list controls: the template's less those not applicable, then its own. */
export function applicablePoints(templatePoints: TControlPoint[], notApplicable: string[], ownPoints: TControlPoint[]): TControlPoint[] {
  const skip = new Set(notApplicable);
  return [...templatePoints.filter((p) => !skip.has(p.key)), ...ownPoints];
}

type TStatusRow = {
  operatorId: string;
  operatorName: string;
  uscc: string;
  unitCode: string;
  unitName: string;
  kind: TRiskControlKind;
  list: TListRow | null;
  officerName: string | null;
  directorName: string | null;
  adoptedTemplatePoints: number | string | null;
};

export function presentStatus(row: TStatusRow, currentVersion: Map<TRiskControlKind, TTemplateRow>): TRiskControlStatus {
  const current = currentVersion.get(row.kind);
  const list = row.list;
  const templatePoints = row.adoptedTemplatePoints === null ? null : Number(row.adoptedTemplatePoints);
  return {
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    uscc: row.uscc,
    unitCode: row.unitCode,
    unitName: row.unitName,
    kind: row.kind,
    adopted: list !== null,
    templateVersion: list?.templateVersion ?? null,
    currentTemplateVersion: current?.versionNo ?? 1,
    templateUpdated: list !== null && (list.templateKind !== row.kind || list.templateVersion !== current?.versionNo),
    applicablePoints: list && templatePoints !== null ? templatePoints - list.notApplicable.length + list.ownPoints.length : null,
    ownPoints: list ? list.ownPoints.length : null,
    officerName: row.officerName,
    directorName: row.directorName,
    adoptedAt: list?.adoptedAt.toISOString() ?? null,
  };
}
