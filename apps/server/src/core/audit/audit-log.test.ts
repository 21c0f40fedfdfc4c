import { describe, expect, it } from 'vitest';
import { canonicalJson } from './audit-log.ts';

describe('canonicalJson', () => {
  it('sorts object keys, so that key order does not change the text', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it('sorts nested objects, including objects inside arrays, but keeps array order', () => {
    const value = { z: [{ y: 1, x: 2 }, 3], a: { d: null, c: 'text' } };
    expect(canonicalJson(value)).toBe('{"a":{"c":"text","d":null},"z":[{"x":2,"y":1},3]}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('writes undefined and null as null and escapes strings like JSON', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson({ a: undefined })).toBe('{"a":null}');
    expect(canonicalJson('前川"街道"\n')).toBe(JSON.stringify('前川"街道"\n'));
    expect(canonicalJson([1.5, true, 'x'])).toBe('[1.5,true,"x"]');
  });

  it('gives the same text for a value and its JSON round trip (as read back from jsonb)', () => {
    const value = { name: '测试', tags: ['a', 'b'], nested: { when: '2024-01-01', n: 0 } };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });
});
