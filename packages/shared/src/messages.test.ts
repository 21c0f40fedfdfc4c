import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldLabel, localizeIssue, pickLang } from './messages.ts';
import { ZOperatorCreate } from './operator.ts';
import { ZComplaintCreate } from './complaint.ts';

const badUscc = '91420116MA4K00000X'; // check character should be U

function issues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected the value to be refused');
  return result.error.issues;
}

describe('localized validation messages', () => {
  it('words our own reasons as "field label: reason" in Chinese and English', () => {
    const [issue] = issues(ZOperatorCreate.pick({ uscc: true }), { uscc: badUscc });
    expect(localizeIssue(issue, 'zh-CN')).toEqual({ path: 'uscc', message: '统一社会信用代码：校验位不正确' });
    expect(localizeIssue(issue, 'en')).toEqual({ path: 'uscc', message: 'Credit code: has a wrong check character' });
  });

  it('labels nested paths by their field names, ignoring array indexes', () => {
    const op = ZOperatorCreate.pick({ licences: true });
    const [issue] = issues(op, {
      licences: [{ kind: 'trade', number: 'JY94201160000011', scope: '热食类', issuedOn: '2024-01-01', expiresOn: '2029-01-01' }],
    });
    expect(localizeIssue(issue, 'zh-CN')).toEqual({
      path: 'licences.0.number',
      message: '许可证编号：应为 JY 加 14 位数字（首位为 1-3）',
    });
    expect(localizeIssue(issue, 'en').message).toBe('Licence number: must be JY followed by 14 digits (the first 1-3)');
  });

  it("words zod's built-in errors in the request's language", () => {
    const [wrongType] = issues(ZOperatorCreate.pick({ name: true }), { name: 123 });
    const zh = localizeIssue(wrongType, 'zh-CN');
    const en = localizeIssue(wrongType, 'en');
    expect(zh.path).toBe('name');
    expect(zh.message).toMatch(/^名称：无效输入/);
    expect(zh.message).not.toMatch(/Invalid input/);
    expect(en.message).toBe('Name: Invalid input: expected string, received number');

    const [badEnum] = issues(ZOperatorCreate.pick({ type: true }), { type: 'bakery' });
    expect(localizeIssue(badEnum, 'zh-CN').message).toMatch(/^主体类型：无效选项/);
    expect(localizeIssue(badEnum, 'en').message).toMatch(/^Type: Invalid option/);
  });

  it("labels a complaint's kind as a kind, not an inspection's", () => {
    const [badKind] = issues(ZComplaintCreate, { kind: 'praise', description: '吃了以后肚子疼，店家不承认' });
    expect(badKind.path).toEqual(['kind']);
    expect(localizeIssue(badKind, 'zh-CN').message).toMatch(/^类型：无效选项/);
    expect(localizeIssue(badKind, 'en').message).toMatch(/^Kind: Invalid option/);
  });

  it('names an unknown key, labelled as the request itself', () => {
    const [unknown] = issues(ZOperatorCreate.pick({ name: true }), { name: '店', owner: 'x' });
    expect(localizeIssue(unknown, 'zh-CN')).toEqual({ path: '', message: '请求：出现未知的键(key): "owner"' });
    expect(localizeIssue(unknown, 'en')).toEqual({ path: '', message: 'Request: Unrecognized key: "owner"' });
  });

  it('falls back to the path for fields without a label', () => {
    expect(fieldLabel(['somethingElse'], 'zh-CN')).toBe('somethingElse');
    expect(fieldLabel([], 'en')).toBe('Request');
  });

  it('picks English only when Accept-Language starts with en', () => {
    expect(pickLang('en')).toBe('en');
    expect(pickLang('en-US,en;q=0.9')).toBe('en');
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(pickLang(undefined)).toBe('zh-CN');
    expect(pickLang('english-ish')).toBe('zh-CN');
  });
});
