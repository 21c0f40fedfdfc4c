// The cadre module's face: what other modules (the cadre visits) may call.

/** The cadres a user may see as SQL over the cadre table (district: all; station: its units'; cadre: its own). */
export { cadreScopeCondition } from './cadre.repository.ts';

/** A cadre's current subjects (operator id, name, unit, grade, since), for the cadre's visits and lists. */
export { currentSubjects } from './cadre.repository.ts';
