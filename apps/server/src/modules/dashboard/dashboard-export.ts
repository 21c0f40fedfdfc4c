// The dashboard as a workbook: one sheet per chart, the same figures the charts show.
import ExcelJS from 'exceljs';
import type { TInspectionDashboard } from '@shian/shared/dashboard';
import { OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import type { TOperatorType } from '@shian/shared/operator';

type TSheetSpec = { name: string; headers: string[]; rows: (string | number)[][] };

function sheetsOf(d: TInspectionDashboard): TSheetSpec[] {
  return [
    {
      name: '计划与完成',
      headers: ['市场监管所', '月份', '计划检查', '完成检查'],
      rows: d.planVsDone.map((r) => [r.stationName, r.month, r.planned, r.done]),
    },
    { name: '逾期整改', headers: ['市场监管所', '逾期整改数'], rows: d.overdueRectifications.map((r) => [r.stationName, r.count]) },
    {
      name: '不符合率（业态）',
      headers: ['业态', '检查次数', '不符合次数', '不符合率(%)'],
      rows: d.nonconformityByType.map((r) => [OPERATOR_TYPE_NAMES[r.type as TOperatorType]?.zh ?? r.type, r.inspections, r.nonconforming, r.rate]),
    },
    {
      name: '不符合检查项前十',
      headers: ['检查项', '检查次数', '不符合次数', '不符合率(%)'],
      rows: d.topNonconformingItems.map((r) => [r.content, r.checked, r.nonconforming, r.rate]),
    },
    {
      name: '风险等级分布',
      headers: ['街道（乡镇）', 'A 级', 'B 级', 'C 级', 'D 级', '未评定'],
      rows: d.gradesByUnit.map((r) => [r.unitName, r.counts.A, r.counts.B, r.counts.C, r.counts.D, r.counts.ungraded]),
    },
  ];
}

export async function dashboardWorkbook(d: TInspectionDashboard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheetsOf(d)) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.headers.map((header, i) => ({ header, width: i === 0 ? 28 : 14 }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(spec.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
