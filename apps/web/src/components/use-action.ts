import { useState } from 'react';
import { App } from 'antd';
import { asApiError } from '../api/client.ts';

/**
 * Runs one user action at a time: `busy` while it runs, the success text when it worked, the server's
 * reason (its first field message, else its message) when it did not.
 */
export function useAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function run<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
    setBusy(true);
    try {
      const result = await action();
      if (success) message.success(success);
      return result;
    } catch (e) {
      const error = asApiError(e);
      message.error(error.fields[0]?.message ?? error.message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { busy, run };
}
