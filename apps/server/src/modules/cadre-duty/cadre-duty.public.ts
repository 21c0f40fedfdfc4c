// The cadre-duty module's face: what other modules, the composition root and the CLI may call.

/** Makes the year's lists of every active cadre without them (the demo makes them as the office would). */
export { generateDuties } from './cadre-duty.service.ts';
