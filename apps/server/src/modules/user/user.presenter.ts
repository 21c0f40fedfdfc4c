import { ROLE_PERMISSIONS, ROLE_SCOPE } from '@shian/shared/access';
import type { TMe } from '@shian/shared/auth';
import type { TSessionUser } from '../../core/access.ts';
import type { TUserRow } from './user.repository.ts';

export function presentMe(user: TSessionUser): TMe {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: ROLE_SCOPE[user.role],
    permissions: [...ROLE_PERMISSIONS[user.role]],
    stationId: user.stationId,
    operatorId: user.operatorId,
  };
}

export function toSessionUser(row: TUserRow): TSessionUser {
  return {
    id: row.id,
    bureauId: row.bureauId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    stationId: row.stationId,
    departmentId: row.departmentId,
    operatorId: row.operatorId,
    cadreId: row.cadreId,
  };
}

/** What the audit trail and the user list may show of an account: never the hash. */
export function presentUser(row: TUserRow) {
  return {
    ...presentMe(toSessionUser(row)),
    active: row.active,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    version: row.version,
  };
}
