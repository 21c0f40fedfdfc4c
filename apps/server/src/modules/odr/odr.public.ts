// What other modules (the demo) may use of the ODR module (docs/conventions.md, "Module boundaries").

/** Invites a business to online dispute resolution. */
export { enrol } from './odr.service.ts';

/** Records the business's consent: it is then enrolled. */
export { recordConsent } from './odr.service.ts';

/** Sends one complaint of an enrolled business to direct negotiation (10 working days). */
export { startNegotiation } from './odr.service.ts';

/** Settles or fails a negotiation. */
export { closeNegotiation } from './odr.service.ts';
