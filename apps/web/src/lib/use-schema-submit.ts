import { useCallback, useState } from 'react';
import { App, type FormInstance } from 'antd';
import type { z } from 'zod';
import { asApiError, type ApiError } from '../api/client.ts';
import { showServerFieldErrors, validateWithSchema } from '../components/zod-form.ts';
import { useLang } from './i18n.ts';

export type TSchemaSubmitOptions = {
  /**
   * Toast the first field's reason alone ("字段名：原因") rather than the server's headline, which prefixes it
   * with "提交的内容有误". The complaint forms (the public one and staff intake) keep their message this short.
   */
  toastFieldReason?: boolean;
};

/**
 * Submit = check with the shared schema, send, and show the server's field errors the same
 * way. `onApiError` may take over an error (returning true), e.g. a version conflict.
 */
export function useSchemaSubmit<V>(form: FormInstance<V>, options: TSchemaSubmitOptions = {}) {
  const lang = useLang();
  const { message } = App.useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const { toastFieldReason = false } = options;

  const submit = useCallback(
    async <S extends z.ZodType, R>(schema: S, input: unknown, send: (data: z.output<S>) => Promise<R>, onApiError?: (error: ApiError) => boolean): Promise<R | undefined> => {
      setProblems([]);
      const checked = validateWithSchema(form, schema, input, lang);
      if (!checked.ok) {
        setProblems(checked.unplaced);
        return undefined;
      }
      setSaving(true);
      try {
        return await send(checked.data);
      } catch (e) {
        const error = asApiError(e);
        if (onApiError?.(error)) return undefined;
        setProblems(showServerFieldErrors(form, error.fields));
        message.error(toastFieldReason ? (error.fields[0]?.message ?? error.message) : error.message);
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [form, lang, message, toastFieldReason],
  );

  return { submit, problems, saving };
}
