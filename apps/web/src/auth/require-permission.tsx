import type { ReactNode } from 'react';
import type { TPermission } from '@shian/shared/access';
import type { TMe } from '@shian/shared/auth';
import { ForbiddenPage } from '../components/forbidden-page.tsx';
import { useAuth } from './auth-context.ts';

type TProps = { permission?: TPermission; allow?: (me: TMe) => boolean; children: ReactNode };

export function RequirePermission({ permission, allow, children }: TProps) {
  const { me, can } = useAuth();
  if (permission && !can(permission)) return <ForbiddenPage />;
  if (allow && (!me || !allow(me))) return <ForbiddenPage />;
  return children;
}
