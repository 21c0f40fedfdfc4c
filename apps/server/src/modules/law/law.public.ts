// What other modules (and the CLI) may use of the law library (docs/conventions.md, "Module boundaries").

/** Imports statutes from Markdown (LawRefBook layout) and .docx files: created, updated, unchanged, errors. */
export { importLawFiles } from './law-import.service.ts';

/** One file to import: its path (which names the statute) and bytes. */
export type { TLawFile } from './law-import.service.ts';

/** The id of an article by its statute's title and article number, or null when the library lacks it. */
export { resolveArticle } from './law.service.ts';

/** Records which articles a record (rumour, case) cites, replacing its earlier citations; unknown ids are refused. */
export { citeArticles } from './law.service.ts';

/** The records that cite an article. */
export { citationsOf } from './law.service.ts';

/** The articles a record cites. */
export { citedArticlesOf } from './law.service.ts';
