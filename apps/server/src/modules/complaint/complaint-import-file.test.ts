import { describe, expect, it } from 'vitest';
import { suggestComplaintMapping } from '@shian/shared/complaint';
import { columnIndex, parseKind, parseReceivedAt, readRow } from './complaint-import-file.ts';

describe('12315 cells', () => {
  it('reads the platform’s time formats as China time and refuses impossible dates', () => {
    expect(parseReceivedAt('2026-03-05 14:22:10')?.toISOString()).toBe('2026-03-05T06:22:10.000Z');
    expect(parseReceivedAt('2026/3/5 14:22')?.toISOString()).toBe('2026-03-05T06:22:00.000Z');
    expect(parseReceivedAt('2026年3月5日 14时22分')?.toISOString()).toBe('2026-03-05T06:22:00.000Z');
    expect(parseReceivedAt('2026-03-05')?.toISOString()).toBe('2026-03-04T16:00:00.000Z');
    expect(parseReceivedAt('2026-02-30')).toBeNull();
    expect(parseReceivedAt('昨天')).toBeNull();
  });

  it('reads the kind, refusing a row that is both', () => {
    expect(parseKind('投诉')).toBe('complaint');
    expect(parseKind('举报')).toBe('report');
    expect(parseKind('投诉举报')).toBe('both');
    expect(parseKind('咨询')).toBeNull();
  });

  it('names the file’s own column in a row error', () => {
    const headers = ['登记编号', '受理时间', '投诉内容', '联系电话'];
    const mapping = suggestComplaintMapping(headers);
    const now = new Date('2026-11-01T00:00:00Z');
    const bad = readRow(2, ['', '2027-01-01', '', 'abc'], columnIndex(headers, mapping), mapping, 'zh-CN', now);
    expect(bad.complaint).toBeNull();
    expect(bad.errors).toEqual([
      { row: 2, field: '登记编号', message: '不能为空' },
      { row: 2, field: '受理时间', message: '不能晚于现在' },
      { row: 2, field: '投诉内容', message: '不能为空' },
      { row: 2, field: '联系电话', message: '不是电话号码：「abc」' },
    ]);
    const good = readRow(3, ['12315001', '2026-10-01 08:00', '买到过期牛奶', '139****5678'], columnIndex(headers, mapping), mapping, 'en', now);
    expect(good.errors).toEqual([]);
    expect(good.complaint).toMatchObject({ registrationNo: '12315001', kind: 'complaint', complainant: { name: '', phone: '139****5678' } });
  });
});
