import type { TMe } from '@shian/shared/auth';

// The last signed-in user, kept on the device so that the shell opens without network (an inspector's
// offline work needs the menu and the permissions). It grants nothing: every request the queue sends
// later is checked against the session cookie by the server. Forgotten on sign-out and on a 401.
const KEY = 'shian.me';

export function rememberMe(me: TMe | null) {
  if (me) localStorage.setItem(KEY, JSON.stringify(me));
  else localStorage.removeItem(KEY);
}

export function rememberedMe(): TMe | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as TMe | null;
  } catch {
    return null;
  }
}
