import { ROLE_PERMISSIONS, ROLE_SCOPE } from '@shian/shared/access';
import type { TMe } from '@shian/shared/auth';
import type { TUser, TUserStatus } from '@shian/shared/users';
import type { TSessionUser } from '../../core/access.ts';
import type { TUserListRow, TUserRow } from './user.repository.ts';

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
    mustChangePassword: user.mustChangePassword,
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
    mustChangePassword: row.mustChangePassword,
  };
}

function statusesOf(row: TUserRow, now: Date): TUserStatus[] {
  const statuses: TUserStatus[] = [];
  if (!row.active) statuses.push('deactivated');
  if (row.lockedUntil && row.lockedUntil > now) statuses.push('locked');
  if (row.mustChangePassword) statuses.push('mustChangePassword');
  return statuses.length ? statuses : ['active'];
}

/** What the administrator and the audit trail see of an account: never the hash. */
export function presentUser({ user: row, ...names }: TUserListRow, now = new Date()): TUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    scope: ROLE_SCOPE[row.role],
    stationId: row.stationId,
    stationName: names.stationName,
    departmentId: row.departmentId,
    departmentName: names.departmentName,
    operatorId: row.operatorId,
    operatorName: names.operatorName,
    cadreId: row.cadreId,
    cadreName: names.cadreName,
    active: row.active,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    mustChangePassword: row.mustChangePassword,
    statuses: statusesOf(row, now),
    passwordChangedAt: row.passwordChangedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** The audit trail's copy of an account: its settings, not the names looked up for the screen. */
export function auditedUser(row: TUserRow) {
  const { passwordHash, createdAt, updatedAt, ...kept } = row;
  return kept;
}
