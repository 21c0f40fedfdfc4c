// The sampling dashboard as a workbook: one sheet per chart, the figures the charts show.
import ExcelJS from 'exceljs';
import type { TFailureRate, TSamplingDashboard } from '@shian/shared/sampling-analytics';

const HEADERS = ['样品数', '不合格数', '不合格率(%)'];
const rows = (list: TFailureRate[]) => list.map((r) => [r.label, r.tested, r.failed, r.rate]);

export async function samplingWorkbook(d: TSamplingDashboard): Promise<Buffer> {
  const sheets = [
    { name: '食品类别', headers: ['食品类别', ...HEADERS], rows: rows(d.byFoodCategory) },
    { name: '不合格项目', headers: ['检验项目', '检验次数', '不合格次数', '不合格率(%)'], rows: d.topFailingItems.map((i) => [i.name, i.tested, i.failed, i.rate]) },
    { name: '街道（乡镇）', headers: ['街道（乡镇）', ...HEADERS], rows: rows(d.byUnit) },
    { name: '月份', headers: ['月份', ...HEADERS], rows: rows(d.byMonth) },
    { name: '业态', headers: ['业态', ...HEADERS], rows: rows(d.byOperatorType) },
    { name: '核查处置', headers: ['市场监管所', '办理中', '其中逾期'], rows: d.disposalsByStation.map((r) => [r.stationName, r.open, r.overdue]) },
  ];
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.headers.map((header, i) => ({ header, width: i === 0 ? 28 : 14 }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(spec.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
