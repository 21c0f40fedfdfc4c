import { describe, expect, it } from 'vitest';
import { passwordStrong, ZPasswordChange, ZUserCreate } from './auth.ts';

describe('password strength', () => {
  it('accepts 8+ characters with three of the four classes', () => {
    expect(passwordStrong('Demo@2026')).toBe(true); // all four
    expect(passwordStrong('Abcdefg1')).toBe(true); // upper, lower, digit
    expect(passwordStrong('abcdefg!1')).toBe(true); // lower, symbol, digit
    expect(passwordStrong('ABCDEFG!1')).toBe(true); // upper, symbol, digit
    expect(passwordStrong('Abcdefg!')).toBe(true); // upper, lower, symbol
    expect(passwordStrong('食品安全管理Ab1')).toBe(true); // non-ASCII counts as a symbol class
  });

  it('refuses fewer than 8 characters even with every class', () => {
    expect(passwordStrong('Ab1@xyz')).toBe(false);
    expect(passwordStrong('')).toBe(false);
  });

  it('refuses only one or two classes however long', () => {
    expect(passwordStrong('abcdefghijklmnop')).toBe(false);
    expect(passwordStrong('1234567890123')).toBe(false);
    expect(passwordStrong('abcdefgh12345')).toBe(false);
    expect(passwordStrong('ABCDEFGH!!!!')).toBe(false);
  });

  it('is what the password-change and user schemas enforce', () => {
    expect(ZPasswordChange.safeParse({ currentPassword: 'x', newPassword: 'password1' }).success).toBe(false);
    const weak = ZPasswordChange.safeParse({ currentPassword: 'x', newPassword: 'password1' });
    expect(weak.error?.issues[0]).toMatchObject({ path: ['newPassword'], message: 'password.weak' });
    expect(ZPasswordChange.safeParse({ currentPassword: 'x', newPassword: 'Password1' }).success).toBe(true);
    const user = { username: 'someone', displayName: '某人', role: 'expert' };
    expect(ZUserCreate.safeParse({ ...user, password: 'short1A' }).success).toBe(false);
    expect(ZUserCreate.safeParse({ ...user, password: 'Long-enough1' }).success).toBe(true);
  });
});
