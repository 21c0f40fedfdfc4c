// The interview notice (约谈通知书) as a real Word document, laid out like the bureau's paper notices:
// 仿宋 body, a centred title, the notice number, the numbered arrangements, the bureau and date at the foot.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { COMPLAINT_ISSUE_TYPE_NAMES } from '@shian/shared/complaint';
import type { TInterview } from '@shian/shared/interview';

export type TNoticeParty = { bureauName: string; operatorName: string; uscc: string; address: string };

const BODY_FONT = '仿宋';
const TITLE_FONT = '宋体';
/** Sizes are in half-points: 三号 16 pt for the body, 二号 22 pt for the title. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;

/** 2026-04-10T01:30:00Z -> 2026年4月10日 09:30 (China time, as the notice is read in Huangpi). */
export function chinaDateTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${chinaDate(local.toISOString().slice(0, 10))} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

export function chinaDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const run = (text: string, options: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size ?? BODY_SIZE, font: options.font ?? BODY_FONT });

/** A body paragraph with the two-character first-line indent of Chinese official documents. */
const body = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLine: BODY_SIZE * 10 }, spacing: { line: 560 } });

export function complaintSentence(interview: Pick<TInterview, 'complaintsFrom' | 'complaintsTo' | 'complaintCounts'>): string {
  const { total, byIssueType } = interview.complaintCounts;
  const period = `${chinaDate(interview.complaintsFrom)}至${chinaDate(interview.complaintsTo)}`;
  if (total === 0) return `${period}，本局未收到涉及你单位的消费者投诉举报。`;
  const parts = byIssueType.map((r) => `${COMPLAINT_ISSUE_TYPE_NAMES[r.issueType as keyof typeof COMPLAINT_ISSUE_TYPE_NAMES]?.zh ?? '未分类'}${r.complaints}件`);
  return `${period}，本局共收到涉及你单位的消费者投诉举报${total}件，其中${parts.join('、')}。`;
}

export async function interviewNoticeDocx(interview: TInterview, party: TNoticeParty, issuedOn: string): Promise<Buffer> {
  const document = new Document({
    creator: party.bureauName,
    title: `行政约谈通知书 ${interview.noticeNo ?? ''}`.trim(),
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run('行政约谈通知书', { bold: true, size: TITLE_SIZE, font: TITLE_FONT })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(interview.noticeNo ?? '（未编号草稿）')] }),
          new Paragraph({ children: [run(`${party.operatorName}：`)] }),
          body(`（统一社会信用代码：${party.uscc}；地址：${party.address}）`),
          body(`${complaintSentence(interview)}${interview.reason}`),
          body(`根据${interview.legalBasis}的规定，本局决定对你单位进行行政约谈。现将有关事项通知如下：`),
          body(`一、约谈时间：${chinaDateTime(interview.scheduledAt)}`),
          body(`二、约谈地点：${interview.place}`),
          body(`三、参加人员：${interview.attendees}`),
          body(`四、联系人及电话：${interview.contactName}，${interview.contactPhone}`),
          body('请你单位按时参加，并如实说明情况、提出整改措施和承诺。约谈情况和整改情况将纳入你单位食品安全信用档案。'),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [run(party.bureauName)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(chinaDate(issuedOn))] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
