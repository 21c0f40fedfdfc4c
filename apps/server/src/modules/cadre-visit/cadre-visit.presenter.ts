import {
  DEFAULT_VISIT_THRESHOLDS,
  SUPERVISION_POINT_KEYS,
  type TSupervisionPointKey,
  type TCadreProblem,
  type TCadreVisit,
  type TCadreVisitSettings,
  type TCadreVisitSummary,
  type TCadreVisitThresholds,
} from '@shian/shared/cadre-visit';
import { chinaToday } from '@shian/shared/working-days';
import type { TVisitListRow } from './cadre-visit.repository.ts';
import type { TProblemRow } from './cadre-problem.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const pointOrder = (key: TSupervisionPointKey) => SUPERVISION_POINT_KEYS.indexOf(key);

export function presentVisitSummary(row: TVisitListRow): TCadreVisitSummary {
  return {
    id: row.id,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    mode: row.mode,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt.toISOString(),
    nonconforming: row.answers.filter((a) => a.outcome === 'nonconforming').length,
    problems: row.problems,
    flags: row.flags,
    flagReviewedAt: iso(row.flagReviewedAt),
  };
}

export function presentProblem(row: TProblemRow, today = chinaToday()): TCadreProblem {
  return {
    id: row.id,
    visitId: row.visitId,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    stationId: row.stationId,
    stationName: row.stationName,
    pointKey: row.pointKey,
    description: row.description,
    workingDays: row.workingDays,
    handedOn: row.handedOn,
    dueOn: row.dueOn,
    // A problem closed late stays overdue on the record: the clock is what the station is judged by.
    overdue: row.status === 'closed' ? row.closedAt !== null && chinaToday(row.closedAt) > row.dueOn : row.dueOn < today,
    status: row.status,
    cadreName: row.cadreName,
    closeNote: row.closeNote,
    closeFileIds: row.closeFileIds,
    closedAt: iso(row.closedAt),
    closedByName: row.closedByName,
    escalateNote: row.escalateNote,
    escalatedAt: iso(row.escalatedAt),
    version: row.version,
  };
}

export function presentVisit(row: TVisitListRow, problems: TProblemRow[]): TCadreVisit {
  return {
    ...presentVisitSummary(row),
    location: row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude, accuracy: row.accuracy ?? 0 } : null,
    answers: row.answers,
    photoFileIds: row.photoFileIds,
    request: row.request,
    businessNote: row.businessNote,
    businessFileIds: row.businessFileIds,
    businessAnsweredAt: iso(row.businessAnsweredAt),
    // In checklist order: problems of one visit are stored in one statement, with one creation time.
    problemList: [...problems].sort((a, b) => pointOrder(a.pointKey) - pointOrder(b.pointKey) || a.description.localeCompare(b.description)).map((p) => presentProblem(p)),
    flagReviewNote: row.flagReviewNote,
    flagReviewedByName: row.flagReviewedByName,
    version: row.version,
  };
}

type TSettingRow = TCadreVisitThresholds & { version: number; updatedAt: Date };

export const thresholdsOf = (row: TSettingRow | null): TCadreVisitThresholds =>
  row ? { minMinutesOnSite: row.minMinutesOnSite, maxDistanceMeters: row.maxDistanceMeters, maxVisitsPerHour: row.maxVisitsPerHour } : DEFAULT_VISIT_THRESHOLDS;

export function presentSettings(row: TSettingRow | null): TCadreVisitSettings {
  return { ...thresholdsOf(row), version: row?.version ?? 0, isDefault: !row, defaults: DEFAULT_VISIT_THRESHOLDS, updatedAt: iso(row?.updatedAt ?? null) };
}
