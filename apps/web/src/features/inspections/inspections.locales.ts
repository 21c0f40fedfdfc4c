// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const inspectionsZh = {
  menu: '',
};

export const inspectionsEn: typeof inspectionsZh = {
  menu: '',
};
