// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const publicProfileZh = {
  menu: '',
};

export const publicProfileEn: typeof publicProfileZh = {
  menu: '',
};
