// What other modules may use of the case leads (docs/conventions.md, "Module boundaries").

/** Records a lead inside the caller's transaction (a failed sample's disposal, a complaint). */
export { createLead } from './lead.service.ts';

/** An officer enters a lead found in an inspection or assigned by a higher authority. */
export { createManualLead } from './lead.service.ts';

/** Assesses a lead as not to be filed, or transferred to the police or another authority. */
export { assessLead } from './lead.service.ts';

/** Records the handover of a suspected crime to the police, with the receipt when signed at once. */
export { recordPoliceTransfer } from './lead.service.ts';

/** The unit a user works in (a station, the enforcement team or a department); none for bureau-wide roles. */
export { unitOf } from './lead.service.ts';

/** The lead a case is proposed on, in the user's scope; refused when already assessed. */
export { leadForFiling } from './lead.service.ts';

/** The lead meets the filing conditions: a case is proposed on it (inside the case's transaction). */
export { markLeadQualifying } from './lead.service.ts';

/** The case's filing was approved: the lead's qualifying assessment is fulfilled. */
export { markLeadFiled } from './lead.service.ts';

/** The case's filing was refused: that decision is the lead's assessment, not to file. */
export { markLeadNotFiled } from './lead.service.ts';

/** The case went to the police: the lead records the transfer, and its receipt becomes due. */
export { markLeadTransferredToPolice } from './lead.service.ts';

/** Whether a suspected crime on the lead still awaits its transfer to the police (no penalty may take its place). */
export { crimeAwaitingTransfer } from './lead.service.ts';

/** Leads discovered in a year in the user's scope, with their unit and the musts they break as of `today`. */
export { leadIndicatorFacts } from './lead.service.ts';

/** One lead's facts for the enforcement indicators. */
export type { TLeadIndicatorFacts } from './lead.service.ts';
