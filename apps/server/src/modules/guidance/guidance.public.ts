// What other modules (the demo) may use of the guidance module (docs/conventions.md, "Module boundaries").

/** Checks an attachment by its bytes (.docx, .xlsx, .pdf); refuses anything else. */
export { checkAttachment } from './guidance-file.ts';

/** Writes a checked attachment under the files directory and records it; returns the file's id. */
export { storeAttachment } from './guidance-file.ts';
