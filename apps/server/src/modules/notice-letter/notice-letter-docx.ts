// The two notices and the letter as real Word documents in the bureau's official layout (the interview notice's:
// 仿宋 三号 body with a two-character indent, a 宋体 二号 title, the number under it, the addressee, the body, the
// answer deadline, the seal line and date at the foot, and the receipt line the addressee signs).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { NOTICE_LETTER_KIND_NAMES, type TNoticeLetter } from '@shian/shared/notice-letter';
import { chinaToday } from '@shian/shared/working-days';

const BODY_FONT = '仿宋';
const TITLE_FONT = '宋体';
/** Sizes are in half-points: 三号 16 pt for the body, 二号 22 pt for the title. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;

/** 2026-04-10 -> 2026年4月10日 */
export function chinaDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const run = (text: string, options: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size ?? BODY_SIZE, font: options.font ?? BODY_FONT });

const body = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLine: BODY_SIZE * 10 }, spacing: { line: 560 } });
const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] });

/** What the deadline asks, by kind. */
const DEADLINE: Record<TNoticeLetter['kind'], string> = {
  rectification: '请你单位按上述要求认真整改，并于{date}前将整改情况（附整改前后照片等材料）书面回复本局。逾期未整改或整改不到位的，本局将依法处理。',
  interview: '请于{date}前回复确认参加约谈的人员。',
  reminder: '请于{date}前将落实情况书面回复本局。',
};

export async function noticeLetterDocx(letter: TNoticeLetter, bureauName: string, issuedOn: string): Promise<Buffer> {
  const title = NOTICE_LETTER_KIND_NAMES[letter.kind].zh;
  const receipt = letter.signerName
    ? `签收人：${letter.signerName}    签收日期：${letter.deliveredAt ? chinaDate(chinaToday(new Date(letter.deliveredAt))) : ''}`
    : '签收人：____________    签收日期：______年____月____日';
  const document = new Document({
    creator: bureauName,
    title: `${title} ${letter.number ?? ''}`.trim(),
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(title, { bold: true, size: TITLE_SIZE, font: TITLE_FONT })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [run(letter.number ?? '（未编号草稿）')] }),
          new Paragraph({ children: [run(`${letter.addressee}：`)] }),
          ...letter.body
            .split(/\n+/)
            .filter((line) => line.trim() !== '')
            .map((line) => body(line.trim())),
          body(DEADLINE[letter.kind].replace('{date}', chinaDate(letter.answerDueOn))),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [run(`${bureauName}（印章）`)] }),
          right(chinaDate(issuedOn)),
          new Paragraph({ spacing: { before: 600 }, children: [run(receipt)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
