// The .xlsx of the complaint list: what was complained about and how it was handled. The complainant's
// contacts are not a column, whatever the role: an export leaves the platform's access control behind.
import {
  COMPLAINT_CHANNEL_NAMES,
  COMPLAINT_ISSUE_TYPE_NAMES,
  COMPLAINT_KIND_NAMES,
  COMPLAINT_MATCH_STATUS_NAMES,
  COMPLAINT_OUTCOME_NAMES,
  COMPLAINT_STATUS_NAMES,
  COMPLAINT_TRADE_NAMES,
  type TComplaint,
} from '@shian/shared/complaint';
import { chinaToday } from '@shian/shared/working-days';
import type { TColumn } from '../../core/excel.ts';

const at = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : null);
const zh = <K extends string>(names: Record<K, { zh: string }>, key: K | null) => (key ? names[key].zh : null);

export const COMPLAINT_EXPORT_COLUMNS: TColumn<TComplaint>[] = [
  { header: '登记编号', width: 22, value: (c) => c.registrationNo },
  { header: '类型', width: 8, value: (c) => zh(COMPLAINT_KIND_NAMES, c.kind) },
  { header: '来源', width: 12, value: (c) => zh(COMPLAINT_CHANNEL_NAMES, c.channel) },
  { header: '登记时间', width: 18, value: (c) => at(c.receivedAt) },
  { header: '被投诉举报经营者', width: 32, value: (c) => c.namedBusiness },
  { header: '涉事地址', width: 36, value: (c) => c.namedAddress },
  { header: '匹配的经营主体', width: 32, value: (c) => c.operatorName },
  { header: '匹配状态', width: 10, value: (c) => zh(COMPLAINT_MATCH_STATUS_NAMES, c.matchStatus) },
  { header: '匹配置信度', width: 10, value: (c) => c.matchConfidence },
  { header: '街道（乡镇）', width: 16, value: (c) => c.unitName },
  { header: '办理单位', width: 20, value: (c) => c.stationName },
  { header: '行业', width: 14, value: (c) => zh(COMPLAINT_TRADE_NAMES, c.trade) },
  { header: '问题类型', width: 16, value: (c) => zh(COMPLAINT_ISSUE_TYPE_NAMES, c.issueType) },
  { header: '内容', width: 60, value: (c) => c.description },
  { header: '状态', width: 10, value: (c) => zh(COMPLAINT_STATUS_NAMES, c.status) },
  { header: '受理期限', width: 12, value: (c) => c.acceptDueOn },
  { header: '办结期限', width: 12, value: (c) => c.completeDueOn },
  { header: '逾期', width: 6, value: (c) => (c.overdue ? '是' : '否') },
  { header: '办理结果', width: 16, value: (c) => zh(COMPLAINT_OUTCOME_NAMES, c.outcome) },
  { header: '办理情况', width: 40, value: (c) => c.result },
  { header: '办结日期', width: 12, value: (c) => (c.closedAt ? chinaToday(new Date(c.closedAt)) : null) },
];
