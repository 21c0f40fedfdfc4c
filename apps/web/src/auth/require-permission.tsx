import type { ReactNode } from 'react';
import type { TPermission } from '@shian/shared/access';
import { ForbiddenPage } from '../components/forbidden-page.tsx';
import { useAuth } from './auth-context.ts';

export function RequirePermission({ permission, children }: { permission?: TPermission; children: ReactNode }) {
  const { can } = useAuth();
  if (permission && !can(permission)) return <ForbiddenPage />;
  return children;
}
