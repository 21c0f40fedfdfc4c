import type { TOrganisation } from '@shian/shared/org';
import type { bureau, department, station, unit } from './org.schema.ts';

export function presentOrganisation(
  b: typeof bureau.$inferSelect,
  departments: (typeof department.$inferSelect)[],
  stations: (typeof station.$inferSelect)[],
  units: (typeof unit.$inferSelect)[],
): TOrganisation {
  return {
    bureau: { id: b.id, name: b.name, divisionCode: b.divisionCode },
    departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name })),
    stations: stations.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      unitCodes: units.filter((u) => u.stationId === s.id).map((u) => u.code),
    })),
    units: units.map((u) => ({ code: u.code, name: u.name, kind: u.kind, stationId: u.stationId })),
  };
}
