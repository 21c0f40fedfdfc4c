import { and, asc, desc, eq, gte, ilike, inArray, isNull, isNotNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { TComplaintExportQuery, TUnmatchedListQuery } from '@shian/shared/complaint';
import type { TDbOrTx } from '../../core/db/database.ts';
import { rowsOf, toInt } from '../../core/db/database.ts';
import { pageOf, pageWindow } from '../../core/db/paged.ts';
import { bumpVersion, updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { operator } from '../operator/operator.schema.ts';
import { complaintScope } from './complaint-scope.ts';
import { scopeCondition, type TOperatorScope } from '../operator/operator.public.ts';
import { bureau, station, unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { complaint, complaintStep } from './complaint.schema.ts';
import type { TCandidate } from './complaint-matching.ts';

export type TComplaintRow = typeof complaint.$inferSelect;
export type TComplaintListRow = TComplaintRow & { operatorName: string | null; unitName: string | null; stationName: string | null };
export type TComplaintStepRow = typeof complaintStep.$inferSelect & { actorName: string | null };

/** Not closed, with a clock past its date (the due date itself is still in time). */
export const overdueCondition = (today: string) =>
  and(
    ne(complaint.status, 'closed'),
    or(
      and(isNull(complaint.decidedAt), lt(complaint.acceptDueOn, today)),
      and(isNull(complaint.resolvedAt), ne(complaint.status, 'rejected'), lt(complaint.completeDueOn, today)),
      lt(complaint.replyDueOn, today),
    ),
  )!;

function conditions(db: TDbOrTx, scope: TOperatorScope, query: TComplaintExportQuery, today: string): SQL[] {
  const list: SQL[] = [complaintScope(db, scope)];
  if (query.status) list.push(eq(complaint.status, query.status));
  if (query.overdue === 'true') list.push(overdueCondition(today));
  if (query.overdue === 'false') list.push(sql`not (${overdueCondition(today)})`);
  if (query.kind) list.push(eq(complaint.kind, query.kind));
  if (query.channel) list.push(eq(complaint.channel, query.channel));
  if (query.trade) list.push(eq(complaint.trade, query.trade));
  if (query.issueType) list.push(eq(complaint.issueType, query.issueType));
  if (query.unitCode) list.push(eq(complaint.unitCode, query.unitCode));
  if (query.matchStatus) list.push(eq(complaint.matchStatus, query.matchStatus));
  if (query.operatorId) list.push(eq(complaint.operatorId, query.operatorId));
  // Dates are China days: received_at is compared with the day's start at UTC+8.
  if (query.from) list.push(gte(complaint.receivedAt, new Date(`${query.from}T00:00:00+08:00`)));
  if (query.to) list.push(lt(complaint.receivedAt, new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000)));
  if (query.q) {
    const like = escapeLike(query.q);
    list.push(or(ilike(complaint.registrationNo, `${like}%`), ilike(complaint.namedBusiness, `%${like}%`), ilike(operator.name, `%${like}%`))!);
  }
  return list;
}

function selectRows(db: TDbOrTx) {
  return db
    .select({ complaint, operatorName: operator.name, unitName: unit.name, stationName: station.name })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .leftJoin(unit, eq(unit.code, complaint.unitCode))
    .leftJoin(station, eq(station.id, complaint.stationId));
}

type TSelected = Awaited<ReturnType<ReturnType<typeof selectRows>['execute']>>[number];
const flatten = ({ complaint: c, ...rest }: TSelected): TComplaintListRow => ({ ...c, ...rest });

/** The workbench's complaints: in the scope and not closed (to accept, complete or answer). */
export async function openComplaints(db: TDbOrTx, scope: TOperatorScope) {
  return db
    .select({
      id: complaint.id,
      registrationNo: complaint.registrationNo,
      kind: complaint.kind,
      status: complaint.status,
      operatorId: complaint.operatorId,
      operatorName: operator.name,
      namedBusiness: complaint.namedBusiness,
      acceptDueOn: complaint.acceptDueOn,
      completeDueOn: complaint.completeDueOn,
      replyDueOn: complaint.replyDueOn,
    })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .where(and(complaintScope(db, scope), ne(complaint.status, 'closed')));
}

export async function listComplaints(db: TDbOrTx, scope: TOperatorScope, query: TComplaintExportQuery & { page: number; pageSize: number }, today: string) {
  const { rows, total } = await pageOf(
    db,
    selectRows(db)
      .where(and(...conditions(db, scope, query, today)))
      .$dynamic(),
    [desc(complaint.receivedAt), desc(complaint.id)],
    query,
  );
  return { rows: rows.map(flatten), total };
}

/** The next page after `after` (keyset), for streaming an export. */
export async function exportPage(db: TDbOrTx, scope: TOperatorScope, query: TComplaintExportQuery, today: string, after: { receivedAt: Date; id: string } | null, size: number) {
  const where = conditions(db, scope, query, today);
  if (after) where.push(or(lt(complaint.receivedAt, after.receivedAt), and(eq(complaint.receivedAt, after.receivedAt), lt(complaint.id, after.id)))!);
  const rows = await selectRows(db)
    .where(and(...where))
    .orderBy(desc(complaint.receivedAt), desc(complaint.id))
    .limit(size);
  return rows.map(flatten);
}

export async function findComplaint(db: TDbOrTx, scope: TOperatorScope, id: string) {
  const [row] = await selectRows(db).where(and(complaintScope(db, scope), eq(complaint.id, id)));
  return row ? flatten(row) : null;
}

/** Where complaints are routed now, with what names them, for telling the station (complaint.notifications.ts). */
export async function routedOf(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: complaint.id,
      bureauId: complaint.bureauId,
      stationId: complaint.stationId,
      version: complaint.version,
      kind: complaint.kind,
      registrationNo: complaint.registrationNo,
      namedBusiness: complaint.namedBusiness,
      operatorName: operator.name,
    })
    .from(complaint)
    .leftJoin(operator, eq(operator.id, complaint.operatorId))
    .where(inArray(complaint.id, ids))
    .orderBy(asc(complaint.id));
}

/** The names findComplaint joins, for a complaint a step moved to another operator, unit or station. */
export async function namesOf(db: TDbOrTx, ids: { operatorId: string | null; unitCode: string | null; stationId: string | null }) {
  const [row] = rowsOf<{ operator_name: string | null; unit_name: string | null; station_name: string | null }>(
    await db.execute(sql`
      select (select ${operator.name} from ${operator} where ${operator.id} = ${ids.operatorId}) as operator_name,
        (select ${unit.name} from ${unit} where ${unit.code} = ${ids.unitCode}) as unit_name,
        (select ${station.name} from ${station} where ${station.id} = ${ids.stationId}) as station_name`),
  );
  return { operatorName: row.operator_name, unitName: row.unit_name, stationName: row.station_name };
}

/** For the public status page: the first bureau's complaint with this number. */
export async function findByRegistrationNo(db: TDbOrTx, bureauId: string, registrationNo: string) {
  const [row] = await db
    .select()
    .from(complaint)
    .where(and(eq(complaint.bureauId, bureauId), eq(complaint.registrationNo, registrationNo)));
  return row ?? null;
}

export async function findByRegistrationNos(db: TDbOrTx, bureauId: string, numbers: string[]) {
  if (numbers.length === 0) return [];
  return db
    .select()
    .from(complaint)
    .where(and(eq(complaint.bureauId, bureauId), inArray(complaint.registrationNo, numbers)));
}

export async function insertComplaints(db: TDbOrTx, rows: (typeof complaint.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(complaint).values(rows).returning();
}

export async function updateComplaintVersioned(db: TDbOrTx, id: string, version: number, values: Partial<typeof complaint.$inferInsert>) {
  return updateVersioned(db, complaint, id, version, values);
}

/** An import's update of a stored row: the file's fields, a new version; the workflow stays as it is. */
export async function updateFromImport(db: TDbOrTx, id: string, values: Partial<typeof complaint.$inferInsert>) {
  await db
    .update(complaint)
    .set({ ...values, ...bumpVersion(complaint) })
    .where(eq(complaint.id, id));
}

// Rows a statement: one insert of tens of thousands of rows (an escalation after a large import) overflows the stack.
const STEP_BATCH = 1000;

/** Steps written together keep their order: each gets its own millisecond unless its time is given. */
export async function insertSteps(db: TDbOrTx, rows: (typeof complaintStep.$inferInsert)[]) {
  const now = Date.now();
  const timed = rows.map((row, i) => ({ ...row, at: row.at ?? new Date(now + i) }));
  for (let i = 0; i < timed.length; i += STEP_BATCH) await db.insert(complaintStep).values(timed.slice(i, i + STEP_BATCH));
}

export async function stepsOf(db: TDbOrTx, complaintId: string): Promise<TComplaintStepRow[]> {
  const rows = await db
    .select({ step: complaintStep, actorName: appUser.displayName })
    .from(complaintStep)
    .leftJoin(appUser, eq(appUser.id, complaintStep.actorId))
    .where(eq(complaintStep.complaintId, complaintId))
    .orderBy(asc(complaintStep.at), asc(complaintStep.id));
  return rows.map((r) => ({ ...r.step, actorName: r.actorName }));
}

// ---- Matching -------------------------------------------------------------------------------

export async function operatorByUscc(db: TDbOrTx, bureauId: string, uscc: string) {
  const [row] = await db
    .select({ id: operator.id, name: operator.name, address: operator.address, uscc: operator.uscc, unitCode: operator.unitCode })
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), eq(operator.uscc, uscc), ne(operator.status, 'deactivated')));
  return row ?? null;
}

export async function operatorsByUscc(db: TDbOrTx, bureauId: string, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ id: operator.id, name: operator.name, address: operator.address, uscc: operator.uscc, unitCode: operator.unitCode })
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), inArray(operator.uscc, codes), ne(operator.status, 'deactivated')));
}

type TRawCandidate = { i: number; id: string; name: string; address: string; uscc: string; name_trgm: number; address_trgm: number };
const toCandidate = (r: TRawCandidate): TCandidate => ({
  operatorId: r.id,
  name: r.name,
  address: r.address,
  uscc: r.uscc,
  nameTrigram: Number(r.name_trgm),
  addressTrigram: Number(r.address_trgm),
});

export type TCandidateQuery = { name: string; nameCore: string | null; address: string };

/**
 * Candidates by name for many queries in one round trip: trigram similarity (`%`, the GIN index on
 * operator names) or containment of the name's core (`ilike`, the same index).
 */
export async function candidatesByName(db: TDbOrTx, bureauId: string, queries: TCandidateQuery[], perQuery = 10): Promise<Map<number, TCandidate[]>> {
  const result = new Map<number, TCandidate[]>();
  if (queries.length === 0) return result;
  // One JSON parameter: drizzle would spread a JS array into one parameter per element.
  const json = JSON.stringify(queries.map((q) => ({ name: q.name, core: q.nameCore ? `%${escapeLike(q.nameCore)}%` : null, address: q.address })));
  const rows = rowsOf<TRawCandidate>(
    await db.execute(sql`
      select q.i::int as i, c.id, c.name, c.address, c.uscc, c.name_trgm, similarity(c.address, q.address) as address_trgm
      from (
        select e.value->>'name' as name, e.value->>'core' as core, e.value->>'address' as address, e.i
        from jsonb_array_elements(${json}::jsonb) with ordinality as e(value, i)
      ) q
      cross join lateral (
        select o.id, o.name, o.address, o.uscc, similarity(o.name, q.name) as name_trgm
        from ${operator} o
        where o.bureau_id = ${bureauId} and o.status <> 'deactivated'
          and (o.name % q.name or (q.core is not null and o.name ilike q.core))
        order by similarity(o.name, q.name) desc, o.id
        limit ${perQuery}
      ) c`),
  );
  for (const r of rows) {
    const index = Number(r.i) - 1;
    result.set(index, [...(result.get(index) ?? []), toCandidate(r)]);
  }
  return result;
}

/** Candidates whose address holds the road and house number given (no index: used for one complaint at a time). */
export async function candidatesByAddress(db: TDbOrTx, bureauId: string, addressCore: string, address: string, limit = 10): Promise<TCandidate[]> {
  const rows = rowsOf<TRawCandidate>(
    await db.execute(sql`
      select 0 as i, o.id, o.name, o.address, o.uscc, 0 as name_trgm, similarity(o.address, ${address}) as address_trgm
      from ${operator} o
      where o.bureau_id = ${bureauId} and o.status <> 'deactivated'
        and replace(o.address, ' ', '') ilike ${`%${escapeLike(addressCore)}%`}
      order by similarity(o.address, ${address}) desc, o.id
      limit ${limit}`),
  );
  return rows.map(toCandidate);
}

/** The bureau's registry as an import's matcher needs it (complaint-registry-matcher.ts). */
export async function registryOf(db: TDbOrTx, bureauId: string) {
  return db
    .select({ id: operator.id, name: operator.name, address: operator.address, uscc: operator.uscc })
    .from(operator)
    .where(and(eq(operator.bureauId, bureauId), ne(operator.status, 'deactivated')));
}

export async function operatorsByIds(db: TDbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: operator.id, bureauId: operator.bureauId, name: operator.name, unitCode: operator.unitCode }).from(operator).where(inArray(operator.id, ids));
}

export async function unitsOf(db: TDbOrTx, bureauId: string) {
  return db.select({ code: unit.code, name: unit.name, stationId: unit.stationId }).from(unit).where(eq(unit.bureauId, bureauId));
}

export async function stationOf(db: TDbOrTx, bureauId: string, stationId: string) {
  const [row] = await db
    .select()
    .from(station)
    .where(and(eq(station.bureauId, bureauId), eq(station.id, stationId), eq(station.kind, 'station')));
  return row ?? null;
}

/** Whether the operator is one the scope may see (a person picking a candidate). */
export async function operatorInScope(db: TDbOrTx, scope: TOperatorScope, operatorId: string) {
  const [row] = await db
    .select({ id: operator.id, unitCode: operator.unitCode, name: operator.name })
    .from(operator)
    .where(and(scopeCondition(db, scope), eq(operator.id, operatorId)));
  return row ?? null;
}

// ---- Unmatched businesses -------------------------------------------------------------------

type TUnmatchedRaw = {
  named_business: string;
  named_address: string | null;
  unit_code: string | null;
  unit_name: string | null;
  complaints: number | string;
  last_received_at: Date | string;
  lead_id: string | null;
};

/** Unmatched complaints grouped by the business named (trimmed), most complained-about first. */
export async function unmatchedBusinesses(db: TDbOrTx, scope: TOperatorScope, query: TUnmatchedListQuery) {
  const where = and(complaintScope(db, scope), eq(complaint.matchStatus, 'unmatched'), isNotNull(complaint.namedBusiness), ne(complaint.namedBusiness, ''));
  const search = query.q ? sql`and c.named_business ilike ${`%${escapeLike(query.q)}%`}` : sql``;
  const grouped = sql`
    select btrim(c.named_business) as named_business,
      (array_agg(c.named_address order by c.received_at desc))[1] as named_address,
      (array_agg(c.unit_code order by c.received_at desc))[1] as unit_code,
      count(*) as complaints, max(c.received_at) as last_received_at,
      max(c.lead_id::text) as lead_id
    from ${complaint} c
    where c.id in (select ${complaint.id} from ${complaint} where ${where}) ${search}
    group by btrim(c.named_business)`;
  const { limit, offset } = pageWindow(query);
  const rows = rowsOf<TUnmatchedRaw>(
    await db.execute(sql`
      select g.*, u.name as unit_name from (${grouped}) g left join ${unit} u on u.code = g.unit_code
      order by g.complaints desc, g.last_received_at desc, g.named_business
      limit ${limit} offset ${offset}`),
  );
  const [count] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*) as n from (${grouped}) g`));
  return { rows, total: toInt(count?.n) };
}

export async function unmatchedOfBusiness(db: TDbOrTx, scope: TOperatorScope, namedBusiness: string) {
  return db
    .select()
    .from(complaint)
    .where(and(complaintScope(db, scope), eq(complaint.matchStatus, 'unmatched'), sql`btrim(${complaint.namedBusiness}) = ${namedBusiness}`))
    .orderBy(desc(complaint.receivedAt));
}

export async function setLead(db: TDbOrTx, ids: string[], leadId: string) {
  if (ids.length === 0) return;
  await db.update(complaint).set({ leadId }).where(inArray(complaint.id, ids));
}

// ---- Clocks and signals ---------------------------------------------------------------------

/**
 * Marks newly overdue complaints as escalated (bookkeeping: the version stays): all of them for the hourly job
 * (scope null), only those in the user's scope when a user asks.
 */
export async function markEscalated(db: TDbOrTx, today: string, scope: TOperatorScope | null) {
  const where = [overdueCondition(today), isNull(complaint.escalatedAt)];
  if (scope) where.push(complaintScope(db, scope));
  return db
    .update(complaint)
    .set({ escalatedAt: new Date() })
    .where(and(...where))
    .returning();
}

/** Complaints whose handling verified a violation, resolved within [from, to] (risk signals). */
export async function verifiedViolationsOf(db: TDbOrTx, operatorIds: string[], from: Date, to: Date) {
  if (operatorIds.length === 0) return [];
  return db
    .select({ id: complaint.id, operatorId: complaint.operatorId, registrationNo: complaint.registrationNo, kind: complaint.kind, resolvedAt: complaint.resolvedAt })
    .from(complaint)
    .where(
      and(
        inArray(complaint.operatorId, operatorIds),
        eq(complaint.violationVerified, true),
        isNotNull(complaint.resolvedAt),
        gte(complaint.resolvedAt, from),
        lte(complaint.resolvedAt, to),
      ),
    );
}

/** The bureau the public pages serve (a deployment has one; the first created). */
export async function publicBureauId(db: TDbOrTx) {
  const [row] = await db.select({ id: bureau.id }).from(bureau).orderBy(asc(bureau.createdAt)).limit(1);
  return row?.id ?? null;
}
