// What other modules (the demo) may use of the service-station registry (docs/conventions.md, "Module boundaries").

/** Registers a consumer service station at an operator of the user's scope. */
export { createServiceStation } from './service-station.service.ts';

/** Changes a station (never its host); a station is suspended or revoked, never deleted. */
export { updateServiceStation } from './service-station.service.ts';
