// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const accountZh = {
  passwordTitle: '修改密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  confirmPassword: '确认新密码',
  mismatch: '两次输入的新密码不一致',
  rule: '至少 8 位，且包含大写字母、小写字母、数字、符号中的三类。',
  changed: '密码已修改',
};

export const accountEn: typeof accountZh = {
  passwordTitle: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
  mismatch: 'The two new passwords differ',
  rule: '8+ characters with three of: upper case, lower case, digits, symbols.',
  changed: 'Password changed',
};
