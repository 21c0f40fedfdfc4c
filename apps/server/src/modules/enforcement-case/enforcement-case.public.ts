// What other modules may use of the enforcement cases (docs/conventions.md, "Module boundaries"): the
// credit record reads penalties; the demo walks cases through their steps as a person would.

/** Penalty decisions of these operators (published ones only when asked), for the credit record. */
export { penaltiesOf } from './penalty-publication.service.ts';

/** A case with its steps and evidence, in the user's scope (404 otherwise). */
export { getCase } from './enforcement-case.service.ts';

/** Proposes a case (立案) on a lead that meets the filing conditions; it awaits a head's approval. */
export { createCase } from './enforcement-case.service.ts';

/** A head approves or refuses the filing. */
export { approveFiling } from './enforcement-case.service.ts';

/** Adds one piece of evidence (image, PDF or Word file) to a case. */
export { addEvidence } from './enforcement-case.service.ts';

/** The notice of proposed penalty (行政处罚事先告知); it needs evidence and a penalty the cited paragraph allows. */
export { notifyCase } from './enforcement-case.service.ts';

/** The handler proposes the decision, after the statement window or the statement. */
export { proposeDecision } from './enforcement-case.service.ts';

/** A head approves or refuses the proposed decision. */
export { approveDecision } from './enforcement-case.service.ts';

/** Records the delivery of the decision to the party. */
export { deliverDecision } from './enforcement-case.service.ts';

/** Records the decision's execution (fine paid, goods confiscated). */
export { executeDecision } from './enforcement-case.service.ts';

/** Closes an executed case. */
export { closeCase } from './enforcement-case.service.ts';

/** The investigation found a suspected crime: the case goes to the police. */
export { transferCase } from './enforcement-case.service.ts';

/** Publishes the decision with personal data masked. */
export { publishDecision } from './enforcement-case.service.ts';
