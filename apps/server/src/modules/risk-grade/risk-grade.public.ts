// The risk grade's face: what modules whose facts move a grade (complaints, disposals, credit), the credit
// record and the demo may call.

/** Regrades these operators now from the static table and every signal provider; `trigger` is recorded. */
export { gradeOperators } from './risk-grade.service.ts';

/** Regrades every operator of the bureau (the demo seed). */
export { gradeAllOperators } from './risk-grade.service.ts';

/** The current grade and score of these operators (the credit record shows them). */
export { currentGradesOf } from './risk-grade.service.ts';

/** The score and grade of one operator from its facts, signals and the bands: a pure function (rule tests). */
export { scoreOperator } from './risk-grade.scoring.ts';
