// Complaint rows for the hotspot, interview and ODR tests, written straight to the table so that each
// test says only the facts that matter to it (when, which business or unit, trade, issue type).
import { eq } from 'drizzle-orm';
import type { TComplaintIssueType, TComplaintTrade } from '@shian/shared/complaint';
import type { TTestPlatform } from './test-platform.ts';
import { complaint } from '../modules/complaint/complaint.schema.ts';
import { operator } from '../modules/operator/operator.schema.ts';
import { bureau } from '../modules/org/org.schema.ts';

let serial = 0;

export type TTestComplaint = {
  /** A China date (noon that day) or an ISO instant. */
  receivedAt: string;
  operatorId?: string | null;
  /** For an unmatched complaint: the unit of the named address. */
  unitCode?: string | null;
  trade?: TComplaintTrade | null;
  issueType?: TComplaintIssueType | null;
  closed?: boolean;
};

export async function insertComplaints(platform: TTestPlatform, rows: TTestComplaint[]): Promise<string[]> {
  const db = platform.ctx.db;
  const [{ id: bureauId }] = await db.select({ id: bureau.id }).from(bureau);
  const ids: string[] = [];
  for (const row of rows) {
    serial += 1;
    const operatorUnit = row.operatorId ? (await db.select({ unitCode: operator.unitCode }).from(operator).where(eq(operator.id, row.operatorId)))[0]?.unitCode : null;
    const receivedAt = new Date(/^\d{4}-\d{2}-\d{2}$/.test(row.receivedAt) ? `${row.receivedAt}T12:00:00+08:00` : row.receivedAt);
    const [inserted] = await db
      .insert(complaint)
      .values({
        bureauId,
        registrationNo: `T${process.pid}-${serial}`,
        kind: 'complaint',
        channel: 'staff',
        receivedAt,
        namedBusiness: '测试经营者',
        description: '在该店购买的食品有问题，要求处理',
        operatorId: row.operatorId ?? null,
        matchStatus: row.operatorId ? 'matched' : 'unmatched',
        unitCode: operatorUnit ?? row.unitCode ?? null,
        trade: row.trade === undefined ? 'catering' : row.trade,
        issueType: row.issueType === undefined ? 'hygiene' : row.issueType,
        status: row.closed ? 'closed' : 'received',
        closedAt: row.closed ? receivedAt : null,
      })
      .returning({ id: complaint.id });
    ids.push(inserted.id);
  }
  return ids;
}

/** `count` complaints spread over the seven days ending on `to` (noon each day, China time). */
export function week(to: string, count: number, fields: Omit<TTestComplaint, 'receivedAt'>): TTestComplaint[] {
  const end = Date.parse(`${to}T12:00:00+08:00`);
  return Array.from({ length: count }, (_, i) => ({ ...fields, receivedAt: new Date(end - (i % 7) * 86_400_000).toISOString() }));
}
