import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './auth-context.ts';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const { pathname, search } = useLocation();
  if (me) return children;
  const from = pathname === '/' ? '' : `?from=${encodeURIComponent(pathname + search)}`;
  return <Navigate to={`/login${from}`} replace />;
}
