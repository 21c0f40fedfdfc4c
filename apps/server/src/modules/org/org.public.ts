// The org module's face: what other modules, the composition root and the CLI may call.

/** The bureau with its departments, stations and units (letterheads, documents, export headers); 404 if unknown. */
export { getOrganisation } from './org.service.ts';

/** Creates Huangpi's bureau, departments, stations and units once; returns the bureau (start-up, CLI, demo). */
export { ensureHuangpiOrganisation } from './org.service.ts';

/** The bureau's unit with this code, with its station, or undefined (checking an operator's unit). */
export { findUnit } from './org.service.ts';

/** The bureau's departments. */
export { listDepartments } from './org.repository.ts';

/** The bureau's stations and its enforcement team. */
export { listStations } from './org.repository.ts';

/** The bureau's market-supervision stations (id, name) by name, or only the given one: where inspections are planned. */
export { inspectionStations } from './org.repository.ts';

/** The bureau's township units, each with its station. */
export { listUnits } from './org.repository.ts';
