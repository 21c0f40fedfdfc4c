// The operator module's face: what other modules, the composition root and the CLI may call. Everything
// else in this folder is the module's own business.

/** A user's data scope (district, station, cadre, own operator) as the SQL builders below take it. */
export type { TOperatorScope } from './operator-scope.ts';

/**
 * The SQL condition "the operator is in this scope", over the `operator` table: every repository whose
 * rows belong to an operator joins `operator` and filters with it, so a scope means the same everywhere.
 */
export { scopeCondition } from './operator-scope.ts';

/**
 * Who sees one operator (its bureau, station and cadres), read once, and whether a scope reaches it: the same
 * answer as `scopeCondition` for many users at once (the recipients of a notification).
 */
export { reachOf, reaches, type TOperatorReach } from './operator-scope.ts';

/** The operator's entity kind (enterprise, individual, institution, other) as SQL, the same as `entityKindOf`. */
export { operatorEntityKind } from './operator-entity-kind.ts';

/** The units of a station as a subquery of unit codes (reports grouped by the station's units). */
export { unitsOfStation } from './operator-scope.ts';

/** The data scope of a signed-in user, to pass to `scopeCondition` or a scoped read. */
export { operatorScopeOf } from './operator.service.ts';

/** One operator as its detail page shows it (phones masked by role); 404 when out of the user's scope. */
export { getOperator } from './operator.service.ts';

/** One operator's list row when it is in the scope, else null (no personal data, no 404). */
export { findOperator } from './operator.repository.ts';

/** Licences of these operators (credit record, three-shows profile). */
export { licencesOfOperators } from './operator.service.ts';

/** Whether a licence is valid, expiring within 30 days or expired, as of today. */
export { licenceState } from './operator.presenter.ts';

/** Operators found by a part of their name or credit code (the public credit lookup); no personal data. */
export { searchOperatorsByNameOrUscc } from './operator.service.ts';

/** Licences issued in scope over a period (credit export). */
export { licencesIssuedBetween } from './operator.service.ts';

/** Operator ids in scope after `afterId`, in id order, `limit` at a time (the credit export's paging). */
export { operatorIdsInScopeAfter } from './operator.service.ts';

/** Names and credit codes of these operators (credit export). */
export { operatorIdentitiesOf } from './operator.service.ts';

/** Import jobs of the operator registry (the CLI's `import operators FILE`): dry run, read, commit. */
export { commitImport, dryRunImport, getImport } from './operator-import.service.ts';

/** Marks imports left running by a stopped server as failed (server start-up). */
export { failInterruptedImports } from './operator-import.repository.ts';

/** The columns of the registry's import file, by key with their zh/en headers (test spreadsheets). */
export { COLUMNS, type TColumnKey } from './operator-file.ts';
