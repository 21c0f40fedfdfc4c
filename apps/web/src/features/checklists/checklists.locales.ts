// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const checklistsZh = {
  menu: '',
};

export const checklistsEn: typeof checklistsZh = {
  menu: '',
};
