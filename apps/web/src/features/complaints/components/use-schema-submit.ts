import { useCallback, useState } from 'react';
import { App, type FormInstance } from 'antd';
import type { z } from 'zod';
import { asApiError } from '../../../api/client.ts';
import { showServerFieldErrors, validateWithSchema } from '../../../components/zod-form.ts';
import { useLang } from '../../../locales/i18n.ts';

/** Submit = check with the shared schema, send, and put the server's field errors under the same items. */
export function useSchemaSubmit<V>(form: FormInstance<V>) {
  const lang = useLang();
  const { message } = App.useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = useCallback(
    async <S extends z.ZodType, R>(schema: S, input: unknown, send: (data: z.output<S>) => Promise<R>): Promise<R | undefined> => {
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
        setProblems(showServerFieldErrors(form, error.fields));
        message.error(error.fields[0]?.message ?? error.message);
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [form, lang, message],
  );

  return { submit, problems, saving };
}
