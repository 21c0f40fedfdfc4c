import { z } from 'zod';
import type { TPermission, TRole, TDataScope } from './access.ts';

/** 8+ characters with at least three of: lower case, upper case, digits, other characters. */
export function passwordStrong(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  return password.length >= 8 && classes >= 3;
}

export const ZPassword = z.string().max(128).refine(passwordStrong, { message: 'password.weak' });

export const ZLogin = z.strictObject({
  username: z.string().trim().min(1, { message: 'required' }).max(64),
  password: z.string().min(1, { message: 'required' }).max(128),
});
export type TLogin = z.infer<typeof ZLogin>;

export const ZPasswordChange = z.strictObject({
  currentPassword: z.string().min(1, { message: 'required' }).max(128),
  newPassword: ZPassword,
});
export type TPasswordChange = z.infer<typeof ZPasswordChange>;

export const ZUserCreate = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_.-]{3,64}$/, { message: 'username.invalid' }),
  displayName: z.string().trim().min(1, { message: 'required' }).max(50),
  password: ZPassword,
  role: z.enum(['admin', 'leader', 'department', 'station', 'inspector', 'enforcement', 'cadre', 'business', 'expert']),
  stationId: z.uuid({ message: 'id.invalid' }).nullable().default(null),
  departmentId: z.uuid({ message: 'id.invalid' }).nullable().default(null),
  operatorId: z.uuid({ message: 'id.invalid' }).nullable().default(null),
  cadreId: z.uuid({ message: 'id.invalid' }).nullable().default(null),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export type TMe = {
  id: string;
  username: string;
  displayName: string;
  role: TRole;
  scope: TDataScope;
  permissions: TPermission[];
  stationId: string | null;
  operatorId: string | null;
  /** After a password reset: every other API answers 403 PASSWORD_CHANGE_REQUIRED until the password is changed. */
  mustChangePassword: boolean;
};
