// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const rectificationsZh = {
  menu: '',
};

export const rectificationsEn: typeof rectificationsZh = {
  menu: '',
};
