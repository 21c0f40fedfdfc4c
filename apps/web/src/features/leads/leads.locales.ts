// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const leadsZh = {
  menu: '',
};

export const leadsEn: typeof leadsZh = {
  menu: '',
};
