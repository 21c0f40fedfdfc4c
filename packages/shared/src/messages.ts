// Every message the server and the web app show for invalid input, in both languages.
// Schemas carry message keys; localizeIssue turns an issue into "field label: reason".
import { z } from 'zod';

export const LANGS = ['zh-CN', 'en'] as const;
export type TLang = (typeof LANGS)[number];

type Text = { zh: string; en: string };

const REASONS: Record<string, Text> = {
  required: { zh: '不能为空', en: 'is required' },
  'uscc.length': { zh: '应为 18 位', en: 'must be 18 characters' },
  'uscc.characters': { zh: '含有不允许的字符', en: 'contains characters that are not allowed' },
  'uscc.checksum': { zh: '校验位不正确', en: 'has a wrong check character' },
  'licence.number.production': {
    zh: '应为 SC 加 14 位数字',
    en: 'must be SC followed by 14 digits',
  },
  'licence.number.trade': {
    zh: '应为 JY 加 14 位数字（首位为 1-3）',
    en: 'must be JY followed by 14 digits (the first 1-3)',
  },
  'licence.expiresBeforeIssued': { zh: '应晚于发证日期', en: 'must be after the issue date' },
  'phone.invalid': { zh: '不是有效的手机或固定电话号码', en: 'is not a valid mobile or landline number' },
  'date.invalid': { zh: '应为 YYYY-MM-DD 格式的日期', en: 'must be a date as YYYY-MM-DD' },
  'unitCode.invalid': { zh: '应为 12 位区划代码', en: 'must be a 12-digit division code' },
  'unitCode.unknown': { zh: '不是本区的街道（乡镇）', en: 'is not a township unit of this district' },
  'id.invalid': { zh: '不是有效的编号', en: 'is not a valid id' },
  'password.weak': {
    zh: '至少 8 位，且包含大写字母、小写字母、数字、符号中的三类',
    en: 'needs 8+ characters with three of: upper case, lower case, digits, symbols',
  },
  'username.invalid': {
    zh: '应为 3-64 位字母、数字、下划线、点或横线',
    en: 'must be 3-64 letters, digits, underscores, dots or dashes',
  },
  'type.unknown': { zh: '不是已知的类型', en: 'is not a known type' },
  'number.invalid': { zh: '应为数字', en: 'must be a number' },
  'inspectors.atLeastTwo': { zh: '至少 2 名检查人员', en: 'needs at least two inspectors' },
  'inspectors.distinct': { zh: '不能重复', en: 'must not repeat' },
  'sample.batchOrDate': { zh: '批号与生产日期至少填写一项', en: 'needs a batch number or a production date' },
  'sample.manufacturer': { zh: '请选择登记的生产者，或填写辖区外生产者名称', en: 'needs a registered manufacturer or the name of one outside the district' },
  'rectification.rejectNeedsNote': { zh: '退回时请写明理由', en: 'give a reason when rejecting' },
  'risk.bands.increasing': { zh: '应高于前一等级的下限', en: "must be above the lower grade's minimum" },
  'plan.frequency.maxBelowMin': { zh: '不能少于最低次数', en: 'must not be below the minimum' },
  'plan.inspectors.atLeastTwo': { zh: '每次检查至少两名检查人员', en: 'needs at least two inspectors' },
  'plan.inspectors.repeated': { zh: '有重复的检查人员', en: 'lists an inspector twice' },
  'plan.inspectors.notOfStation': { zh: '不是本所的检查人员', en: "includes someone who is not an inspector of the station" },
  'draw.pool.empty': { zh: '没有符合条件的在营经营主体', en: 'matches no active operator' },
  'draw.inspectors.tooFew': { zh: '可抽取的检查人员少于每户人数', en: 'has fewer inspectors than needed per operator' },
};

const FIELDS: Record<string, Text> = {
  name: { zh: '名称', en: 'Name' },
  uscc: { zh: '统一社会信用代码', en: 'Credit code' },
  type: { zh: '主体类型', en: 'Type' },
  categories: { zh: '经营类别', en: 'Categories' },
  address: { zh: '地址', en: 'Address' },
  unitCode: { zh: '所属街道（乡镇）', en: 'Township unit' },
  stationId: { zh: '市场监管所', en: 'Station' },
  longitude: { zh: '经度', en: 'Longitude' },
  latitude: { zh: '纬度', en: 'Latitude' },
  tags: { zh: '标签', en: 'Tags' },
  status: { zh: '状态', en: 'Status' },
  version: { zh: '版本号', en: 'Version' },
  licences: { zh: '许可证', en: 'Licences' },
  'licences.kind': { zh: '许可证类型', en: 'Licence kind' },
  'licences.number': { zh: '许可证编号', en: 'Licence number' },
  'licences.scope': { zh: '许可范围', en: 'Licence scope' },
  'licences.issuedOn': { zh: '发证日期', en: 'Issue date' },
  'licences.expiresOn': { zh: '有效期至', en: 'Expiry date' },
  personnel: { zh: '三类人员', en: 'Key personnel' },
  'personnel.role': { zh: '人员类别', en: 'Personnel role' },
  'personnel.name': { zh: '姓名', en: 'Personnel name' },
  'personnel.phone': { zh: '联系电话', en: 'Phone' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  displayName: { zh: '姓名', en: 'Display name' },
  role: { zh: '角色', en: 'Role' },
  id: { zh: '编号', en: 'Id' },
  q: { zh: '关键词', en: 'Search' },
  page: { zh: '页码', en: 'Page' },
  pageSize: { zh: '每页条数', en: 'Page size' },
  sort: { zh: '排序', en: 'Sort' },
  mode: { zh: '导入方式', en: 'Import mode' },
  licence: { zh: '许可证状态', en: 'Licence state' },
  operatorId: { zh: '经营主体', en: 'Operator' },
  kind: { zh: '检查类型', en: 'Inspection kind' },
  inspectedOn: { zh: '检查日期', en: 'Inspection date' },
  inspectorIds: { zh: '检查人员', en: 'Inspectors' },
  inspectorId: { zh: '检查人员', en: 'Inspector' },
  planEntryId: { zh: '检查计划', en: 'Plan entry' },
  followUpOf: { zh: '复查对应的检查', en: 'Follow-up of' },
  results: { zh: '检查结果', en: 'Results' },
  itemId: { zh: '检查项目', en: 'Checklist item' },
  outcome: { zh: '检查结论', en: 'Outcome' },
  note: { zh: '说明', en: 'Note' },
  summary: { zh: '检查情况小结', en: 'Summary' },
  locationNote: { zh: '位置说明', en: 'Location note' },
  representativeName: { zh: '被检查单位负责人', en: 'Representative' },
  rectifications: { zh: '整改要求', en: 'Rectification demands' },
  demand: { zh: '整改要求', en: 'Demand' },
  workingDays: { zh: '整改期限（工作日）', en: 'Working days' },
  publish: { zh: '公开结果', en: 'Publish' },
  items: { zh: '检查项目', en: 'Items' },
  section: { zh: '检查环节', en: 'Section' },
  content: { zh: '检查内容', en: 'Content' },
  key: { zh: '重点项', en: 'Key item' },
  basisLaw: { zh: '法律依据', en: 'Legal basis' },
  basisArticle: { zh: '条款', en: 'Article' },
  answer: { zh: '整改情况', en: 'Answer' },
  photoIds: { zh: '整改照片', en: 'Photos' },
  decision: { zh: '审核意见', en: 'Decision' },
  overdue: { zh: '逾期', en: 'Overdue' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  file: { zh: '文件', en: 'File' },
  minScoreB: { zh: 'B 级下限', en: 'Grade B minimum' },
  minScoreC: { zh: 'C 级下限', en: 'Grade C minimum' },
  minScoreD: { zh: 'D 级下限', en: 'Grade D minimum' },
  minPerYear: { zh: '每年最少检查次数', en: 'Minimum per year' },
  maxPerYear: { zh: '每年最多检查次数', en: 'Maximum per year' },
  year: { zh: '年份', en: 'Year' },
  month: { zh: '月份', en: 'Month' },
  dueOn: { zh: '完成期限', en: 'Due date' },
  filter: { zh: '抽取范围', en: 'Filter' },
  operatorCount: { zh: '抽取户数', en: 'Operators to draw' },
  inspectorsPerOperator: { zh: '每户检查人员数', en: 'Inspectors per operator' },
  seed: { zh: '随机种子', en: 'Seed' },
  // Sampling (抽检)
  productName: { zh: '样品名称', en: 'Product' },
  brand: { zh: '商标', en: 'Brand' },
  specification: { zh: '规格型号', en: 'Specification' },
  batchNo: { zh: '批号', en: 'Batch number' },
  productionDate: { zh: '生产日期', en: 'Production date' },
  shelfLife: { zh: '保质期', en: 'Shelf life' },
  manufacturerOperatorId: { zh: '生产者', en: 'Manufacturer' },
  manufacturerName: { zh: '生产者名称', en: 'Manufacturer name' },
  manufacturerAddress: { zh: '生产者地址', en: 'Manufacturer address' },
  quantity: { zh: '数量', en: 'Quantity' },
  foodCategory: { zh: '食品类别', en: 'Food category' },
  sampledOn: { zh: '抽样日期', en: 'Sampling date' },
  samplerName: { zh: '抽样人员', en: 'Sampler' },
  institutionId: { zh: '检验机构', en: 'Testing institution' },
  accompaniedBy: { zh: '陪同人员', en: 'Accompanied by' },
  planId: { zh: '抽检计划', en: 'Sampling plan' },
  taskId: { zh: '抽检任务', en: 'Sampling task' },
  qualificationNo: { zh: '资质证书编号', en: 'Qualification number' },
  reportNo: { zh: '报告编号', en: 'Report number' },
  issuedOn: { zh: '签发日期', en: 'Issue date' },
  'items.name': { zh: '检验项目', en: 'Test item' },
  'items.value': { zh: '检测值', en: 'Value' },
  'items.unit': { zh: '单位', en: 'Unit' },
  'items.limitText': { zh: '限量', en: 'Limit' },
  'items.limitMin': { zh: '下限', en: 'Lower limit' },
  'items.limitMax': { zh: '上限', en: 'Upper limit' },
  'items.standard': { zh: '判定依据', en: 'Standard' },
  'items.verdict': { zh: '单项判定', en: 'Item verdict' },
  sampleNo: { zh: '样品编号', en: 'Sample number' },
  itemName: { zh: '检验项目', en: 'Test item' },
  verdict: { zh: '判定', en: 'Verdict' },
  mapping: { zh: '列对应', en: 'Column mapping' },
  value: { zh: '检测值', en: 'Value' },
  unit: { zh: '单位', en: 'Unit' },
  limit: { zh: '限量', en: 'Limit' },
  standard: { zh: '判定依据', en: 'Standard' },
};

export function pickLang(acceptLanguage: string | undefined): TLang {
  return acceptLanguage && /^en\b/i.test(acceptLanguage.trim()) ? 'en' : 'zh-CN';
}

function text(t: Text, lang: TLang): string {
  return lang === 'en' ? t.en : t.zh;
}

export function fieldLabel(path: readonly PropertyKey[], lang: TLang): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  const key = names.join('.');
  const label = FIELDS[key] ?? FIELDS[names[names.length - 1] ?? ''];
  return label ? text(label, lang) : key || (lang === 'en' ? 'Request' : '请求');
}

export function reasonText(key: string, lang: TLang): string | undefined {
  const reason = REASONS[key];
  return reason && text(reason, lang);
}

const localeErrors = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

/** The reason part of an issue: our own key if the schema set one, else zod's locale text. */
export function issueReason(issue: z.core.$ZodIssue, lang: TLang): string {
  const own = reasonText(issue.message, lang);
  if (own) return own;
  const generated = localeErrors[lang](issue as never);
  const message = typeof generated === 'string' ? generated : generated?.message;
  return message ?? issue.message;
}

export function localizeIssue(issue: z.core.$ZodIssue, lang: TLang): { path: string; message: string } {
  const sep = lang === 'en' ? ': ' : '：';
  return {
    path: issue.path.map(String).join('.'),
    message: `${fieldLabel(issue.path, lang)}${sep}${issueReason(issue, lang)}`,
  };
}
