// What other modules (the demo) may use of the rumour module (docs/conventions.md, "Module boundaries").

/** The words a rumour is screened and searched by, from its title, claim and rebuttal. */
export { rumourIndex } from './rumour.service.ts';

/** Stores a rumour as given, with its full-text search vector (the demo writes published rebuttals directly). */
export { insertRumour } from './rumour.repository.ts';

/** Records the law articles a rebuttal cites in the law library. */
export { citeRumourArticles } from './rumour.service.ts';
