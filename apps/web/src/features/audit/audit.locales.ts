// UI texts of this feature: zh-CN first, en with the same keys (the type enforces it).
export const auditZh = {
  title: '审计日志',
  seq: '序号',
  at: '时间',
  user: '用户',
  action: '操作',
  entity: '对象类型',
  entityId: '对象编号',
  before: '修改前',
  after: '修改后',
  system: '系统',
  verify: '校验审计链',
  verifyOk: '审计链完整：已校验 {{checked}} 条记录。',
  verifyBroken: '审计链在第 {{seq}} 条记录处断裂（已校验 {{checked}} 条）。',
};

export const auditEn: typeof auditZh = {
  title: 'Audit log',
  seq: 'Seq',
  at: 'Time',
  user: 'User',
  action: 'Action',
  entity: 'Entity',
  entityId: 'Entity id',
  before: 'Before',
  after: 'After',
  system: 'System',
  verify: 'Verify audit chain',
  verifyOk: 'The audit chain is intact: {{checked}} entries checked.',
  verifyBroken: 'The audit chain is broken at entry {{seq}} ({{checked}} entries checked).',
};
