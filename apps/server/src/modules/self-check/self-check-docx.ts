// A self-check record as a Word document to print and file, in the layout the forms use: the title of its kind,
// the business, the period and who recorded it, then the daily points as a table (result, note, action), the
// weekly figures and summary, or the meeting's attendees, decisions and on-screen signatures; corrections
// appended after the period follow at the end, each with who and when.
import { AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { chinaToday } from '@shian/shared/working-days';
import { SELF_CHECK_KIND_NAMES, type TDailyContent, type TMonthlyContent, type TSelfCheck, type TWeeklyContent } from '@shian/shared/self-check';

const BODY_FONT = '仿宋';
const TITLE_FONT = '宋体';
/** Half-points: 小四 12 pt in tables, 四号 14 pt for the body, 二号 22 pt for the title. */
const TABLE_SIZE = 24;
const BODY_SIZE = 28;
const TITLE_SIZE = 44;
const SIGNATURE_BOX = { width: 120, height: 48 };
const PHOTO_BOX = { width: 200, height: 150 };

/** A stored JPEG with its size in pixels, to scale into a box. */
export type TDocxImage = { jpeg: Buffer; width: number; height: number };
export type TDocxSignature = TDocxImage & { name: string; role: string };

const RESULT_TEXT = { ok: '符合', problem: '有问题', na: '不适用' } as const;

/** 2026-01-20 -> 2026年1月20日 */
export const chinaDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const run = (text: string, options: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size ?? BODY_SIZE, font: options.font ?? BODY_FONT });
const para = (text: string, options: { bold?: boolean; size?: number } = {}) => new Paragraph({ spacing: { line: 420 }, children: [run(text, options)] });
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };
const cell = (text: string, width: number, bold = false) =>
  new TableCell({ borders, width: { size: width, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(text, { bold, size: TABLE_SIZE })] })] });

function periodText(record: TSelfCheck) {
  if (record.kind === 'daily') return `检查日期：${chinaDate(record.period)}`;
  if (record.kind === 'weekly') return `排查周期：${chinaDate(record.period)}至${chinaDate(record.periodEnd)}`;
  return `调度月份：${record.period.slice(0, 4)}年${Number(record.period.slice(5, 7))}月`;
}

function image(i: TDocxImage, box: { width: number; height: number }) {
  const scale = Math.min(box.width / i.width, box.height / i.height, 1);
  return new ImageRun({ type: 'jpg', data: i.jpeg, transformation: { width: Math.round(i.width * scale), height: Math.round(i.height * scale) } });
}

/** `photos`: the pictures of each problem point, by the point's key. */
function dailyBody(content: TDailyContent, photos: Map<string, TDocxImage[]>) {
  const widths = [6, 14, 36, 10, 17, 17];
  const header = new TableRow({ tableHeader: true, children: ['序号', '类别', '检查内容', '结果', '情况说明', '整改措施'].map((t, i) => cell(t, widths[i], true)) });
  const rows = content.items.map(
    (item, i) => new TableRow({ children: [String(i + 1), item.category, item.text, RESULT_TEXT[item.result], item.note, item.action].map((t, j) => cell(t, widths[j])) }),
  );
  const problems = content.items.filter((i) => i.result === 'problem').length;
  const pictured = content.items.flatMap((item, i) => (photos.get(item.key)?.length ? [{ item, n: i + 1 }] : []));
  return [
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    para(`共检查 ${content.items.length} 项，发现问题 ${problems} 项。`),
    ...(pictured.length > 0 ? [para('问题照片：', { bold: true })] : []),
    ...pictured.flatMap(({ item, n }) => [
      para(`第${n}项 ${item.text}`),
      new Paragraph({ children: photos.get(item.key)!.flatMap((photo) => [image(photo, PHOTO_BOX), run(' ')]) }),
    ]),
  ];
}

function weeklyBody(content: TWeeklyContent) {
  return [
    para(`本周排查发现风险隐患 ${content.hazardsFound} 项，已整改 ${content.fixed} 项，未整改 ${content.open} 项。`),
    para('排查治理情况：', { bold: true }),
    para(content.summary),
  ];
}

function monthlyBody(content: TMonthlyContent, signatures: TDocxSignature[]) {
  return [
    para(`会议日期：${chinaDate(content.meetingOn)}`),
    para(`参会人员：${content.attendees.join('、')}`),
    ...(content.summary ? [para('食品安全总监（食品安全员）工作汇报：', { bold: true }), para(content.summary)] : []),
    para('会议决定事项：', { bold: true }),
    ...content.decisions.map((d, i) => para(`${i + 1}. ${d}`)),
    para('参会人员签名：', { bold: true }),
    ...(signatures.length > 0 ? signatures.map((s) => new Paragraph({ children: [run(`${s.role} ${s.name}：`), image(s, SIGNATURE_BOX)] })) : [para('（未签名）')]),
  ];
}

export async function selfCheckDocx(record: TSelfCheck, bureauName: string, signatures: TDocxSignature[], photos: Map<string, TDocxImage[]>): Promise<Buffer> {
  const title = SELF_CHECK_KIND_NAMES[record.kind].zh;
  const c = record.content;
  const body = 'items' in c ? dailyBody(c, photos) : 'hazardsFound' in c ? weeklyBody(c) : monthlyBody(c, signatures);
  const document = new Document({
    creator: bureauName,
    title,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1247, right: 1247 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(title, { bold: true, size: TITLE_SIZE, font: TITLE_FONT })] }),
          para(`经营主体：${record.operatorName}`),
          para(periodText(record)),
          ...body,
          new Paragraph({ spacing: { before: 400 }, alignment: AlignmentType.RIGHT, children: [run(`记录人：${record.recordedByName}`)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`记录时间：${chinaDate(chinaToday(new Date(record.recordedAt)))}`)] }),
          ...(record.correctionList.length > 0
            ? [para('更正记录：', { bold: true }), ...record.correctionList.map((c) => para(`${chinaDate(chinaToday(new Date(c.at)))} ${c.byName}：${c.text}`))]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
