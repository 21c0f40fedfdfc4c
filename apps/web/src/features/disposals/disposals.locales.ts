// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const disposalsZh = {
  menu: '',
};

export const disposalsEn: typeof disposalsZh = {
  menu: '',
};
