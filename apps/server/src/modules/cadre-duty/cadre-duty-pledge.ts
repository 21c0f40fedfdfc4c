// The pledge (食品安全责任与任务承诺书) as a real Word document to print and file: the title, the level's text the
// cadre was given, the cadre's name, post and unit, and the on-screen signature with its date when signed.
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { PLEDGE_TITLE } from '@shian/shared/cadre-duty';

const BODY_FONT = '仿宋';
const TITLE_FONT = '宋体';
/** Sizes are in half-points: 三号 16 pt for the body, 二号 22 pt for the title. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;

export type TPledgeParty = { bureauName: string; year: number; cadreName: string; post: string; unitName: string; lines: string[] };
export type TPledgeSignature = { jpeg: Buffer; signedOn: string; width: number; height: number } | null;

/** The signature fits a 200 × 80 pt box, keeping its proportions. */
const SIGNATURE_BOX = { width: 200, height: 80 };

/** 2026-01-20 -> 2026年1月20日 */
export const chinaDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const run = (text: string, options: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size ?? BODY_SIZE, font: options.font ?? BODY_FONT });

const right = (children: (TextRun | ImageRun)[]) => new Paragraph({ alignment: AlignmentType.RIGHT, children });

function signatureImage(signature: NonNullable<TPledgeSignature>) {
  const scale = Math.min(SIGNATURE_BOX.width / signature.width, SIGNATURE_BOX.height / signature.height);
  return new ImageRun({ type: 'jpg', data: signature.jpeg, transformation: { width: Math.round(signature.width * scale), height: Math.round(signature.height * scale) } });
}

export async function pledgeDocx(party: TPledgeParty, signature: TPledgeSignature): Promise<Buffer> {
  const document = new Document({
    creator: party.bureauName,
    title: `${party.year}年度${PLEDGE_TITLE}`,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 400 },
            children: [run(`${party.year}年度${PLEDGE_TITLE}`, { bold: true, size: TITLE_SIZE, font: TITLE_FONT })],
          }),
          ...party.lines.map((line) => new Paragraph({ children: [run(line)], indent: { firstLine: BODY_SIZE * 10 }, spacing: { line: 560 } })),
          new Paragraph({ spacing: { before: 600 }, alignment: AlignmentType.RIGHT, children: [run(`承诺人：${party.cadreName}`)] }),
          right([run(`职务：${party.post}（${party.unitName}）`)]),
          ...(signature
            ? [right([run('签名：'), signatureImage(signature)]), right([run(chinaDate(signature.signedOn))])]
            : [right([run('签名：____________')]), right([run('年    月    日')])]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
