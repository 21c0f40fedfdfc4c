// The columns of the operator spreadsheet: one layout for the import template, the import
// and the export, so that an exported file can be edited and imported back (phones are
// never exported).
import { codeOf, OPERATOR_CATEGORY_NAMES, OPERATOR_SCALE_NAMES, OPERATOR_STATUS_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import type { TColumn } from '../../core/excel.ts';
import type { TLicenceRow, TOperatorListRow } from './operator.repository.ts';

export const COLUMNS = {
  name: ['名称', 'name'],
  uscc: ['统一社会信用代码', 'uscc'],
  type: ['主体类型', 'type'],
  categories: ['经营类别', 'categories'],
  address: ['地址', 'address'],
  unit: ['所属街道（乡镇）', 'unit'],
  longitude: ['经度', 'longitude'],
  latitude: ['纬度', 'latitude'],
  tags: ['标签', 'tags'],
  licenceNumber: ['许可证编号', 'licenceNumber'],
  licenceScope: ['许可范围', 'licenceScope'],
  licenceIssuedOn: ['发证日期', 'licenceIssuedOn'],
  licenceExpiresOn: ['有效期至', 'licenceExpiresOn'],
  /** 大型/中型/小型/微型, for the staffing rule; an empty cell keeps the stored scale. */
  scale: ['经营规模', 'scale', '规模'],
  principalName: ['主要负责人', 'principalName'],
  principalPhone: ['主要负责人电话', 'principalPhone'],
  officerName: ['食品安全员', 'officerName'],
  officerPhone: ['食品安全员电话', 'officerPhone'],
} as const;
export type TColumnKey = keyof typeof COLUMNS;

/** Header text -> column key; accepts the Chinese or the English heading, full-width brackets or not. */
export function mapHeaders(headers: string[]): Map<number, TColumnKey> {
  const normal = (h: string) => h.replace(/[()（）\s*]/g, '').toLowerCase();
  const index = new Map<string, TColumnKey>();
  for (const [key, names] of Object.entries(COLUMNS) as [TColumnKey, readonly string[]][]) {
    for (const name of names) index.set(normal(name), key);
  }
  const mapped = new Map<number, TColumnKey>();
  headers.forEach((h, i) => {
    const key = index.get(normal(h));
    if (key) mapped.set(i, key);
  });
  return mapped;
}

export const LIST_SEPARATOR = /[、,，;；|]/;

export function splitList<K extends string>(names: Record<K, { zh: string; en: string }>, cell: string) {
  const parts = cell
    .split(LIST_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.map((p) => codeOf(names, p) ?? p);
}

const zh = <K extends string>(names: Record<K, { zh: string }>, key: string) => names[key as K]?.zh ?? key;

export type TExportRow = TOperatorListRow & { licence: TLicenceRow | null };

/** The import columns first (so an exported file imports back), then read-only context. */
export const EXPORT_COLUMNS: TColumn<TExportRow>[] = [
  { header: COLUMNS.name[0], width: 36, value: (o) => o.name },
  { header: COLUMNS.uscc[0], width: 22, value: (o) => o.uscc },
  { header: COLUMNS.type[0], value: (o) => zh(OPERATOR_TYPE_NAMES, o.type) },
  { header: COLUMNS.categories[0], width: 30, value: (o) => o.categories.map((c) => zh(OPERATOR_CATEGORY_NAMES, c)).join('、') },
  { header: COLUMNS.address[0], width: 40, value: (o) => o.address },
  { header: COLUMNS.unit[0], width: 20, value: (o) => o.unitName },
  { header: COLUMNS.longitude[0], value: (o) => o.longitude },
  { header: COLUMNS.latitude[0], value: (o) => o.latitude },
  { header: COLUMNS.tags[0], width: 20, value: (o) => o.tags.map((t) => zh(OPERATOR_TAG_NAMES, t)).join('、') },
  { header: COLUMNS.licenceNumber[0], width: 20, value: (o) => o.licence?.number ?? null },
  { header: COLUMNS.licenceScope[0], width: 30, value: (o) => o.licence?.scope ?? null },
  { header: COLUMNS.licenceIssuedOn[0], width: 12, value: (o) => o.licence?.issuedOn ?? null },
  { header: COLUMNS.licenceExpiresOn[0], width: 12, value: (o) => o.licence?.expiresOn ?? null },
  { header: COLUMNS.scale[0], value: (o) => (o.scale ? zh(OPERATOR_SCALE_NAMES, o.scale) : null) },
  { header: '统一区划代码', width: 16, value: (o) => o.unitCode },
  { header: '市场监管所', width: 22, value: (o) => o.stationName },
  { header: '状态', value: (o) => zh(OPERATOR_STATUS_NAMES, o.status) },
  { header: '更新时间', width: 20, value: (o) => o.updatedAt.toISOString().slice(0, 19).replace('T', ' ') },
];
