// The workbench module's face: what the notification sweep reads of a user's open work.

/** The user's open steps from every module's provider, with overdue and working days left, sorted by due date. */
export { openWorkOf } from './workbench.service.ts';
