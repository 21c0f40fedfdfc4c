// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const loginZh = {
  subtitle: '请使用您的账号登录',
  username: '用户名',
  password: '密码',
  submit: '登录',
};

export const loginEn: typeof loginZh = {
  subtitle: 'Sign in with your account',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
};
