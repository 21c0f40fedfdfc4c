// The self-check module's face: what the demo seed, which writes records straight to the table, needs to store them
// as the module does.

/** The id of the bureau's point set of these points (made once per digest). */
export { pointSetOf } from './self-check.repository.ts';
/** A daily check's points and its findings without them, as a record stores them. */
export { splitDaily } from './self-check-content.ts';
