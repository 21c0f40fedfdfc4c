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
