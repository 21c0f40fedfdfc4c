// What the composition root may use of the credit module (docs/conventions.md, "Module boundaries").

/** Ends every listing past its last day as of `today` and regrades those operators; `actor` null = every bureau (the hourly run). */
export { expireListings } from './credit.service.ts';
