// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const samplingZh = {
  menu: '',
};

export const samplingEn: typeof samplingZh = {
  menu: '',
};
