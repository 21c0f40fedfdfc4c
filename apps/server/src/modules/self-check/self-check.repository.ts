import type { TSessionUser } from '../../core/access.ts';
import { findBureauSetting, saveBureauSetting } from '../../core/db/bureau-setting.ts';
import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { TControlPoint } from '@shian/shared/risk-control';
import type { TSelfCheckContent, TSelfCheckKind, TSelfCheckListQuery } from '@shian/shared/self-check';
import type { TEntityKind } from '@shian/shared/uscc';
import { rowsOf, toInt, type TDbOrTx } from '../../core/db/database.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { insertOne } from '../../core/db/insert-one.ts';
import { pageOf, pageWindow, type TPageQuery } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { operatorEntityKind as entityKind, scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { contentOf, splitDaily } from './self-check-content.ts';
import { selfCheck, selfCheckCorrection, selfCheckPointSet, selfCheckSetting } from './self-check.schema.ts';

const requiredCondition = (kinds: TEntityKind[]) => (kinds.length === 0 ? sql`false` : sql`${entityKind} = any(${sql.param(kinds)}::text[])`);

export function findSetting(db: TDbOrTx, bureauId: string) {
  return findBureauSetting(db, selfCheckSetting, bureauId);
}

/** Saves the bureau's setting at the version the edit was made on (0: the first save), audited. */
export function saveSetting(db: TDbOrTx, user: TSessionUser, version: number, values: { requiredEntityKinds: TEntityKind[] }) {
  return saveBureauSetting(db, selfCheckSetting, 'self_check_setting', user, version, values);
}

/** The operator in the scope with what the records need of it (null out of scope). */
export async function findOperatorInScope(db: TDbOrTx, scope: TOperatorScope, operatorId: string) {
  const [row] = await db
    .select({ id: operator.id, name: operator.name, uscc: operator.uscc, bureauId: operator.bureauId, unitCode: operator.unitCode })
    .from(operator)
    .where(and(scopeCondition(db, scope), eq(operator.id, operatorId)));
  return row ?? null;
}

/** The point set of these points in the bureau: the stored one, or a new one (made once: the database keeps the digest unique). */
export async function pointSetOf(db: TDbOrTx, bureauId: string, points: TControlPoint[]) {
  const json = JSON.stringify(points);
  const digest = createHash('sha256').update(json).digest('hex');
  await db.insert(selfCheckPointSet).values({ bureauId, digest, points }).onConflictDoNothing();
  const [row] = await db
    .select({ id: selfCheckPointSet.id })
    .from(selfCheckPointSet)
    .where(and(eq(selfCheckPointSet.bureauId, bureauId), eq(selfCheckPointSet.digest, digest)));
  return row.id;
}

type TRecordValues = Omit<typeof selfCheck.$inferInsert, 'content' | 'pointSetId'> & { content: TSelfCheckContent };

/** The record, unless one of its kind and period exists (then null: the "already recorded" answer); a daily check's points go to their point set. */
export async function insertRecord(db: TDbOrTx, bureauId: string, values: TRecordValues) {
  const { content, ...rest } = values;
  const { stored, points } = 'items' in content ? splitDaily(content) : { stored: content, points: null };
  const [row] = await db
    .insert(selfCheck)
    .values({ ...rest, content: stored, pointSetId: points ? await pointSetOf(db, bureauId, points) : null })
    .onConflictDoNothing({ target: [selfCheck.operatorId, selfCheck.kind, selfCheck.period] })
    .returning({ id: selfCheck.id });
  return row ?? null;
}

/** Changes a record at its version; a daily check keeps its point set (its points are the record's own). */
export function updateRecord(db: TDbOrTx, id: string, version: number, values: Pick<TRecordValues, 'content' | 'problems' | 'openProblems' | 'recordedBy' | 'recorderName'>) {
  const { content, ...rest } = values;
  const stored = 'items' in content ? splitDaily(content).stored : content;
  return updateVersioned(db, selfCheck, id, version, { ...rest, content: stored, recordedAt: new Date() });
}

const correctionCount = sql<number>`(select count(*)::int from ${selfCheckCorrection} where ${selfCheckCorrection.selfCheckId} = ${selfCheck.id})`;

function selectRecords(db: TDbOrTx) {
  return db
    .select({ record: selfCheck, points: selfCheckPointSet.points, operatorName: operator.name, corrections: correctionCount })
    .from(selfCheck)
    .innerJoin(operator, eq(operator.id, selfCheck.operatorId))
    .leftJoin(selfCheckPointSet, eq(selfCheckPointSet.id, selfCheck.pointSetId));
}
type TStoredRow = Awaited<ReturnType<ReturnType<typeof selectRecords>['execute']>>[number];

/** A record as listed: its summary needs no content. */
export type TSummaryRow = Omit<TStoredRow, 'record' | 'points'> & { record: Omit<TStoredRow['record'], 'content'> };
/** A record with its content as the API shows it (self-check-content.ts). */
export type TRecordRow = Omit<TStoredRow, 'record' | 'points'> & { record: Omit<TStoredRow['record'], 'content'> & { content: TSelfCheckContent } };
const withContent = ({ record, points, ...rest }: TStoredRow): TRecordRow => ({ ...rest, record: { ...record, content: contentOf(record.content, points) } });

export function listRecords(db: TDbOrTx, scope: TOperatorScope, query: TSelfCheckListQuery) {
  const where = and(
    scopeCondition(db, scope),
    query.operatorId ? eq(selfCheck.operatorId, query.operatorId) : undefined,
    query.kind ? eq(selfCheck.kind, query.kind) : undefined,
    query.from ? gte(selfCheck.period, query.from) : undefined,
    query.to ? lte(selfCheck.period, query.to) : undefined,
  );
  return pageOf(db, selectRecords(db).where(where).$dynamic(), [desc(selfCheck.period), asc(selfCheck.kind), asc(operator.name), asc(selfCheck.id)], query);
}

export async function findRecord(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectRecords(db).where(and(scopeCondition(db, scope), eq(selfCheck.id, id)));
  return row ? withContent(row) : null;
}

/** The records of these kinds and periods. */
const periodsCondition = (periods: { kind: TSelfCheckKind; period: string }[]) =>
  sql`(${selfCheck.kind}, ${selfCheck.period}) in (${sql.join(
    periods.map((p) => sql`(${p.kind}, ${p.period}::date)`),
    sql`, `,
  )})`;

/** The operator's records of these periods (today's page: the day, the week, the month). */
export async function recordsOfPeriods(db: TDbOrTx, operatorId: string, periods: { kind: TSelfCheckKind; period: string }[]) {
  const rows = await selectRecords(db).where(and(eq(selfCheck.operatorId, operatorId), periodsCondition(periods)));
  return rows.map(withContent);
}

export function insertCorrection(db: TDbOrTx, values: typeof selfCheckCorrection.$inferInsert) {
  return insertOne(db, selfCheckCorrection, values);
}

export function correctionsOf(db: TDbOrTx, selfCheckId: string) {
  return db
    .select({ id: selfCheckCorrection.id, text: selfCheckCorrection.text, at: selfCheckCorrection.at, byName: sql<string>`coalesce(${appUser.displayName}, '')` })
    .from(selfCheckCorrection)
    .leftJoin(appUser, eq(appUser.id, selfCheckCorrection.by))
    .where(eq(selfCheckCorrection.selfCheckId, selfCheckId))
    .orderBy(asc(selfCheckCorrection.at), asc(selfCheckCorrection.id));
}

/** Files already named by another record (its photos or signatures): a file belongs to one record. */
export async function attachedFileIds(db: TDbOrTx, ids: string[], exceptRecordId: string | null): Promise<string[]> {
  if (ids.length === 0) return [];
  const other = exceptRecordId ? sql`s.id <> ${exceptRecordId}` : sql`true`;
  const rows = await db.execute(sql`
    select f from ${selfCheck} s, jsonb_array_elements(case when s.kind = 'daily' then s.content->'findings' else '[]'::jsonb end) i,
      jsonb_array_elements_text(coalesce(i->'photoIds', '[]'::jsonb)) f where ${other} and f = any(${sql.param(ids)}::text[])
    union select g->>'fileId' from ${selfCheck} s, jsonb_array_elements(case when s.kind = 'monthly' then s.content->'signatures' else '[]'::jsonb end) g
      where ${other} and g->>'fileId' = any(${sql.param(ids)}::text[])`);
  return rowsOf<{ f: string }>(rows).map((r) => r.f);
}

/** The window the compliance view counts over (self-check.service.ts complianceWindow). */
export type TComplianceWindow = {
  from: string;
  /** The last day of the window (the list's `to`, today by default). */
  to: string;
  /** The last day already due: yesterday, or `to` if earlier. */
  dueTo: string;
  /** From the 90 days before `to` on: the "always all OK" test. */
  recentFrom: string;
  /** The first Monday and 1st from `from` on; the last week and month that ended by `dueTo` (their Monday, their 1st). */
  firstMonday: string;
  lastMonday: string;
  firstMonth: string;
  lastMonth: string;
  behindRate: number;
  allOkMinRecords: number;
};

export type TComplianceFilter = { unitCode?: string; stationId?: string; q?: string; behind?: 'true' | 'false' };

/**
 * One row per active operator in the scope that must keep the records, with its counts over the window, in one
 * grouped pass over self_check (no query per operator). Each operator is due from the later of `from` and its
 * first record ever (when it began keeping them on the platform; with none, from `from`): every day up to
 * `dueTo`, every week (Monday to Sunday) and month that began then and ended by `dueTo`.
 */
function complianceRows(db: TDbOrTx, scope: TOperatorScope, required: TEntityKind[], w: TComplianceWindow, filter: TComplianceFilter) {
  const filters = and(
    scopeCondition(db, scope),
    eq(operator.status, 'active'),
    requiredCondition(required),
    filter.unitCode ? eq(operator.unitCode, filter.unitCode) : undefined,
    filter.stationId ? eq(unit.stationId, filter.stationId) : undefined,
    filter.q ? sql`(${operator.name} ilike ${`%${escapeLike(filter.q)}%`} or ${operator.uscc} ilike ${`%${escapeLike(filter.q)}%`})` : undefined,
  );
  const from = sql`${w.from}::date`;
  const dueTo = sql`${w.dueTo}::date`;
  const to = sql`${w.to}::date`;
  const recentFrom = sql`${w.recentFrom}::date`;
  // Every period is on or after the operator's first record, so the records counted need no bound of their own:
  // a daily one from `from`, a weekly one from `from`'s first Monday, a monthly one from its first 1st.
  return sql`
    with ops as (
      select ${operator.id} as id, ${operator.name} as name, ${operator.uscc} as uscc, ${operator.unitCode} as unit_code, ${unit.name} as unit_name
      from ${operator} join ${unit} on ${unit.code} = ${operator.unitCode} where ${filters}
    ), counted as (
      select s.operator_id, min(s.period) as first_on,
        count(*) filter (where s.kind = 'daily' and s.period between ${from} and ${dueTo}) as days_recorded,
        count(*) filter (where s.kind = 'weekly' and s.period between ${w.firstMonday}::date and ${w.lastMonday}::date) as weeks_recorded,
        count(*) filter (where s.kind = 'monthly' and s.period between ${w.firstMonth}::date and ${w.lastMonth}::date) as months_recorded,
        coalesce(sum(s.problems) filter (where s.kind = 'daily' and s.period between ${from} and ${to}), 0) as problems,
        coalesce(sum(s.open_problems) filter (where s.kind = 'daily' and s.period between ${from} and ${to}), 0) as open_problems,
        count(*) filter (where s.kind = 'daily' and s.period between ${recentFrom} and ${to}) as recent_days,
        coalesce(sum(s.problems) filter (where s.kind = 'daily' and s.period between ${recentFrom} and ${to}), 0) as recent_problems,
        max(s.period) filter (where s.kind = 'daily' and s.period <= ${to}) as last_recorded_on
      from ${selfCheck} s where s.operator_id in (select id from ops)
      group by s.operator_id
    ), started as (
      select ops.*, c.*, greatest(${from}, coalesce(c.first_on, ${from})) as start_on from ops left join counted c on c.operator_id = ops.id
    ), figures as (
      select id, name, uscc, unit_code, unit_name,
        greatest(${dueTo} - start_on + 1, 0) as days_due,
        coalesce(days_recorded, 0)::int as days_recorded,
        greatest(((${w.lastMonday}::date - (start_on + ((8 - extract(isodow from start_on)::int) % 7))) / 7) + 1, 0) as weeks_due,
        coalesce(weeks_recorded, 0)::int as weeks_recorded,
        greatest((extract(year from ${w.lastMonth}::date)::int * 12 + extract(month from ${w.lastMonth}::date)::int)
          - (extract(year from start_on)::int * 12 + extract(month from start_on)::int) + (case when extract(day from start_on) = 1 then 1 else 0 end), 0) as months_due,
        coalesce(months_recorded, 0)::int as months_recorded,
        coalesce(problems, 0)::int as problems, coalesce(open_problems, 0)::int as open_problems,
        (coalesce(recent_days, 0) >= ${w.allOkMinRecords}::int and coalesce(recent_problems, 0) = 0) as all_ok,
        last_recorded_on::text as last_recorded_on
      from started
    )
    select *, greatest(weeks_due - weeks_recorded, 0) as weeks_missing, greatest(months_due - months_recorded, 0) as months_missing,
      case when days_due = 0 then 1 else days_recorded::float8 / days_due end as rate,
      (days_recorded < ${w.behindRate}::float8 * days_due or weeks_recorded < weeks_due or months_recorded < months_due) as behind
    from figures`;
}

export type TComplianceDbRow = {
  id: string;
  name: string;
  uscc: string;
  unit_code: string;
  unit_name: string;
  days_due: number;
  days_recorded: number;
  weeks_due: number;
  weeks_missing: number;
  months_due: number;
  months_missing: number;
  problems: number;
  open_problems: number;
  all_ok: boolean;
  last_recorded_on: string | null;
  behind: boolean;
};

/** A page of the compliance list, the worst first: lowest share of days recorded, then most weeks and months missing. */
export async function compliancePage(db: TDbOrTx, scope: TOperatorScope, required: TEntityKind[], w: TComplianceWindow, filter: TComplianceFilter, query: TPageQuery) {
  const base = complianceRows(db, scope, required, w, filter);
  const behind = filter.behind === 'true' ? sql`where behind` : filter.behind === 'false' ? sql`where not behind` : sql``;
  const [{ n }] = rowsOf<{ n: unknown }>(await db.execute(sql`select count(*) as n from (${base}) x ${behind}`));
  const { limit, offset } = pageWindow(query);
  const rows = rowsOf<TComplianceDbRow>(
    await db.execute(sql`select * from (${base}) x ${behind}
      order by rate asc, weeks_missing desc, months_missing desc, open_problems desc, name asc, id asc limit ${limit} offset ${offset}`),
  );
  return { rows: rows.map(normalise), total: toInt(n) };
}

/** Per township unit of the scope: operators that must keep records, how many are behind, days recorded and due. */
export async function complianceByUnit(db: TDbOrTx, scope: TOperatorScope, required: TEntityKind[], w: TComplianceWindow) {
  const base = complianceRows(db, scope, required, w, {});
  const rows = rowsOf<{ unit_code: string; unit_name: string; operators: unknown; behind: unknown; days_recorded: unknown; days_due: unknown }>(
    await db.execute(sql`select unit_code, unit_name, count(*) as operators, count(*) filter (where behind) as behind,
        coalesce(sum(days_recorded), 0) as days_recorded, coalesce(sum(days_due), 0) as days_due
      from (${base}) x group by unit_code, unit_name order by unit_code`),
  );
  return rows.map((r) => ({
    unitCode: r.unit_code,
    unitName: r.unit_name,
    operators: toInt(r.operators),
    behind: toInt(r.behind),
    daysRecorded: toInt(r.days_recorded),
    daysDue: toInt(r.days_due),
  }));
}

const normalise = (r: TComplianceDbRow): TComplianceDbRow => ({
  ...r,
  days_due: toInt(r.days_due),
  days_recorded: toInt(r.days_recorded),
  weeks_due: toInt(r.weeks_due),
  weeks_missing: toInt(r.weeks_missing),
  months_due: toInt(r.months_due),
  months_missing: toInt(r.months_missing),
  problems: toInt(r.problems),
  open_problems: toInt(r.open_problems),
});

/** Whether one operator must keep the records under these kinds (its credit code), read in the database as the list does. */
export async function isRequired(db: TDbOrTx, operatorId: string, required: TEntityKind[]) {
  const [row] = await db
    .select({ n: count() })
    .from(operator)
    .where(and(eq(operator.id, operatorId), requiredCondition(required)));
  return (row?.n ?? 0) > 0;
}

/** The business's records of these periods by kind (the workbench): which exist. */
export async function periodsRecorded(db: TDbOrTx, operatorId: string, periods: { kind: TSelfCheckKind; period: string }[]) {
  const rows = await db
    .select({ kind: selfCheck.kind, period: selfCheck.period })
    .from(selfCheck)
    .where(and(eq(selfCheck.operatorId, operatorId), periodsCondition(periods)));
  return new Set(rows.map((r) => `${r.kind} ${r.period}`));
}

/**
 * The risk figures of these operators that must keep records and have begun on the platform (a record in the last
 * 90 days): daily records in the last 30 days, daily records and problems in the last 90.
 */
export async function riskFigures(db: TDbOrTx, operatorIds: string[], asOf: string, from30: string, from90: string) {
  if (operatorIds.length === 0) return [];
  const rows = rowsOf<{ operator_id: string; bureau_id: string; kind: string; days30: unknown; days90: unknown; problems90: unknown }>(
    await db.execute(sql`
      select s.operator_id, ${operator.bureauId} as bureau_id, ${entityKind} as kind,
        count(*) filter (where s.period >= ${from30}::date) as days30, count(*) as days90, coalesce(sum(s.problems), 0) as problems90
      from ${selfCheck} s join ${operator} on ${operator.id} = s.operator_id
      where s.kind = 'daily' and s.operator_id = any(${sql.param(operatorIds)}::uuid[]) and s.period between ${from90}::date and ${asOf}::date
      group by s.operator_id, ${operator.bureauId}, ${operator.uscc}`),
  );
  return rows.map((r) => ({
    operatorId: r.operator_id,
    bureauId: r.bureau_id,
    entityKind: r.kind as TEntityKind,
    days30: toInt(r.days30),
    days90: toInt(r.days90),
    problems90: toInt(r.problems90),
  }));
}

/** The required-kind settings of these bureaus (absent: the defaults). */
export function settingsOf(db: TDbOrTx, bureauIds: string[]) {
  if (bureauIds.length === 0) return Promise.resolve([]);
  return db.select().from(selfCheckSetting).where(inArray(selfCheckSetting.bureauId, bureauIds));
}
