import type { FormInstance } from 'antd';
import { asApiError } from '../../../api/client.ts';

/** Puts the server's field messages ("items.0.verdict") on the form's fields; returns the rest. */
export function showFieldErrors(form: FormInstance, error: unknown): string {
  const apiError = asApiError(error);
  const names = new Set(Object.keys(form.getFieldsValue(true)));
  const placed = apiError.fields.filter((f) => names.has(f.path.split('.')[0]));
  form.setFields(placed.map((f) => ({ name: f.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [f.message] })));
  const rest = apiError.fields.filter((f) => !placed.includes(f)).map((f) => f.message);
  return [apiError.message, ...rest, ...placed.map((f) => f.message)].join('；');
}
