// What other modules and the composition root may use of the targeting module (docs/conventions.md, "Module boundaries").

/** Trains and stores a new model version for a bureau from its history as of a date (a held-out evaluation included). */
export { trainModel } from './targeting.service.ts';

/** The weekly retraining: each bureau whose newest version is a week old (or that has none) gets a new one. */
export { retrainIfDue } from './targeting.service.ts';
