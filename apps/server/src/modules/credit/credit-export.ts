// The export to the national credit publicity system (国家企业信用信息公示系统): one sheet per kind of
// record, columns named after the system's fields. The format is documented in docs/credit-export.md.
import ExcelJS from 'exceljs';
import { EXIT_REASON_NAMES, LISTING_GROUNDS, type TCreditExportQuery, type TCreditPenalty, type TListingGround } from '@shian/shared/credit';
import { LICENCE_KIND_NAMES } from '@shian/shared/dictionary';
import { PENALTY_KIND_NAMES } from '@shian/shared/enforcement-case';
import type { TSessionUser } from '../../core/access.ts';
import type { TContext } from '../../core/context.ts';
import { getOrganisation } from '../org/org.public.ts';
import { licencesIssuedBetween, operatorIdentitiesOf, operatorIdsInScopeAfter, operatorScopeOf } from '../operator/operator.public.ts';
import { closedInspectionsBetween } from '../inspection/inspection.public.ts';
import { creditPenaltiesOf } from './credit-penalties.ts';
import * as repo from './credit.repository.ts';

const LIST_BASIS = '《市场监督管理严重违法失信名单管理办法》';

const INSPECTION_KIND_TEXT: Record<string, string> = { routine: '日常监督检查', unannounced: '飞行检查', follow_up: '跟踪检查（复查）' };
const INSPECTION_RESULT_TEXT: Record<string, string> = { conforming: '符合', basically_conforming: '基本符合', nonconforming: '不符合' };

type TCell = string | number | null;
export type TCreditSheet = { name: string; headers: string[]; rows: TCell[][] };

/** The sheets and their columns, in order: the documented format. */
export const CREDIT_EXPORT_HEADERS = {
  行政许可信息: ['统一社会信用代码', '企业名称', '许可文件编号', '许可文件名称', '有效期自', '有效期至', '许可机关', '许可内容'],
  行政处罚信息: [
    '统一社会信用代码',
    '企业名称',
    '行政处罚决定书文号',
    '违法行为类型',
    '行政处罚内容',
    '罚没金额（元）',
    '作出行政处罚决定机关名称',
    '作出行政处罚决定日期',
    '公示日期',
  ],
  严重违法失信名单信息: ['统一社会信用代码', '企业名称', '列入日期', '列入事由', '行政处罚决定书文号', '作出决定机关（列入）', '移出日期', '移出事由', '作出决定机关（移出）'],
  抽查检查结果信息: ['统一社会信用代码', '企业名称', '检查实施机关', '检查类型', '检查日期', '检查结果'],
} as const;

const groundsText = (grounds: TListingGround[]) => grounds.map((g) => `${LIST_BASIS}${LISTING_GROUNDS[g].article}：${LISTING_GROUNDS[g].zh}`).join('；');

function penaltyContent(p: Pick<TCreditPenalty, 'kinds' | 'fineAmount'>): string {
  return p.kinds.map((k) => (k === 'fine' && p.fineAmount !== null ? `罚款人民币 ${p.fineAmount} 元` : PENALTY_KIND_NAMES[k].zh)).join('；');
}

const PAGE = 1000;

/** Published penalty decisions of operators in scope decided in the period, fetched operator batch by batch. */
async function penaltiesBetween(ctx: TContext, user: TSessionUser, query: TCreditExportQuery) {
  const scope = operatorScopeOf(user);
  const found: (TCreditPenalty & { operatorId: string })[] = [];
  for (let afterId: string | null = null; ; ) {
    const ids = await operatorIdsInScopeAfter(ctx.db, scope, afterId, PAGE);
    if (ids.length === 0) break;
    const batch = await creditPenaltiesOf(ctx.db, ids, { publishedOnly: true });
    found.push(...batch.filter((p) => p.decidedOn >= query.from && p.decidedOn <= query.to));
    afterId = ids[ids.length - 1];
  }
  return found.sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.decisionNo.localeCompare(b.decisionNo));
}

export async function creditExportSheets(ctx: TContext, user: TSessionUser, query: TCreditExportQuery): Promise<TCreditSheet[]> {
  const scope = operatorScopeOf(user);
  const authority = (await getOrganisation(ctx.db, user.bureauId)).bureau.name;
  const licences = await licencesIssuedBetween(ctx.db, scope, query.from, query.to);
  const penalties = await penaltiesBetween(ctx, user, query);
  const entries = await repo.entriesForExport(ctx.db, scope, query.from, query.to);
  const penaltyOperators = new Map((await operatorIdentitiesOf(ctx.db, [...new Set(penalties.map((p) => p.operatorId))])).map((o) => [o.id, o]));
  const inspections = await closedInspectionsBetween(ctx.db, scope, query.from, query.to, { publishedOnly: true });
  const exitIn = (on: string | null) => on !== null && on >= query.from && on <= query.to;
  return [
    {
      name: '行政许可信息',
      headers: [...CREDIT_EXPORT_HEADERS.行政许可信息],
      rows: licences.map(({ licence: l, operatorName, uscc }) => [
        uscc,
        operatorName,
        l.number,
        LICENCE_KIND_NAMES[l.kind]?.zh ?? l.kind,
        l.issuedOn,
        l.expiresOn,
        authority,
        l.scope,
      ]),
    },
    {
      name: '行政处罚信息',
      headers: [...CREDIT_EXPORT_HEADERS.行政处罚信息],
      rows: penalties.map((p) => {
        const o = penaltyOperators.get(p.operatorId);
        return [o?.uscc ?? '', o?.name ?? '', p.decisionNo, p.legalBasis, penaltyContent(p), p.fineAmount, authority, p.decidedOn, p.publishedAt?.slice(0, 10) ?? null];
      }),
    },
    {
      name: '严重违法失信名单信息',
      headers: [...CREDIT_EXPORT_HEADERS.严重违法失信名单信息],
      rows: entries.map((e) => {
        const exited = exitIn(e.exitedOn);
        return [
          e.uscc,
          e.operatorName,
          e.listedOn,
          groundsText(e.grounds),
          e.penaltyDecisionNo,
          e.authority,
          exited ? e.exitedOn : null,
          exited && e.exitReason ? `${EXIT_REASON_NAMES[e.exitReason].zh}（${LIST_BASIS}${EXIT_REASON_NAMES[e.exitReason].article}）` : null,
          exited ? e.authority : null,
        ];
      }),
    },
    {
      name: '抽查检查结果信息',
      headers: [...CREDIT_EXPORT_HEADERS.抽查检查结果信息],
      rows: inspections.map((i) => [i.uscc, i.operatorName, authority, INSPECTION_KIND_TEXT[i.kind] ?? i.kind, i.inspectedOn, INSPECTION_RESULT_TEXT[i.result ?? ''] ?? i.result]),
    },
  ];
}

export async function creditWorkbook(sheets: TCreditSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.headers.map((header) => ({ header, width: header === '列入事由' || header === '行政处罚内容' ? 48 : 22 }));
    sheet.getRow(1).font = { bold: true };
    // Codes and dates are written as text, so a spreadsheet never turns 9142… into 9.14E+17 or a date serial.
    sheet.addRows(spec.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
