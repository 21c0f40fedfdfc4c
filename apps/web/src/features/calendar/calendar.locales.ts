// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const calendarZh = {
  menu: '',
};

export const calendarEn: typeof calendarZh = {
  menu: '',
};
