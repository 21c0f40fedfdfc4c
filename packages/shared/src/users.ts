// User administration (issue 15): the administrator's list, edits, password resets, locks, sessions and
// import; the business's invitation of its food safety officer. Creating an account is ZUserCreate (auth.ts).
import { z } from 'zod';
import { ROLES, type TDataScope, type TRole } from './access.ts';
import { ZPassword, ZUserCreate } from './auth.ts';

const ZId = z.uuid({ message: 'id.invalid' });
const ZLink = ZId.nullable();

/** 正常 / 已锁定 / 已停用 / 需改密: what the list's status tags show and its filter picks. */
export const USER_STATUSES = ['active', 'locked', 'deactivated', 'mustChangePassword'] as const;
export type TUserStatus = (typeof USER_STATUSES)[number];

export const ZUserListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  stationId: ZId.optional(),
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

/** An edit of an account: the fields sent change, the links the role needs are checked again. */
export const ZUserPatch = z.strictObject({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(1, { message: 'required' }).max(50).optional(),
  role: z.enum(ROLES).optional(),
  stationId: ZLink.optional(),
  departmentId: ZLink.optional(),
  operatorId: ZLink.optional(),
  cadreId: ZLink.optional(),
});
export type TUserPatch = z.infer<typeof ZUserPatch>;

/** A reset: the administrator's temporary password, or none for one the server makes up. */
export const ZPasswordReset = z.strictObject({ password: ZPassword.optional() }).nullish();
export type TPasswordReset = z.infer<typeof ZPasswordReset>;

/** The business's second account, for its food safety officer, on the same operator. */
export const ZOfficerInvite = ZUserCreate.pick({ username: true, displayName: true, password: true });
export type TOfficerInvite = z.infer<typeof ZOfficerInvite>;

/** Accounts one operator may hold: its own and a few for its food safety officers. */
export const MAX_ACCOUNTS_PER_OPERATOR = 3;

/** The rows of an import's dry run to write (by row number in the file); none writes nothing. */
export const ZUserImportCommit = z.strictObject({ rows: z.array(z.number().int().min(1).max(100000)).max(5000) });
export type TUserImportCommit = z.infer<typeof ZUserImportCommit>;

export type TUser = {
  id: string;
  username: string;
  displayName: string;
  role: TRole;
  scope: TDataScope;
  stationId: string | null;
  stationName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  operatorId: string | null;
  operatorName: string | null;
  cadreId: string | null;
  cadreName: string | null;
  active: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  statuses: TUserStatus[];
  passwordChangedAt: string | null;
  createdAt: string;
  version: number;
};

export type TUserSession = { id: string; createdAt: string; lastSeenAt: string };

/** Shown once: the temporary password of a reset. */
export type TPasswordResetResult = { user: TUser; temporaryPassword: string };

export type TCadreOption = { id: string; name: string; post: string; unitName: string; userId: string | null };

export type TUserImportRow = {
  row: number;
  username: string;
  displayName: string;
  role: TRole;
  link: string | null;
  /** A password was given in the file (else one is made up at commit). */
  passwordGiven: boolean;
};
export type TUserImportRowError = { row: number; field: string; message: string };
export type TUserImportDryRun = { id: string; fileName: string; total: number; valid: TUserImportRow[]; errors: TUserImportRowError[] };
export type TUserImportResult = {
  created: { row: number; username: string; displayName: string; temporaryPassword: string | null }[];
  /** Chosen rows that no longer pass (a name taken since the dry run), with why; none of them was written. */
  errors: TUserImportRowError[];
};
