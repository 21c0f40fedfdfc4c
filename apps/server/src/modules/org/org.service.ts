import type { TDb, TDbOrTx } from '../../core/db/database.ts';
import { notFound } from '../../core/errors.ts';
import * as repo from './org.repository.ts';
import { presentOrganisation } from './org.presenter.ts';
import { HUANGPI_BUREAU, HUANGPI_DEPARTMENTS, HUANGPI_ENFORCEMENT_TEAM, HUANGPI_UNITS } from './org.seed.ts';

export async function getOrganisation(db: TDb, bureauId: string) {
  const b = await repo.findBureau(db, bureauId);
  if (!b) throw notFound();
  const [departments, stations, units] = await Promise.all([repo.listDepartments(db, bureauId), repo.listStations(db, bureauId), repo.listUnits(db, bureauId)]);
  return presentOrganisation(b, departments, stations, units);
}

export async function findUnit(db: TDbOrTx, bureauId: string, code: string) {
  return repo.findUnit(db, bureauId, code);
}

export async function findBureauByDivision(db: TDbOrTx, divisionCode: string) {
  return repo.findBureauByDivision(db, divisionCode);
}

/** Creates Huangpi's bureau, departments, stations and units once; returns the bureau. */
export async function ensureHuangpiOrganisation(db: TDb) {
  const existing = await repo.findBureauByDivision(db, HUANGPI_BUREAU.divisionCode);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    const b = await repo.insertBureau(tx, HUANGPI_BUREAU);
    await repo.insertDepartments(
      tx,
      HUANGPI_DEPARTMENTS.map((d) => ({ ...d, bureauId: b.id })),
    );
    await repo.insertStation(tx, { bureauId: b.id, name: HUANGPI_ENFORCEMENT_TEAM, kind: 'enforcement_team' });
    const stationIds = new Map<string, string>();
    for (const name of new Set(HUANGPI_UNITS.map((u) => u.station))) {
      const s = await repo.insertStation(tx, { bureauId: b.id, name, kind: 'station' });
      stationIds.set(name, s.id);
    }
    await repo.insertUnits(
      tx,
      HUANGPI_UNITS.map((u) => ({ code: u.code, name: u.name, kind: u.kind, bureauId: b.id, stationId: stationIds.get(u.station) })),
    );
    return b;
  });
}
