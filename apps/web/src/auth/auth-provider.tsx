import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Spin } from 'antd';
import type { TLogin, TMe } from '@shian/shared/auth';
import type { TPermission } from '@shian/shared/access';
import { AuthContext, type TAuth } from './auth-context.ts';
import { fetchMe, login as apiLogin, logout as apiLogout } from './auth-api.ts';
import { asApiError, isAbortError } from '../api/client.ts';
import { rememberedMe, rememberMe } from '../lib/offline-session.ts';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<TMe | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal)
      .then(
        (found) => {
          rememberMe(found);
          setMe(found);
        },
        // No network: the last user, so that offline work goes on; any answer of the server: signed out.
        (error) => {
          if (isAbortError(error)) return;
          const offline = asApiError(error).code === 'NETWORK_ERROR';
          if (!offline) rememberMe(null);
          setMe(offline ? rememberedMe() : null);
        },
      )
      .finally(() => {
        if (!controller.signal.aborted) setReady(true);
      });
    return () => controller.abort();
  }, []);

  const login = useCallback(async (credentials: TLogin) => {
    const next = await apiLogin(credentials);
    rememberMe(next);
    setMe(next);
    return next;
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      rememberMe(null);
      setMe(null);
    }
  }, []);

  const value = useMemo<TAuth>(
    () => ({
      me,
      can: (permission: TPermission) => me?.permissions.includes(permission) ?? false,
      login,
      logout,
    }),
    [me, login, logout],
  );

  if (!ready) return <Spin fullscreen />;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
