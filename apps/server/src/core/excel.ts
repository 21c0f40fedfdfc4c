// Spreadsheet in and out: .xlsx through exceljs, .csv through papaparse (UTF-8, or GBK as
// saved by Excel on Chinese Windows). Cells are read as trimmed strings.
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from './errors.ts';

export type TSheet = { headers: string[]; rows: { rowNumber: number; cells: string[] }[] };

const UNSUPPORTED = { zh: '请上传 .xlsx 或 .csv 文件', en: 'upload an .xlsx or .csv file' };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}

function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(buffer);
  }
}

export async function readSheet(buffer: Buffer, fileName: string): Promise<TSheet> {
  const lower = fileName.toLowerCase();
  let table: { rowNumber: number; cells: string[] }[];
  if (lower.endsWith('.csv')) {
    const parsed = Papa.parse<string[]>(decodeCsv(buffer), { skipEmptyLines: false });
    table = parsed.data.map((cells, i) => ({ rowNumber: i + 1, cells: cells.map((c) => String(c ?? '').trim()) }));
  } else if (lower.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw new AppError('UNSUPPORTED_FILE', { reason: { zh: '文件不是有效的 .xlsx', en: 'the file is not a valid .xlsx' } });
    }
    const sheet = workbook.worksheets[0];
    table = [];
    sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[];
      table.push({ rowNumber, cells: values.slice(1).map((v) => cellText(v).trim()) });
    });
  } else {
    throw new AppError('UNSUPPORTED_FILE', { reason: UNSUPPORTED });
  }
  const nonEmpty = table.filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = nonEmpty;
  return { headers: header?.cells ?? [], rows };
}

export type TColumn<T> = { header: string; width?: number; value: (item: T) => string | number | null };

/**
 * Streams an .xlsx: `pages` yields batches of items so that a large list never sits in memory.
 */
export function xlsxStream<T>(sheetName: string, columns: TColumn<T>[], pages: AsyncIterable<T[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    for await (const items of pages) {
      for (const item of items) sheet.addRow(columns.map((c) => c.value(item))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return out;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
