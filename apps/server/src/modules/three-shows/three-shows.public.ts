// The three-shows module's face: what the credit record may call.

/** The operator behind a public profile page (name, type, address, unit, grade); 404 if unknown or deactivated. */
export { findPublicProfileOperator } from './three-shows.service.ts';
