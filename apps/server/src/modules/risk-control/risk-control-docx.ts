// The adopted risk control list (食品安全风险管控清单) as a Word document to print and post: the business, its
// points grouped by category in a numbered table, the points marked not applicable, and the officer's and the
// director's names with lines to sign.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { TControlPoint, TRiskControlKind } from '@shian/shared/risk-control';

const BODY_FONT = '仿宋';
const TITLE_FONT = '宋体';
/** Sizes are in half-points: 四号 14 pt for the body, 五号 10.5 pt in the table, 二号 22 pt for the title. */
const BODY_SIZE = 28;
const TABLE_SIZE = 21;
const TITLE_SIZE = 44;

export const KIND_TITLE: Record<TRiskControlKind, string> = {
  production: '食品生产企业',
  sales: '食品销售者',
  catering: '餐饮服务提供者',
  canteen: '单位食堂',
  small_workshop: '食品小作坊',
};

export type TRiskControlDoc = {
  bureauName: string;
  operatorName: string;
  kind: TRiskControlKind;
  templateVersion: number;
  points: TControlPoint[];
  notApplicable: TControlPoint[];
  officerName: string | null;
  directorName: string | null;
  adoptedOn: string;
};

/** 2026-01-20 -> 2026年1月20日 */
const chinaDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const run = (text: string, options: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size ?? BODY_SIZE, font: options.font ?? BODY_FONT });

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };

const cell = (text: string, width: number, options: { bold?: boolean; center?: boolean } = {}) =>
  new TableCell({
    borders,
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { bold: options.bold, size: TABLE_SIZE })] })],
  });

function pointsTable(points: TControlPoint[]) {
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell('序号', 8, { bold: true, center: true }),
      cell('类别', 16, { bold: true, center: true }),
      cell('风险管控措施', 60, { bold: true, center: true }),
      cell('落实情况', 16, { bold: true, center: true }),
    ],
  });
  const rows = points.map(
    (p, i) =>
      new TableRow({ cantSplit: true, children: [cell(String(i + 1), 8, { center: true }), cell(p.category, 16), cell(p.text, 60), cell('□是 □否', 16, { center: true })] }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export async function riskControlDocx(doc: TRiskControlDoc): Promise<Buffer> {
  const title = `${KIND_TITLE[doc.kind]}食品安全风险管控清单`;
  const document = new Document({
    creator: doc.bureauName,
    title,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1247, right: 1247 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(title, { bold: true, size: TITLE_SIZE, font: TITLE_FONT })] }),
          new Paragraph({ children: [run(`经营主体：${doc.operatorName}`)] }),
          new Paragraph({ children: [run(`模板版本：第 ${doc.templateVersion} 版    采用日期：${chinaDate(doc.adoptedOn)}`)] }),
          new Paragraph({ spacing: { after: 200 }, children: [run(`适用管控措施共 ${doc.points.length} 项`)] }),
          pointsTable(doc.points),
          ...(doc.notApplicable.length
            ? [
                new Paragraph({ spacing: { before: 300 }, children: [run('经本单位评估不适用的项目：', { bold: true })] }),
                ...doc.notApplicable.map((p, i) => new Paragraph({ children: [run(`${i + 1}. 〔${p.category}〕${p.text}`, { size: TABLE_SIZE })] })),
              ]
            : []),
          new Paragraph({ spacing: { before: 600 }, children: [run(`食品安全员：${doc.officerName ?? '____________'}    签字：____________`)] }),
          new Paragraph({ spacing: { before: 200 }, children: [run(`食品安全总监：${doc.directorName ?? '____________'}    签字：____________`)] }),
          new Paragraph({ spacing: { before: 400 }, alignment: AlignmentType.RIGHT, children: [run(`${doc.operatorName}（盖章）`)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(chinaDate(doc.adoptedOn))] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
