// What other modules (the demo) may use of the interview module (docs/conventions.md, "Module boundaries").

/** Interviews in the user's scope, filtered and paged as the list page asks. */
export { listInterviews } from './interview.service.ts';

/** Drafts an interview of an operator in scope, with its complaint counts of the period taken now. */
export { createInterview } from './interview.service.ts';

/** Numbers the notice and makes the interview visible to the business. */
export { issueNotice } from './interview.service.ts';

/** The meeting record: who attended and what was said. */
export { recordMeeting } from './interview.service.ts';

/** Adds a commitment the business made in the meeting. */
export { addCommitment } from './interview.service.ts';

/** Follow-up of one commitment: done or not done, with the evidence seen. */
export { followUpCommitment } from './interview.service.ts';

/** Closes a held interview once every commitment has been followed up. */
export { closeInterview } from './interview.service.ts';

/** One interview in the user's scope (drafts hidden from the business), 404 otherwise (the interview notice of the 两书一函 register). */
export { getInterview } from './interview.service.ts';

/** 武汉市黄陂区市场监督管理局 -> 黄陂: the short name the bureau's document numbers start with (notice-letter numbering). */
export { documentPrefix } from './interview.service.ts';
