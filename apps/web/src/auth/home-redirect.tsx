import { Navigate } from 'react-router-dom';
import { homePath, useAuth } from './auth-context.ts';

export function HomeRedirect() {
  const { me } = useAuth();
  return <Navigate to={me ? homePath(me) : '/login'} replace />;
}
