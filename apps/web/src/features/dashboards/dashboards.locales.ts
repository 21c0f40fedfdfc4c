// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const dashboardsZh = {
  menu: '',
};

export const dashboardsEn: typeof dashboardsZh = {
  menu: '',
};
