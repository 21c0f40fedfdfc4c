// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const publicTestsZh = {
  menu: '',
};

export const publicTestsEn: typeof publicTestsZh = {
  menu: '',
};
