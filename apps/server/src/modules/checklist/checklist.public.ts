// The checklist module's face: what inspection, three-shows, the law library, the demo and start-up may call.

/** The published template (with its items) that an operator of this scope is inspected against now, or null. */
export { publishedChecklistFor } from './checklist.service.ts';

/** The items of a template, in order. */
export { checklistItemsOf } from './checklist.service.ts';

/** Templates by id (name and version of the checklist an inspection used). */
export { checklistsByIds } from './checklist.service.ts';

/** Items by id, from any template (the nonconforming items on a three-shows profile). */
export { checklistItemsByIds } from './checklist.service.ts';

/** An item row as the API shows it inside an inspection. */
export { presentChecklistItem } from './checklist.presenter.ts';

/** Published v1 of each seed checklist for scopes that have none yet (start-up and demo; idempotent). */
export { ensureChecklists } from './checklist.service.ts';

/** Items that name a legal basis, for the law library to resolve to articles. */
export { checklistItemBases } from './checklist.service.ts';

/** Records the law article each item's basis names (null: the library does not hold it). */
export { linkChecklistBasis } from './checklist.service.ts';
