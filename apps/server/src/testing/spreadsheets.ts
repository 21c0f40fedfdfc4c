// Spreadsheets for the import and export tests: build .xlsx/.csv in memory, read .xlsx back.
import ExcelJS from 'exceljs';
import { COLUMNS, type TColumnKey } from '../modules/operator/operator.public.ts';
import { buildTradeLicenceNumber, buildUscc } from './factories.ts';

export type TImportRow = Partial<Record<TColumnKey, string>>;
export const IMPORT_KEYS = Object.keys(COLUMNS) as TColumnKey[];
/** The Chinese headings of the import template, in order. */
export const IMPORT_HEADERS = IMPORT_KEYS.map((key) => COLUMNS[key][0]);

/** One valid row of the import file, as a person would type it (Chinese names, not codes). */
export function buildImportRow(overrides: TImportRow = {}): Record<TColumnKey, string> {
  return {
    name: '黄陂区导入测试餐馆',
    uscc: buildUscc(),
    type: '餐饮服务提供者',
    categories: '热食类食品、冷食类食品',
    address: '武汉市黄陂区前川街道导入路 8 号',
    unit: '前川街道',
    longitude: '114.38',
    latitude: '30.88',
    tags: '明厨亮灶',
    licenceNumber: buildTradeLicenceNumber(),
    licenceScope: '热食类食品制售',
    licenceIssuedOn: '2024-03-01',
    licenceExpiresOn: '2029-02-28',
    scale: '',
    principalName: '导入人',
    principalPhone: '13912345678',
    officerName: '',
    officerPhone: '',
    ...overrides,
  };
}

/** Rows as cell arrays under `keys` (all columns by default). */
export function toCells(rows: TImportRow[], keys: TColumnKey[] = IMPORT_KEYS): string[][] {
  return rows.map((row) => keys.map((key) => row[key] ?? ''));
}

export async function xlsxFile(table: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('经营主体');
  for (const row of table) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function csvText(table: string[][]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${table.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The first worksheet as rows of cell text (header included). */
export async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

let gbkTable: Map<string, [number, number]> | null = null;

/**
 * GBK bytes for text, as Excel on Chinese Windows saves a CSV. Node has a GBK decoder but no
 * encoder, so the table is built by decoding every two-byte GBK sequence once.
 */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (ch.length === 1 && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // not a GBK sequence
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`no GBK encoding for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
