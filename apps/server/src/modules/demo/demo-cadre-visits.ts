// The demo's supervision visits (督导): the last four quarters of visits to the subjects cadres guarantee, with
// realistic coverage (about 95% a quarter; last quarter two units fell behind; this quarter as far as it has
// run), problems handed to the stations and closed there (some late, some still overdue, a few escalated), and
// a handful of visits that look like box-ticking, flagged by the same rules as a recorded visit. Written
// straight to the tables in chunks.
import sharp from 'sharp';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { DEFAULT_VISIT_THRESHOLDS, SUPERVISION_POINTS, type TPointAnswer, type TVisitFlag } from '@shian/shared/cadre-visit';
import { quarterOf, quarterRange } from '@shian/shared/cadre-coverage';
import { addDays, addWorkingDays } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { loadCalendar } from '../../core/calendar/calendar.ts';
import { storeImage } from '../../core/files/files.ts';
import { cadre, cadreAssignment, operator } from '../operator/operator.schema.ts';
import { unit } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { cadreProblem, cadreVisit } from '../cadre-visit/cadre-visit.schema.ts';
import { visitFlags } from '../cadre-visit/cadre-visit.public.ts';
import { seededRandom, type TRandom } from './demo-random.ts';

type TVisitRow = typeof cadreVisit.$inferInsert & { id: string };
type TProblemRow = typeof cadreProblem.$inferInsert;
type TSubject = { operatorId: string; operatorName: string; cadreId: string; level: string; unitCode: string; stationId: string | null; lat: number | null; lng: number | null };

const PROBLEMS: Partial<Record<string, string[]>> = {
  licence: ['许可证未在显著位置公示', '许可证已过期未延续'],
  safety_staff: ['未配备食品安全员', '食品安全总监不在岗'],
  risk_list: ['风险管控清单未张贴', '风险管控清单内容与实际不符'],
  self_management: ['本月日管控记录缺失', '周排查记录未签字'],
  health_certificates: ['2 名从业人员健康证明过期', '新入职人员无健康证明'],
  purchase_checks: ['进货查验记录不全', '未索取供货方许可证复印件'],
  hygiene: ['后厨地面油污，防鼠网破损', '排水沟未加盖'],
  storage: ['冷库内生熟混放', '原料未离地离墙存放'],
};
const FAILING = Object.keys(PROBLEMS);
const CLOSE_NOTES = ['已整改到位，现场复查符合要求', '已补齐记录并张贴', '已更换设施并清洁', '已组织从业人员办理健康证明'];

/**
 * Rows in bulk: a statement per 5,000 rows with the rows as one JSON parameter that the database unpacks into the
 * table's row type (drizzle's multi-row insert binds a parameter per cell: 17 columns of 48,000 visits took most
 * of the time). Only the named columns are written; the others take their defaults.
 */
async function insertJson(db: TDbOrTx, table: PgTable, rows: object[]) {
  const columns = Object.values(getTableColumns(table)).filter((c) => rows.some((r) => c.name in r));
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += 5000) {
    const json = JSON.stringify(rows.slice(i, i + 5000));
    await db.execute(sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${json}::json)`);
  }
}

/** A row with the table's column names as keys (what json_populate_recordset reads). */
function byColumnName(table: PgTable, row: Record<string, unknown>) {
  const columns = getTableColumns(table);
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [columns[key].name, value instanceof Date ? value.toISOString() : value]));
}

/** A China working-hours time on a date, as an instant. */
const at = (date: string, r: TRandom) => new Date(`${date}T${String(r.int(9, 16)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+08:00`);

function answersOf(r: TRandom, failing: string[]): TPointAnswer[] {
  return SUPERVISION_POINTS.map((p) => ({
    pointKey: p.key,
    outcome: failing.includes(p.key) ? 'nonconforming' : p.key === 'earlier_problems' && r.chance(0.3) ? 'not_applicable' : 'conforming',
    note: failing.includes(p.key) ? r.pick(PROBLEMS[p.key]!) : '',
  }));
}

export async function seedDemoCadreVisits(ctx: TContext, bureauId: string, today: string) {
  const r = seededRandom(16_2026);
  const calendar = await loadCalendar(ctx.db);
  const subjects: TSubject[] = await ctx.db
    .select({
      operatorId: operator.id,
      operatorName: operator.name,
      cadreId: cadreAssignment.cadreId,
      level: cadre.level,
      unitCode: operator.unitCode,
      stationId: unit.stationId,
      lat: operator.latitude,
      lng: operator.longitude,
    })
    .from(cadreAssignment)
    .innerJoin(operator, eq(operator.id, cadreAssignment.operatorId))
    .innerJoin(cadre, eq(cadre.id, cadreAssignment.cadreId))
    .innerJoin(unit, eq(unit.code, operator.unitCode))
    .where(eq(operator.status, 'active'))
    .orderBy(operator.uscc);
  const users = await ctx.db.select({ id: appUser.id, username: appUser.username, role: appUser.role, stationId: appUser.stationId, cadreId: appUser.cadreId }).from(appUser);
  const admin = users.find((u) => u.username === 'admin')!;
  const demoCadreUser = users.find((u) => u.username === 'cadre');
  const closerOf = new Map<string, string>();
  for (const u of users) if ((u.role === 'station' || u.role === 'inspector') && u.stationId && !closerOf.has(u.stationId)) closerOf.set(u.stationId, u.id);
  // Cadres without an account: their history is entered by the administrator; the demo cadre's by itself.
  const recorder = (cadreId: string) => (demoCadreUser && demoCadreUser.cadreId === cadreId ? demoCadreUser.id : admin.id);

  const quarters = [3, 2, 1, 0].map((back) => {
    const q = quarterOf(today) - back;
    const year = Number(today.slice(0, 4)) + Math.floor((q - 1) / 4);
    return { back, ...quarterRange(year, ((q - 1 + 400) % 4) + 1) };
  });
  const units = [...new Set(subjects.map((s) => s.unitCode))].sort();
  const laggards = new Set(units.filter((u) => u !== '420116001000').slice(2, 4));
  const visits: TVisitRow[] = [];
  const problems: TProblemRow[] = [];

  for (const q of quarters) {
    const end = q.back === 0 ? addDays(today, -1) : q.to;
    const span = Math.round((Date.parse(end) - Date.parse(q.from)) / 86_400_000);
    if (span < 0) continue;
    const share = q.back === 0 ? Math.min(0.95, (span + 1) / 92) : 0.95;
    for (const s of subjects) {
      const chance = q.back === 1 && laggards.has(s.unitCode) ? 0.55 : share;
      // The demo cadre keeps this quarter's work to do on its workbench.
      if (q.back === 0 && demoCadreUser?.cadreId === s.cadreId && r.chance(0.6)) continue;
      if (!r.chance(chance)) continue;
      const visitedOn = addDays(q.from, r.int(0, span));
      const startedAt = at(visitedOn, r);
      const onSite = s.level === 'district' || s.level === 'city' || r.chance(0.8);
      const failing = r.chance(0.12) ? [...new Set([r.pick(FAILING), r.pick(FAILING)])] : [];
      const id = crypto.randomUUID();
      const awaiting = !onSite && q.back === 0 && r.chance(0.2);
      visits.push({
        id,
        bureauId,
        operatorId: s.operatorId,
        cadreId: s.cadreId,
        recordedBy: recorder(s.cadreId),
        mode: onSite ? 'on_site' : 'remote',
        status: awaiting ? 'awaiting_business' : 'completed',
        startedAt,
        endedAt: new Date(startedAt.getTime() + r.int(onSite ? 15 : 3, onSite ? 70 : 10) * 60_000),
        visitedOn,
        latitude: onSite && s.lat !== null ? s.lat + (r.next() - 0.5) * 0.0006 : null,
        longitude: onSite && s.lng !== null ? s.lng + (r.next() - 0.5) * 0.0006 : null,
        accuracy: onSite ? r.int(5, 40) : null,
        answers: answersOf(r, failing),
        photoFileIds: [],
        flags: [],
        request: onSite ? '' : '请上传本月日管控、周排查记录及进货查验台账照片',
        businessNote: onSite || awaiting ? null : '已上传本月记录',
        businessAnsweredAt: onSite || awaiting ? null : new Date(startedAt.getTime() + 86_400_000),
      });
      if (!s.stationId) continue;
      for (const pointKey of failing) {
        const dueOn = addWorkingDays(calendar, visitedOn, 10);
        const past = dueOn < today;
        // Long past the deadline everything is closed (one in ten late) but a few escalated; lately past it, a
        // quarter is still open or escalated; not yet due, four in ten are already closed.
        const settled = dueOn < addDays(today, -30);
        const roll = r.next();
        const closed = settled ? roll < 0.99 : past ? roll < 0.75 : roll < 0.4;
        const escalated = !closed && past && (settled || roll > 0.95);
        const late = closed && past && roll > (settled ? 0.89 : 0.65);
        const closedOn = closed ? (late ? addDays(dueOn, r.int(1, 8)) : addDays(visitedOn, r.int(2, 12))) : null;
        problems.push({
          bureauId,
          operatorId: s.operatorId,
          visitId: id,
          stationId: s.stationId,
          pointKey: pointKey as TProblemRow['pointKey'],
          description: visits[visits.length - 1].answers.find((a) => a.pointKey === pointKey)!.note,
          workingDays: 10,
          handedOn: visitedOn,
          dueOn,
          status: closed ? 'closed' : escalated ? 'escalated' : 'open',
          closeNote: closed ? r.pick(CLOSE_NOTES) : null,
          closedAt: closedOn ? new Date(`${closedOn < today ? closedOn : today}T10:00:00+08:00`) : null,
          closedBy: closed ? (closerOf.get(s.stationId) ?? admin.id) : null,
          escalateNote: escalated ? '经营者拒不整改，请区局协调' : null,
          escalatedAt: escalated ? new Date(`${dueOn}T17:00:00+08:00`) : null,
          escalatedBy: escalated ? (closerOf.get(s.stationId) ?? admin.id) : null,
        });
      }
    }
  }
  const flagged = await craftFlagged(ctx, bureauId, r, subjects, today, recorder, admin.id);
  await ctx.db.transaction(async (tx) => {
    await insertJson(
      tx,
      cadreVisit,
      [...visits, ...flagged].map((v) => byColumnName(cadreVisit, v)),
    );
    await insertJson(
      tx,
      cadreProblem,
      problems.map((p) => byColumnName(cadreProblem, p)),
    );
  });
  return { cadreVisits: visits.length + flagged.length, cadreProblems: problems.length, flaggedVisits: flagged.length };
}

/**
 * A handful of box-ticking visits last month, each flagged by the rule it breaks: a few minutes on site, recorded
 * two kilometres away, the previous visit's answers copied, five visits within an hour, a photo used twice.
 */
async function craftFlagged(ctx: TContext, bureauId: string, r: TRandom, subjects: TSubject[], today: string, recorder: (cadreId: string) => string, adminId: string) {
  const byCadre = new Map<string, TSubject[]>();
  for (const s of subjects) if (s.lat !== null && s.lng !== null) byCadre.set(s.cadreId, [...(byCadre.get(s.cadreId) ?? []), s]);
  const busy = [...byCadre.values()].filter((list) => list.length >= 6).slice(7, 10);
  const day = addDays(today, -20);
  const rows: TVisitRow[] = [];
  const image = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 180, g: 170, b: 150 } } })
    .jpeg()
    .toBuffer();
  const photos = [];
  for (let i = 0; i < 2; i++) photos.push(await storeImage(ctx.db, ctx.filesDir, { bureauId, kind: 'photo', buffer: image, originalName: '后厨.jpg', uploadedBy: adminId }));
  const add = (
    s: TSubject,
    start: Date,
    minutes: number,
    opts: { far?: boolean; answers?: TPointAnswer[]; photo?: string; previous?: TPointAnswer[]; previousName?: string; inHour?: number; reused?: number },
  ) => {
    const location = { lat: s.lat! + (opts.far ? 0.018 : 0.0002), lng: s.lng!, accuracy: 15 };
    const answers = opts.answers ?? answersOf(r, []);
    const endedAt = new Date(start.getTime() + minutes * 60_000);
    const flags: TVisitFlag[] = visitFlags(
      {
        mode: 'on_site',
        startedAt: start,
        endedAt,
        location,
        answers,
        subject: { lat: s.lat!, lng: s.lng! },
        previous: opts.previous ? { answers: opts.previous, operatorName: opts.previousName ?? '' } : null,
        visitsInHour: opts.inHour ?? 1,
        reusedPhotos: opts.reused ?? 0,
      },
      DEFAULT_VISIT_THRESHOLDS,
    );
    rows.push({
      id: crypto.randomUUID(),
      bureauId,
      operatorId: s.operatorId,
      cadreId: s.cadreId,
      recordedBy: recorder(s.cadreId),
      mode: 'on_site',
      status: 'completed',
      startedAt: start,
      endedAt,
      visitedOn: day,
      latitude: location.lat,
      longitude: location.lng,
      accuracy: 15,
      answers,
      photoFileIds: opts.photo ? [opts.photo] : [],
      request: '',
      flags,
    });
    return answers;
  };
  const [a, b, c] = busy;
  if (!a || !b || !c) return rows;
  add(a[0], new Date(`${day}T09:00:00+08:00`), 4, {});
  add(a[1], new Date(`${day}T11:00:00+08:00`), 25, { far: true });
  // A distinctive set of answers (a point not applicable, notes), then the same set word for word at the next subject.
  const distinctive = answersOf(r, []).map((x) =>
    x.pointKey === 'earlier_problems' ? { ...x, outcome: 'not_applicable' as const, note: '首次督导' } : x.pointKey === 'storage' ? { ...x, note: '冷库温度 4℃' } : x,
  );
  const copied = add(a[2], new Date(`${day}T14:00:00+08:00`), 20, { answers: distinctive });
  add(a[3], new Date(`${day}T16:00:00+08:00`), 20, { answers: copied, previous: copied, previousName: a[2].operatorName });
  for (let i = 0; i < 5; i++) add(b[i], new Date(`${day}T${10 + Math.floor((i * 11) / 60)}:${String((i * 11) % 60).padStart(2, '0')}:00+08:00`), 10, { inHour: i + 1 });
  add(c[0], new Date(`${day}T10:00:00+08:00`), 30, { photo: photos[0].id });
  add(c[1], new Date(`${day}T15:00:00+08:00`), 30, { photo: photos[1].id, reused: 1 });
  return rows;
}
