import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './auth-context.ts';

const PASSWORD_PAGE = '/account/password';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const { pathname, search } = useLocation();
  // A password an administrator set must be changed before anything else (the server refuses the rest).
  if (me?.mustChangePassword && pathname !== PASSWORD_PAGE) return <Navigate to={PASSWORD_PAGE} replace />;
  if (me) return children;
  const from = pathname === '/' ? '' : `?from=${encodeURIComponent(pathname + search)}`;
  return <Navigate to={`/login${from}`} replace />;
}
