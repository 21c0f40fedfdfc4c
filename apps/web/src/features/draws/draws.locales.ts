// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const drawsZh = {
  menu: '',
};

export const drawsEn: typeof drawsZh = {
  menu: '',
};
