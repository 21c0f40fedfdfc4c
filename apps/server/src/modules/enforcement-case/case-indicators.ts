// Indicators of the annual assessment per unit (station, enforcement team or department) and year:
// four-musts compliance, online handling rate, publication rate, average handling days. Every figure is a
// count over the leads and cases, and the total row is the sum of the unit rows, computed the same way.
import ExcelJS from 'exceljs';
import { addCounts, EMPTY_COUNTS, indicatorRow, type TEnforcementIndicators, type TIndicatorCounts } from '@shian/shared/enforcement-case';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { getOrganisation } from '../org/org.public.ts';
import { leadIndicatorFacts, type TLeadIndicatorFacts } from '../lead/lead.public.ts';
import * as repo from './enforcement-case.repository.ts';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export type TCaseIndicatorFacts = {
  stationId: string | null;
  departmentId: string | null;
  filedOn: string | null;
  decidedOn: string | null;
  publicationDueOn: string | null;
  publishedOn: string | null;
  online: boolean;
};

const inYear = (date: string | null, year: number) => date?.startsWith(`${year}-`);
const unitKey = (stationId: string | null, departmentId: string | null) => stationId ?? departmentId ?? '';

/**
 * - leads: discovered in the year; breaking: with a must broken as of today;
 * - cases filed: filing approved in the year; online: with no step entered from paper;
 * - decisions: approved in the year; handling days: filing to decision, calendar days;
 * - to publish: decisions of the year that must be published and whose deadline has passed or that are
 *   published; on time: published by the deadline.
 */
export function countByUnit(year: number, today: string, leads: TLeadIndicatorFacts[], cases: TCaseIndicatorFacts[]): Map<string, TIndicatorCounts> {
  const counts = new Map<string, TIndicatorCounts>();
  const bump = (key: string, add: Partial<TIndicatorCounts>) => counts.set(key, addCounts(counts.get(key) ?? EMPTY_COUNTS, { ...EMPTY_COUNTS, ...add }));
  for (const lead of leads) bump(unitKey(lead.unitStationId, lead.unitDepartmentId), { leads: 1, leadsBreakingMusts: lead.musts.length > 0 ? 1 : 0 });
  for (const c of cases) {
    const key = unitKey(c.stationId, c.departmentId);
    if (inYear(c.filedOn, year)) bump(key, { casesFiled: 1, casesOnline: c.online ? 1 : 0 });
    if (inYear(c.decidedOn, year) && c.filedOn) {
      bump(key, { decisions: 1, handlingDaysTotal: daysBetween(c.filedOn, c.decidedOn!) });
      if (c.publicationDueOn && (c.publishedOn || c.publicationDueOn < today)) {
        bump(key, { toPublish: 1, publishedOnTime: c.publishedOn && c.publishedOn <= c.publicationDueOn ? 1 : 0 });
      }
    }
  }
  return counts;
}

export async function enforcementIndicators(ctx: TContext, user: TSessionUser, year: number, today: string): Promise<TEnforcementIndicators> {
  const [leads, cases, org] = await Promise.all([
    leadIndicatorFacts(ctx, user, year, today),
    repo.casesOfPeriod(ctx.db, user.bureauId, operatorScopeOf(user), `${year}-01-01`, `${year}-12-31`),
    getOrganisation(ctx.db, user.bureauId),
  ]);
  const names = new Map<string, string>([...org.stations.map((s) => [s.id, s.name] as const), ...org.departments.map((d) => [d.id, d.name] as const)]);
  const counts = countByUnit(year, today, leads, cases);
  const rows = [...counts.entries()]
    .map(([key, c]) => indicatorRow(key || null, key ? (names.get(key) ?? key) : '未分配（局本级）', c))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
  const total = rows.reduce<TIndicatorCounts>((sum, r) => addCounts(sum, r), EMPTY_COUNTS);
  return { year, rows, total: indicatorRow(null, '合计', total) };
}

const HEADERS = [
  '单位',
  '线索数',
  '未落实“四个一律”线索数',
  '“四个一律”落实率(%)',
  '立案数',
  '网上办案数',
  '网上办案率(%)',
  '应公示决定数',
  '按时公示数',
  '案件公示率(%)',
  '作出决定数',
  '办案总天数',
  '平均办案天数',
];

export async function indicatorsWorkbook(data: TEnforcementIndicators): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${data.year}年执法考核指标`);
  sheet.columns = HEADERS.map((header, i) => ({ header, width: i === 0 ? 28 : 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of [...data.rows, data.total]) {
    sheet.addRow([
      r.unitName,
      r.leads,
      r.leadsBreakingMusts,
      r.mustsCompliance,
      r.casesFiled,
      r.casesOnline,
      r.onlineRate,
      r.toPublish,
      r.publishedOnTime,
      r.publicationRate,
      r.decisions,
      r.handlingDaysTotal,
      r.averageHandlingDays,
    ]);
  }
  sheet.lastRow!.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
