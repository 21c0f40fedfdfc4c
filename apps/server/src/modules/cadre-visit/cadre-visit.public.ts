// The cadre-visit module's face: what other modules (the demo seed) may call.

/** The box-ticking flags of a visit from its facts and the bureau's thresholds, in words (the demo's crafted visits). */
export { visitFlags } from './cadre-visit-flags.ts';
