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

/** Where a user starts: the workbench (工作台), every role's own open work; open to every signed-in user. */
export function homePath(_me: TMe): string {
  return '/workbench';
}
