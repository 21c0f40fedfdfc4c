// What other modules (the exam module, the demo) may use of the question bank (docs/conventions.md, "Module boundaries").

/** `count` active questions for an audience, random but the same for the same seed, spread over categories. */
export { drawQuestions } from './exam-question.draw.ts';

/** The questions with these ids in the given order (answers included: the caller hides them from learners). */
export { questionsByIds } from './exam-question.draw.ts';
