// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const consumerNoticesZh = {
  menu: '',
};

export const consumerNoticesEn: typeof consumerNoticesZh = {
  menu: '',
};
