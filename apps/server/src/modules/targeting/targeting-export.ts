// The weekly list as an .xlsx for the station: one row per visit, in route order.
import type { TAllocation, TAllocationItem } from '@shian/shared/targeting';
import type { TLang } from '@shian/shared/messages';
import type { TColumn } from '../../core/excel.ts';

type TRow = TAllocationItem & { index: number };

export function allocationColumns(lang: TLang): TColumn<TRow>[] {
  const en = lang === 'en';
  return [
    { header: en ? 'No.' : '序号', width: 6, value: (r) => r.index },
    { header: en ? 'Township unit' : '街道（乡镇）', width: 14, value: (r) => r.unitName },
    { header: en ? 'Operator' : '经营主体', width: 32, value: (r) => r.operatorName },
    { header: en ? 'Risk grade' : '风险等级', width: 8, value: (r) => r.riskGrade ?? '' },
    {
      header: en ? 'Why on the list' : '列入原因',
      width: 14,
      value: (r) => (r.reason === 'legal_minimum' ? (en ? 'legal minimum' : '法定频次') : en ? 'risk ranking' : '风险排名'),
    },
    { header: en ? 'Chance of a serious problem' : '发现严重问题的预测概率', width: 12, value: (r) => (r.probability === null ? '' : `${(r.probability * 100).toFixed(1)}%`) },
    { header: en ? 'Main reasons' : '主要原因', width: 60, value: (r) => r.reasons.map((x) => x.text).join(en ? '; ' : '；') },
    { header: en ? 'Already planned' : '已有计划', width: 10, value: (r) => (r.existingEntryId ? (en ? 'yes' : '是') : '') },
  ];
}

export async function* allocationRows(allocation: TAllocation): AsyncIterable<TRow[]> {
  yield allocation.items.map((item, i) => ({ ...item, index: i + 1 }));
}
