// The staffing module's face: what the demo seed calls.

/** Writes the national default rules for a bureau that has none yet. */
export { ensureRules as ensureStaffingRules } from './staffing.repository.ts';

/** Every operator of a bureau missing a required post, with what it misses (`missingDirector`, `missingOfficer`). */
export { gapsOfBureau as staffingGapsOfBureau } from './staffing.repository.ts';
