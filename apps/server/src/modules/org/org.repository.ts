import { and, asc, eq } from 'drizzle-orm';
import { insertOne } from '../../core/db/insert-one.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { bureau, department, station, unit } from './org.schema.ts';

export async function findBureauByDivision(db: TDbOrTx, divisionCode: string) {
  const [row] = await db.select().from(bureau).where(eq(bureau.divisionCode, divisionCode));
  return row ?? null;
}

export async function findBureau(db: TDbOrTx, id: string) {
  const [row] = await db.select().from(bureau).where(eq(bureau.id, id));
  return row ?? null;
}

export async function insertBureau(db: TDbOrTx, values: { name: string; divisionCode: string }) {
  const [row] = await db.insert(bureau).values(values).returning();
  return row;
}

export async function listDepartments(db: TDbOrTx, bureauId: string) {
  return db.select().from(department).where(eq(department.bureauId, bureauId)).orderBy(asc(department.code));
}

export async function insertDepartments(db: TDbOrTx, rows: (typeof department.$inferInsert)[]) {
  return db.insert(department).values(rows).returning();
}

export async function listStations(db: TDbOrTx, bureauId: string) {
  return db.select().from(station).where(eq(station.bureauId, bureauId)).orderBy(asc(station.name));
}

/** The bureau's market-supervision stations (not its enforcement team) by name, or only `stationId` when given. */
export async function inspectionStations(db: TDbOrTx, bureauId: string, stationId: string | null) {
  return db
    .select({ id: station.id, name: station.name })
    .from(station)
    .where(and(eq(station.bureauId, bureauId), eq(station.kind, 'station'), stationId ? eq(station.id, stationId) : undefined))
    .orderBy(asc(station.name));
}

export function insertStation(db: TDbOrTx, values: typeof station.$inferInsert) {
  return insertOne(db, station, values);
}

export async function listUnits(db: TDbOrTx, bureauId: string) {
  return db.select().from(unit).where(eq(unit.bureauId, bureauId)).orderBy(asc(unit.code));
}

export async function insertUnits(db: TDbOrTx, rows: (typeof unit.$inferInsert)[]) {
  return db.insert(unit).values(rows).returning();
}

export async function findUnit(db: TDbOrTx, bureauId: string, code: string) {
  const [row] = await db
    .select()
    .from(unit)
    .where(and(eq(unit.bureauId, bureauId), eq(unit.code, code)));
  return row ?? null;
}
