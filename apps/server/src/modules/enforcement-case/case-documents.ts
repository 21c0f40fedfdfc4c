// The case's documents from its data: the filing approval form (立案审批表) and the penalty decision
// (行政处罚决定书) as real Word files laid out like the bureau's paper forms, and the decision's plain text,
// which — with personal data masked — is what gets published (公示规定 第七条: the published decision
// matches the one delivered, apart from the masking).
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { EVIDENCE_KIND_NAMES, type TCaseOutcome, type TEvidenceKind, type TPartyKind, type TPenalty } from '@shian/shared/enforcement-case';

/** What the documents say, gathered by the service from the case, its lead, steps and evidence. */
export type TCaseDocumentData = {
  bureauName: string;
  caseNo: string | null;
  cause: string;
  partyName: string;
  partyKind: TPartyKind;
  partyCode: string | null;
  /** A natural person's ID number, in clear: the documents go to the party (the published text masks it). */
  partyIdNumber: string | null;
  partyAddress: string | null;
  partyRepresentative: string | null;
  leadSourceName: string;
  leadDiscoveredOn: string;
  leadSummary: string;
  assessmentReason: string | null;
  filedByName: string | null;
  proposedOn: string;
  filingApproval: { text: string; byName: string | null; on: string } | null;
  filedOn: string | null;
  evidence: { title: string; kind: TEvidenceKind }[];
  noticeOn: string | null;
  notice: { hearingRight: boolean } | null;
  statement: string | null;
  hearingHeldOn: string | null;
  outcome: TCaseOutcome | null;
  decision: TPenalty | null;
  /** The facts found, for a penalty or none. */
  decisionFacts: string | null;
  noPenaltyReason: string | null;
  decisionNo: string | null;
  decidedOn: string | null;
  /** The decision is one that gets published (the document tells the party so). */
  published: boolean;
};

const BODY_FONT = '仿宋';
const TITLE_FONT = '宋体';
/** Half-points: 三号 16 pt body, 二号 22 pt title, 四号 14 pt in tables. */
const BODY_SIZE = 32;
const TITLE_SIZE = 44;
const TABLE_SIZE = 28;

export function chinaDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const yuan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** The sanctions as the decision lists them, in the order of 行政处罚法 第九条. */
export function penaltyItems(d: TCaseDocumentData): string[] {
  const decision = d.decision;
  if (!decision) return [];
  const items: string[] = [];
  if (decision.kinds.includes('warning')) items.push('警告');
  if (decision.kinds.includes('confiscation'))
    items.push(`没收${decision.confiscation || '违法所得和违法生产经营的食品'}${decision.illegalGains ? `（违法所得人民币${yuan(decision.illegalGains)}元）` : ''}`);
  if (decision.kinds.includes('fine') && decision.fineAmount !== null) items.push(`罚款人民币${yuan(decision.fineAmount)}元`);
  if (decision.kinds.includes('suspension')) items.push('责令停产停业');
  if (decision.kinds.includes('licence_revocation')) items.push('吊销食品生产经营许可证');
  return items;
}

function partyLines(d: TCaseDocumentData): string[] {
  const lines = [`当事人：${d.partyName}`];
  if (d.partyKind === 'organisation') {
    lines.push(
      [d.partyCode && `统一社会信用代码：${d.partyCode}`, d.partyAddress && `住所：${d.partyAddress}`, d.partyRepresentative && `法定代表人（负责人）：${d.partyRepresentative}`]
        .filter(Boolean)
        .join('；'),
    );
  } else {
    lines.push([d.partyIdNumber && `身份证号码：${d.partyIdNumber}`, d.partyAddress && `住址：${d.partyAddress}`].filter(Boolean).join('；'));
  }
  return lines.filter((l) => l.length > 0);
}

/** The district government reviews a county-level department's decisions (行政复议法 2023 第二十四条). */
const reviewBody = (bureauName: string) => bureauName.replace(/市场监督管理局$/, '人民政府');

/** The penalty decision as paragraphs: title, number, party, then the body. */
export function decisionParagraphs(d: TCaseDocumentData): { title: string; number: string; party: string[]; body: string[] } {
  const decision = d.decision;
  const body: string[] = [];
  body.push(`${chinaDate(d.filedOn!)}，本局依法对当事人${d.cause}立案调查。`);
  body.push(`经查：${d.decisionFacts ?? ''}`);
  if (d.evidence.length) {
    body.push(`以上事实，有下列证据证明：${d.evidence.map((e, i) => `${i + 1}. ${e.title}（${EVIDENCE_KIND_NAMES[e.kind]}）`).join('；')}。`);
  }
  if (d.noticeOn) {
    const rights = d.notice?.hearingRight ? '陈述、申辩和要求听证' : '陈述、申辩';
    let heard = d.statement ? `当事人提出了陈述、申辩意见：${d.statement}。本局对当事人提出的事实、理由和证据进行了复核。` : '当事人在规定期限内未提出陈述、申辩意见。';
    if (d.hearingHeldOn) heard += `本局于${chinaDate(d.hearingHeldOn)}依法组织了听证。`;
    body.push(`本局于${chinaDate(d.noticeOn)}向当事人告知了拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有${rights}的权利。${heard}`);
  }
  if (decision) {
    body.push(`当事人的上述行为违反了《${decision.basisLaw}》的有关规定。依据${decision.basisText}的规定，本局决定对当事人作出如下行政处罚：`);
    body.push(...penaltyItems(d).map((item, i) => `${CHINESE_ORDINALS[i]}、${item}。`));
    if (decision.fineAmount) {
      body.push(
        '当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款（《中华人民共和国行政处罚法》第六十七条）。到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（第七十二条）。',
      );
    }
  } else {
    body.push(`本局决定对当事人不予行政处罚。理由：${d.noPenaltyReason ?? ''}`);
  }
  body.push(`当事人如不服本决定，可以自收到本决定书之日起六十日内向${reviewBody(d.bureauName)}申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。`);
  if (d.published) body.push('根据《市场监督管理行政处罚信息公示规定》，本行政处罚信息将通过国家企业信用信息公示系统向社会公示。');
  return {
    title: decision ? '行政处罚决定书' : '不予行政处罚决定书',
    number: d.decisionNo ?? '（审批中，尚未编号）',
    party: partyLines(d),
    body,
  };
}

/** The decision's full text, as delivered (and, once masked, as published). */
export function decisionText(d: TCaseDocumentData): string {
  const p = decisionParagraphs(d);
  return [p.title, p.number, ...p.party, ...p.body, d.bureauName, d.decidedOn ? chinaDate(d.decidedOn) : ''].filter(Boolean).join('\n');
}

/** 行政处罚信息摘要 (公示规定 第四条): number, party, the violation, the penalty, the bureau and the date. */
export function decisionSummary(d: TCaseDocumentData): string {
  const party = d.partyKind === 'organisation' && d.partyCode ? `${d.partyName}（统一社会信用代码 ${d.partyCode}）` : d.partyName;
  return [
    `决定书文号：${d.decisionNo}`,
    `当事人：${party}`,
    `违法行为类型：${d.cause}`,
    `处罚依据：${d.decision?.basisText ?? ''}`,
    `处罚内容：${penaltyItems(d).join('；')}`,
    `处罚机关：${d.bureauName}`,
    `处罚日期：${d.decidedOn ? chinaDate(d.decidedOn) : ''}`,
  ].join('；');
}

const run = (text: string, options: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size ?? BODY_SIZE, font: options.font ?? BODY_FONT });
const bodyParagraph = (text: string) => new Paragraph({ children: [run(text)], indent: { firstLine: BODY_SIZE * 10 }, spacing: { line: 560 } });
const centred = (text: string, size: number, bold = false, font = BODY_FONT) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(text, { size, bold, font })] });
const PAGE = { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } };

export async function decisionDocx(d: TCaseDocumentData): Promise<Buffer> {
  const p = decisionParagraphs(d);
  const document = new Document({
    creator: d.bureauName,
    title: `${p.title} ${p.number}`,
    sections: [
      {
        properties: PAGE,
        children: [
          centred(d.bureauName, TITLE_SIZE, true, TITLE_FONT),
          centred(p.title, TITLE_SIZE, true, TITLE_FONT),
          centred(p.number, BODY_SIZE),
          ...p.party.map((line) => new Paragraph({ children: [run(line)], spacing: { line: 560 } })),
          ...p.body.map(bodyParagraph),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [run(d.bureauName)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(d.decidedOn ? chinaDate(d.decidedOn) : '（审批后填写日期）')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: text.split('\n').map((line) => new Paragraph({ children: [run(line, { size: TABLE_SIZE, bold })], spacing: { before: 60, after: 60 } })),
  });

export async function filingFormDocx(d: TCaseDocumentData): Promise<Buffer> {
  const rows: [string, string][] = [
    ['案件来源', `${d.leadSourceName}（${chinaDate(d.leadDiscoveredOn)}发现）`],
    ['案由', d.cause],
    ['当事人', d.partyName],
    [d.partyKind === 'organisation' ? '统一社会信用代码' : '身份证号码', (d.partyKind === 'organisation' ? d.partyCode : d.partyIdNumber) ?? ''],
    [d.partyKind === 'organisation' ? '住所' : '住址', d.partyAddress ?? ''],
    ['法定代表人（负责人）', d.partyRepresentative ?? ''],
    ['简要案情', d.leadSummary],
    ['立案理由及依据', d.assessmentReason ?? ''],
    ['承办人意见', `建议立案调查。\n承办人：${d.filedByName ?? ''}    ${chinaDate(d.proposedOn)}`],
    ['负责人审批意见', d.filingApproval ? `${d.filingApproval.text}\n负责人：${d.filingApproval.byName ?? ''}    ${chinaDate(d.filingApproval.on)}` : '（待审批）'],
  ];
  const document = new Document({
    creator: d.bureauName,
    title: `立案审批表 ${d.caseNo ?? ''}`.trim(),
    sections: [
      {
        properties: PAGE,
        children: [
          centred(d.bureauName, TITLE_SIZE, true, TITLE_FONT),
          centred('立案审批表', TITLE_SIZE, true, TITLE_FONT),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 200 }, children: [run(d.caseNo ?? '（立案后编号）', { size: TABLE_SIZE })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, 25, true), cell(value, 75)] })),
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
