// Runs the shared zod schemas on form data and shows each problem under its form item,
// with the same localized texts the server sends, so client and server errors look alike.
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { localizeIssue, type TLang } from '@shian/shared/messages';

export type TFormProblem = { name: (string | number)[]; message: string };
export type TServerField = { path: string; message: string };

/** 'licences.0.number' -> ['licences', 0, 'number'] (the antd Form name). */
export function pathToName(path: string): (string | number)[] {
  if (!path) return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown, lang: TLang): string {
  // An empty field is "required" to a person, whatever check the schema ran first
  // (an empty enum otherwise reads "expected one of producer|seller|...").
  const blank = issue.path.length > 0 && isBlank(valueAt(data, issue.path));
  return localizeIssue(blank ? { ...issue, message: 'required' } : issue, lang).message;
}

/** Clears the errors of every item, so fixed cross-field problems don't linger. */
export function clearFieldErrors<V>(form: FormInstance<V>): void {
  const f = form as FormInstance;
  f.setFields(
    f
      .getFieldsError()
      .filter((e) => e.errors.length)
      .map((e) => ({ name: e.name, errors: [] })),
  );
}

/** Puts each problem under its form item; returns the messages that have no item to go to. */
export function showFieldErrors<V>(form: FormInstance<V>, problems: TFormProblem[]): string[] {
  const f = form as FormInstance;
  const registered = new Set(f.getFieldsError().map((e) => JSON.stringify(e.name)));
  const byItem = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const problem of problems) {
    const key = JSON.stringify(problem.name);
    if (!registered.has(key)) {
      unplaced.push(problem.message);
      continue;
    }
    const item = byItem.get(key) ?? { name: problem.name, errors: [] };
    // Two checks can fail on one empty field (format and order of dates): say it once.
    if (!item.errors.includes(problem.message)) item.errors.push(problem.message);
    byItem.set(key, item);
  }
  f.setFields([...byItem.values()]);
  const first = byItem.values().next().value;
  if (first) f.scrollToField(first.name, { block: 'center' });
  return unplaced;
}

export type TValidation<T> = { ok: true; data: T } | { ok: false; unplaced: string[] };

/** safeParse on submit: the parsed data, or the problems shown on the form. */
export function validateWithSchema<V, S extends z.ZodType>(form: FormInstance<V>, schema: S, data: unknown, lang: TLang): TValidation<z.output<S>> {
  clearFieldErrors(form);
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue) => ({
    name: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issueMessage(issue, data, lang),
  }));
  return { ok: false, unplaced: showFieldErrors(form, problems) };
}

/** The server's `fields` (already localized) onto the same form items. */
export function showServerFieldErrors<V>(form: FormInstance<V>, fields: TServerField[]): string[] {
  return showFieldErrors(
    form,
    fields.map((field) => ({ name: pathToName(field.path), message: field.message })),
  );
}
