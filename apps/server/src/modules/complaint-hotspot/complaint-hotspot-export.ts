// The hotspot charts as a workbook: one sheet per chart with the figures it draws, or the one chart asked for.
import ExcelJS from 'exceljs';
import { COMPLAINT_ISSUE_TYPE_NAMES, COMPLAINT_TRADE_NAMES } from '@shian/shared/complaint';
import type { TComplaintHotspots, THotspotChart } from '@shian/shared/complaint-hotspot';

/** Complaints the classifier has not labelled yet. */
const UNCLASSIFIED = '未分类';

type TSheet = { name: string; headers: string[]; rows: (string | number | null)[][] };

const tradeName = (k: string) => COMPLAINT_TRADE_NAMES[k as keyof typeof COMPLAINT_TRADE_NAMES]?.zh ?? k;
const issueName = (k: string) => COMPLAINT_ISSUE_TYPE_NAMES[k as keyof typeof COMPLAINT_ISSUE_TYPE_NAMES]?.zh ?? UNCLASSIFIED;
const DIMENSIONS: Record<string, string> = { total: '全部', unit: '街道（乡镇）', trade: '行业', issueType: '问题类型' };

function sheets(d: TComplaintHotspots): Record<THotspotChart, TSheet> {
  return {
    units: {
      name: '街道（乡镇）',
      headers: ['街道（乡镇）', '区划代码', '投诉举报数', '经营主体数', '每千户投诉数', '经度', '纬度'],
      rows: d.units.map((u) => [u.unitName, u.unitCode, u.complaints, u.operators, u.rate, u.longitude, u.latitude]),
    },
    unitTrade: {
      name: '街道×行业',
      headers: ['街道（乡镇）', '行业', '投诉举报数', '经营主体数', '每千户投诉数'],
      rows: d.unitTrade.map((r) => [r.unitName, tradeName(r.trade), r.complaints, r.operators, r.rate]),
    },
    issueTypes: {
      name: '问题类型',
      headers: ['问题类型', '投诉举报数', '每千户投诉数', '占比(%)'],
      rows: d.issueTypes.map((r) => [issueName(r.issueType), r.complaints, r.rate, r.share]),
    },
    weekly: {
      name: '按周',
      headers: ['开始日期', '结束日期', '投诉举报数', '法定节假日天数', '节假日周'],
      rows: d.weekly.map((w) => [w.from, w.to, w.complaints, w.holidayDays, w.holidayWeek ? '是' : '否']),
    },
    spikes: {
      name: '异常升高',
      headers: ['维度', '对象', '本周', '基线均值', '基线标准差', 'z 值', '基线周数'],
      rows: d.spikes.map((s) => [
        DIMENSIONS[s.dimension],
        s.dimension === 'trade' ? tradeName(s.key) : s.dimension === 'issueType' ? issueName(s.key) : s.label,
        s.count,
        s.mean,
        s.sd,
        s.z,
        s.baselineWeeks,
      ]),
    },
    topOperators: {
      name: '投诉最多的经营主体',
      headers: ['经营主体', '街道（乡镇）', '行业', '本期投诉数', '上期投诉数', '每 30 天投诉数', '主要问题'],
      rows: d.topOperators.map((o) => [
        o.name,
        o.unitName,
        tradeName(o.trade),
        o.complaints,
        o.previousComplaints,
        o.perThirtyDays,
        o.topIssueType ? issueName(o.topIssueType) : null,
      ]),
    },
  };
}

export async function hotspotWorkbook(d: TComplaintHotspots, chart?: THotspotChart): Promise<Buffer> {
  const all = sheets(d);
  const workbook = new ExcelJS.Workbook();
  const info = workbook.addWorksheet('说明');
  info.addRows([
    ['投诉热点分析', `${d.from} 至 ${d.to}`],
    ['上一期', `${d.previous.from} 至 ${d.previous.to}`],
    ['每千户投诉数', '投诉举报数 ÷ 在册经营主体数 × 1000（经营主体按所在街道和行业计）'],
    ['异常升高', '截至结束日的 7 天与此前 8 个非节假日周的均值和标准差比较，z ≥ 2 且达到最少件数'],
  ]);
  info.getColumn(1).width = 16;
  info.getColumn(2).width = 80;
  for (const spec of chart ? [all[chart]] : Object.values(all)) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.headers.map((header, i) => ({ header, width: i === 0 ? 28 : 14 }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(spec.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
