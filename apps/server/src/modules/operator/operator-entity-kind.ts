// entityKindOf (@shian/shared/uscc) in SQL over the operator's credit code, so that lists over every operator of a
// district (staffing gaps, self-check compliance) count in the database. operator-entity-kind.int.test.ts holds the
// two to the same answers.
import { sql } from 'drizzle-orm';
import { operator } from './operator.schema.ts';

export const operatorEntityKind = sql<string>`(case when left(${operator.uscc}, 2) in ('91', '93') then 'enterprise' when left(${operator.uscc}, 2) = '92' then 'individual' when left(${operator.uscc}, 1) = '1' then 'institution' else 'other' end)`;
