import { createContext, useContext } from 'react';
import type { TLogin, TMe } from '@shian/shared/auth';
import type { TPermission } from '@shian/shared/access';

export type TAuth = {
  me: TMe | null;
  can: (permission: TPermission) => boolean;
  login: (credentials: TLogin) => Promise<TMe>;
  logout: () => Promise<void>;
};

export const AuthContext = createContext<TAuth | null>(null);

export function useAuth(): TAuth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** Where a user starts: a business user on their own operator, everyone else on the list. */
export function homePath(me: TMe): string {
  if (me.scope === 'operator' && me.operatorId) return `/operators/${me.operatorId}`;
  if (me.permissions.includes('operator.read')) return '/operators';
  return '/account/password';
}
