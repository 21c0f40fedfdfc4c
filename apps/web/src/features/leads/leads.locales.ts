// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const leadsZh = {
  menu: '案件线索',
  title: '案件线索',
  source: '来源',
  sources: { sampling: '抽检不合格', complaint: '投诉举报', inspection: '监督检查', higher_authority: '上级交办' },
  operator: '涉及单位',
  summary: '线索内容',
  discoveredOn: '发现日期',
  open: '查看来源',
  empty: '暂无线索',
};

export const leadsEn: typeof leadsZh = {
  menu: 'Case leads',
  title: 'Case leads',
  source: 'Source',
  sources: { sampling: 'Failed sample', complaint: 'Complaint', inspection: 'Inspection', higher_authority: 'Higher authority' },
  operator: 'Operator',
  summary: 'Lead',
  discoveredOn: 'Found on',
  open: 'Open the source',
  empty: 'No leads',
};
