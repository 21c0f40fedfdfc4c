// What other modules may use of the food-standard registry (docs/conventions.md, "Module boundaries").

/** Standards by id, in the order asked; ids not in the registry are left out. */
export { standardRefs } from './food-standard.service.ts';
