import { describe, expect, it } from 'vitest';
import { isIdNumber, maskAddress, maskName, redactPersonalData } from './penalty-redaction.ts';
import { documentTypeOf } from './case-evidence-file.ts';

const none = { personNames: [], addresses: [] };

describe('masking', () => {
  it('keeps the surname of a natural person', () => {
    expect(maskName('张三')).toBe('张某');
    expect(maskName('张小明')).toBe('张某某');
    expect(maskName('欧阳明')).toBe('欧阳某');
  });

  it('keeps the district and street of a home address', () => {
    expect(maskAddress('武汉市黄陂区前川街道正街12号3单元')).toBe('武汉市黄陂区前川街道（详细地址已隐去）');
    expect(maskAddress('黄陂区罗汉寺镇某村5组')).toBe('黄陂区罗汉寺镇（详细地址已隐去）');
  });

  it('tells an ID number from a credit code or an amount', () => {
    expect(isIdNumber('42011619800101000X')).toBe(true);
    expect(isIdNumber('420116198001010019')).toBe(false);
    expect(isIdNumber('914201160000000001')).toBe(false);
  });
});

describe('redactPersonalData', () => {
  it('masks ID numbers, mobiles and landlines, and leaves credit codes and amounts alone', () => {
    const text = '身份证号码：42011619800101000X；电话13912345678、027-61001234；统一社会信用代码91420116MA4K000000；罚款人民币100000元。';
    const out = redactPersonalData(text, none);
    expect(out).not.toContain('42011619800101000X');
    expect(out).toContain('******************');
    expect(out).not.toContain('13912345678');
    expect(out).toContain('139********');
    expect(out).not.toContain('61001234');
    expect(out).toContain('91420116MA4K000000');
    expect(out).toContain('100000元');
  });

  it("masks the case's natural persons and home address wherever they appear", () => {
    const text = '当事人：李小四\n住址：武汉市黄陂区前川街道正街12号\n经查，李小四于2026年3月在家中制售。';
    const out = redactPersonalData(text, { personNames: ['李小四'], addresses: ['武汉市黄陂区前川街道正街12号'] });
    expect(out).not.toContain('李小四');
    expect(out).toContain('李某某于2026年3月');
    expect(out).not.toContain('正街12号');
    expect(out).toContain('武汉市黄陂区前川街道（详细地址已隐去）');
  });

  it('masks labelled names it was not told about, but not businesses', () => {
    const out = redactPersonalData('法定代表人：王建国；证人：刘芳，联系人：赵六。当事人：黄陂区好味道餐厅；负责人（店长）：陈平。', none);
    expect(out).toContain('法定代表人：王某某');
    expect(out).toContain('证人：刘某');
    expect(out).toContain('联系人：赵某');
    expect(out).toContain('负责人（店长）：陈某');
    expect(out).toContain('当事人：黄陂区好味道餐厅');
  });

  it('masks labelled home addresses', () => {
    expect(redactPersonalData('家庭住址：黄陂区天河街道幸福路8号；', none)).toBe('家庭住址：黄陂区天河街道（详细地址已隐去）；');
  });

  it('is idempotent', () => {
    const once = redactPersonalData('负责人：王建国，电话13912345678', { personNames: ['王建国'], addresses: [] });
    expect(redactPersonalData(once, { personNames: ['王建国'], addresses: [] })).toBe(once);
  });
});

describe('evidence file types', () => {
  it('recognises PDF and Word by their bytes, and refuses a macro document', () => {
    expect(documentTypeOf(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    const zip = (names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join('\n'))]);
    expect(documentTypeOf(zip(['[Content_Types].xml', 'word/document.xml']))).toContain('wordprocessingml');
    expect(documentTypeOf(zip(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']))).toBeNull();
    expect(documentTypeOf(zip(['[Content_Types].xml', 'xl/workbook.xml']))).toBeNull();
    expect(documentTypeOf(Buffer.from('hello.pdf'))).toBeNull();
  });
});
