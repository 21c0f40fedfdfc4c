// Personal data is taken out of a penalty decision before it is published (《市场监督管理行政处罚信息公示规定》
// 第六条: personal information is handled as the law requires): natural persons' names become "张某",
// ID numbers and phone numbers are masked, home addresses keep only their district and street.
// Businesses' names, credit codes and registered addresses stay: they are public registry data.

/** The case's own knowledge of who and where: the redaction does not rely on patterns alone. */
export type TRedactionContext = { personNames: string[]; addresses: string[] };

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '西门', '南宫'];

/** 张三 -> 张某, 张小明 -> 张某某, 欧阳明 -> 欧阳某 */
export function maskName(name: string): string {
  const trimmed = name.trim();
  const surname = COMPOUND_SURNAMES.find((s) => trimmed.startsWith(s) && trimmed.length > s.length) ?? trimmed.slice(0, 1);
  return surname + '某'.repeat(Math.max(1, Math.min(2, trimmed.length - surname.length)));
}

/** 武汉市黄陂区前川街道正街 12 号 -> 武汉市黄陂区前川街道（详细地址已隐去） */
export function maskAddress(address: string): string {
  const trimmed = address.trim();
  const area = /^(.*?(?:街道|镇|乡))/.exec(trimmed) ?? /^(.*?(?:区|县))/.exec(trimmed) ?? /^(.*?市)/.exec(trimmed);
  return `${area?.[1] ?? ''}（详细地址已隐去）`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A resident ID number (GB 11643): a plausible birth date and the right check character. */
export function isIdNumber(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const year = Number(v.slice(6, 10));
  const month = Number(v.slice(10, 12));
  const day = Number(v.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(v[i]), 0);
  return ID_CHECK[sum % 11] === v[17];
}

const ORGANISATION_ENDING = /(公司|店|厂|部|社|行|馆|中心|超市|餐厅|酒楼|食堂|作坊|摊|场|所|局|院|校)$/;
const LABELLED_NAME =
  /(法定代表人|经营者|负责人|业主|当事人|联系人|投诉人|举报人|证人|委托代理人|代理人)((?:（[^）]{0,10}）)?[:：]\s*)([\u4e00-\u9fa5·]{2,4})(?=[，,。；;、\s（(）)]|$)/g;
const LABELLED_ADDRESS = /(家庭住址|现住址|户籍地址|居住地址|住址)([:：]\s*)([^，,。；;\n]+)/g;
const ID_LIKE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function redactPersonalData(text: string, context: TRedactionContext): string {
  let out = text;
  // Known addresses first (they may contain digits a phone pattern would half-match).
  for (const address of [...new Set(context.addresses.map((a) => a.trim()).filter((a) => a.length >= 4))].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escapeRegExp(address), 'g'), maskAddress(address));
  }
  out = out.replace(LABELLED_ADDRESS, (match, label: string, sep: string, address: string) => (address.includes('已隐去') ? match : `${label}${sep}${maskAddress(address)}`));
  out = out.replace(ID_LIKE, (match) => (isIdNumber(match) ? '*'.repeat(match.length) : match));
  out = out.replace(MOBILE, (match) => `${match.slice(0, 3)}${'*'.repeat(8)}`);
  out = out.replace(LANDLINE, (match) => `${match.slice(0, match.indexOf('-') > 0 ? match.indexOf('-') + 1 : 4)}${'*'.repeat(8)}`);
  for (const name of [...new Set(context.personNames.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escapeRegExp(name), 'g'), maskName(name));
  }
  out = out.replace(LABELLED_NAME, (match, label: string, sep: string, name: string) =>
    ORGANISATION_ENDING.test(name) || name.includes('某') ? match : `${label}${sep}${maskName(name)}`,
  );
  return out;
}
