// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const riskGradesZh = {
  menu: '',
};

export const riskGradesEn: typeof riskGradesZh = {
  menu: '',
};
