// Supervision coverage (督导覆盖率): of the subjects guaranteed by cadres, how many were visited in a quarter,
// by the level of the cadre guaranteeing it, by township unit; and the problems found, closed and overdue.
import { z } from 'zod';
import { CADRE_LEVELS, type TCadreLevel } from './cadre.ts';
import { ZUnitCode } from './org.ts';

/** Only city- and district-level cadres guarantee high-risk subjects, which must be visited on site (issue 16). */
export const mustVisitOnSite = (level: TCadreLevel) => level === 'city' || level === 'district';

/** The quarter (1-4) of a China date. */
export const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

/** First and last China date of a quarter. */
export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const first = (quarter - 1) * 3 + 1;
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(first + 2)}-${last}` };
}

export const ZCoverageQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
});
export type TCoverageQuery = z.infer<typeof ZCoverageQuery>;

/** Coverage by cadre: a quarter, optionally one township unit or one cadre level, a page at a time. */
export const ZCoverageCadreQuery = ZCoverageQuery.extend({
  unitCode: ZUnitCode.optional(),
  level: z.enum(CADRE_LEVELS).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TCoverageCadreQuery = z.infer<typeof ZCoverageCadreQuery>;

export type TCoverageCell = { subjects: number; visited: number; rate: number };
export type TCoverageProblems = { found: number; closed: number; overdue: number };

export type TCoverage = TCoverageCell & {
  year: number;
  quarter: number;
  from: string;
  to: string;
  /** The China date the figures were computed on (a quarter still running is incomplete). */
  asOf: string;
  problems: TCoverageProblems;
  byLevel: (TCoverageCell & { level: TCadreLevel })[];
  /** Ranked: highest rate first. */
  byUnit: (TCoverageCell & TCoverageProblems & { unitCode: string; unitName: string })[];
};

/** Visited share rounded to a tenth of a percent; 0 when there is nothing to visit. */
export const coverageRate = (visited: number, subjects: number) => (subjects === 0 ? 0 : Math.round((visited / subjects) * 1000) / 10);

/**
 * One cadre's subjects in one township unit (a cadre whose subjects lie in two units has two rows, so the rows
 * of a unit add up to its byUnit figures); problems are those found in the quarter on visits to these subjects.
 */
export type TCoverageCadreRow = TCoverageCell & {
  cadreId: string;
  cadreName: string;
  level: TCadreLevel;
  unitCode: string;
  unitName: string;
  problemsFound: number;
  problemsOverdue: number;
};
