import { describe, expect, it } from 'vitest';
import { createSm4Cipher, maskPhone, sm3 } from './crypto.ts';

const KEY = '0123456789abcdeffedcba9876543210';

describe('SM3', () => {
  it('matches the GM/T 0004-2012 test vectors', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('hashes a string and its UTF-8 bytes alike', () => {
    expect(sm3('食品安全')).toBe(sm3(Buffer.from('食品安全', 'utf8')));
  });
});

describe('SM4 field encryption', () => {
  const cipher = createSm4Cipher(KEY);

  it('round-trips text, including Chinese and the empty string', () => {
    for (const plain of ['13812341234', '027-85123456', '张三 13812341234', '', 'x'.repeat(1000)]) {
      const stored = cipher.encrypt(plain);
      expect(stored.startsWith('sm4:')).toBe(true);
      expect(cipher.decrypt(stored)).toBe(plain);
    }
  });

  it('never stores the plain text and uses a fresh IV each time', () => {
    const a = cipher.encrypt('13812341234');
    const b = cipher.encrypt('13812341234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('13812341234');
    // The first 16 bytes after the prefix are the IV.
    const iv = (s: string) => Buffer.from(s.slice(4), 'base64').subarray(0, 16).toString('hex');
    expect(iv(a)).not.toBe(iv(b));
  });

  it('refuses a tampered value instead of decrypting it', () => {
    const stored = cipher.encrypt('13812341234');
    const raw = Buffer.from(stored.slice(4), 'base64');
    for (const index of [0, 20, raw.length - 1]) {
      const copy = Buffer.from(raw);
      copy[index] ^= 0x01;
      expect(() => cipher.decrypt(`sm4:${copy.toString('base64')}`)).toThrow(/integrity/);
    }
    expect(() => cipher.decrypt(`sm4:${raw.subarray(0, 20).toString('base64')}`)).toThrow();
  });

  it('refuses a value encrypted under another key', () => {
    const other = createSm4Cipher('fedcba98765432100123456789abcdef');
    expect(() => cipher.decrypt(other.encrypt('13812341234'))).toThrow(/integrity/);
  });

  it('refuses a value without the sm4: prefix', () => {
    expect(() => cipher.decrypt('13812341234')).toThrow(/not an SM4 value/);
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('masks landlines in the same way and short numbers entirely', () => {
    expect(maskPhone('027-85123456')).toBe('027*****3456');
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('')).toBe('');
  });
});
