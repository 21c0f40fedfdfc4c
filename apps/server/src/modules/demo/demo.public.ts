// What the composition root, the CLI and the tests may use of the demo seed (docs/conventions.md,
// "Module boundaries"). No domain module depends on the demo: the demo depends on them.

/** Seeds the deterministic Huangpi demo (operators, accounts, a year of history) into a database without users; null otherwise. */
export { seedDemo } from './demo.seed.ts';

/** The password of every demo account. */
export { DEMO_PASSWORD } from './demo.seed.ts';

/** The demo accounts, one per role, as main.ts lists them at start-up. */
export { DEMO_ACCOUNTS } from './demo.seed.ts';
