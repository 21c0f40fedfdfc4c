// 400 VALIDATION_FAILED naming fields, worded like the schema validation's ("字段名：原因").
// A reason is a message key from @shian/shared/messages or a text in both languages.
import { fieldLabel, reasonText, type TLang } from '@shian/shared/messages';
import { AppError } from './errors.ts';

type TReason = string | { zh: string; en: string };
export type TFieldProblem = { path: string; reason: TReason };

function fieldMessage(problem: TFieldProblem, lang: TLang) {
  const { path, reason } = problem;
  const text = typeof reason === 'string' ? (reasonText(reason, lang) ?? reason) : lang === 'en' ? reason.en : reason.zh;
  // "licences.0.number": array indexes are numbers in a path, as zod gives them.
  const segments = path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return { path, message: `${fieldLabel(segments, lang)}${lang === 'en' ? ': ' : '：'}${text}` };
}

export const invalidFields = (problems: TFieldProblem[]) => new AppError('VALIDATION_FAILED', {}, (lang) => problems.map((p) => fieldMessage(p, lang)));

export const invalidField = (path: string, reason: TReason) => invalidFields([{ path, reason }]);
