// The columns of the user import file, for the template and the import: Chinese headings (or the English
// keys), one account a row. The link column used depends on the role: 所属监管所 for station heads and
// inspectors, 所属科室 for department staff, 统一社会信用代码 for a business, 包保干部 for a cadre.
import type { TColumn } from '../../core/excel.ts';

export const USER_COLUMNS = {
  username: ['用户名', 'username'],
  displayName: ['姓名', 'displayName'],
  role: ['角色', 'role'],
  station: ['所属监管所', 'station'],
  department: ['所属科室', 'department'],
  uscc: ['统一社会信用代码', 'uscc'],
  cadre: ['包保干部编号或姓名', 'cadre'],
  password: ['初始密码', 'password'],
} as const;
export type TUserColumn = keyof typeof USER_COLUMNS;

export const REQUIRED_USER_COLUMNS: TUserColumn[] = ['username', 'displayName', 'role'];

/** Heading -> column; the cadre column also answers to 包保干部 and 包保干部编号. */
export function mapUserHeaders(headers: string[]): Map<number, TUserColumn> {
  const normal = (h: string) => h.replace(/[()（）\s*/]/g, '').toLowerCase();
  const index = new Map<string, TUserColumn>([
    ['包保干部', 'cadre'],
    ['包保干部编号', 'cadre'],
  ]);
  for (const [key, names] of Object.entries(USER_COLUMNS) as [TUserColumn, readonly string[]][]) for (const name of names) index.set(normal(name), key);
  const mapped = new Map<number, TUserColumn>();
  headers.forEach((h, i) => {
    const key = index.get(normal(h));
    if (key) mapped.set(i, key);
  });
  return mapped;
}

// biome-ignore format: one example row a role, read as a table
const EXAMPLES: Record<TUserColumn, string>[] = [
  { username: 'qc-inspector-01', displayName: '王检查', role: '监管所检查员', station: '前川市场监督管理所', department: '', uscc: '', cadre: '', password: '' },
  { username: 'ltk-staff-01', displayName: '李科员', role: '科室人员', station: '', department: '流通科', uscc: '', cadre: '', password: '' },
  { username: 'shop-officer-01', displayName: '张安全员', role: '企业用户', station: '', department: '', uscc: '92420116MA4K00000U', cadre: '', password: '' },
  { username: 'cadre-01', displayName: '赵干部', role: '包保干部', station: '', department: '', uscc: '', cadre: '赵干部', password: 'Start@2026x' },
];

export function templateColumns(): TColumn<Record<TUserColumn, string>>[] {
  return (Object.keys(USER_COLUMNS) as TUserColumn[]).map((key) => ({ header: USER_COLUMNS[key][0], width: 20, value: (row) => row[key] }));
}

export async function* templateRows() {
  yield EXAMPLES;
}
