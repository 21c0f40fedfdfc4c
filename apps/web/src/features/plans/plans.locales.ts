// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const plansZh = {
  menu: '',
};

export const plansEn: typeof plansZh = {
  menu: '',
};
