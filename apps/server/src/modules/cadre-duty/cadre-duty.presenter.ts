import type { TCampaign, TDutySettings, TDutySummary, TDutyTemplate, TDutyUnitStatus } from '@shian/shared/cadre-duty';
import { DEFAULT_PLEDGE_WORKING_DAYS, DEFAULT_VISITS_PER_QUARTER } from '@shian/shared/cadre-duty';
import { coverageRate } from '@shian/shared/cadre-coverage';
import type { cadreCampaign, cadreDutySetting } from './cadre-duty.schema.ts';
import type { TDutyRow, TTemplateRow } from './cadre-duty.repository.ts';

export function presentTemplate({ template: t, publishedByName }: TTemplateRow): TDutyTemplate {
  return {
    id: t.id,
    level: t.level,
    kind: t.kind,
    versionNo: t.versionNo,
    status: t.status,
    lines: t.lines,
    publishedAt: t.publishedAt.toISOString(),
    publishedByName,
    version: t.version,
  };
}

/** The bureau's settings, or the defaults (version 0) while it has set none. */
export function presentSettings(row: typeof cadreDutySetting.$inferSelect | null): TDutySettings {
  if (!row) return { visitsPerQuarter: DEFAULT_VISITS_PER_QUARTER, pledgeWorkingDays: DEFAULT_PLEDGE_WORKING_DAYS, version: 0 };
  return { visitsPerQuarter: { ...DEFAULT_VISITS_PER_QUARTER, ...row.visitsPerQuarter }, pledgeWorkingDays: row.pledgeWorkingDays, version: row.version };
}

export function presentCampaign(row: typeof cadreCampaign.$inferSelect): TCampaign {
  return { id: row.id, title: row.title, from: row.fromOn, to: row.toOn, levels: row.levels, createdAt: row.createdAt.toISOString() };
}

export function presentDutySummary({ duty: d, cadreName, post, unitName }: TDutyRow): TDutySummary {
  return {
    id: d.id,
    year: d.year,
    cadreId: d.cadreId,
    cadreName,
    level: d.level,
    post,
    unitCode: d.unitCode,
    unitName,
    subjects: d.subjects.length,
    pledgeDueOn: d.pledgeDueOn,
    signedAt: d.signedAt?.toISOString() ?? null,
    version: d.version,
  };
}

export function presentUnitStatus(row: { unitCode: string; unitName: string; cadres: number; signed: number }): TDutyUnitStatus {
  const cadres = Number(row.cadres);
  const signed = Number(row.signed);
  return { unitCode: row.unitCode, unitName: row.unitName, cadres, signed, rate: coverageRate(signed, cadres) };
}
