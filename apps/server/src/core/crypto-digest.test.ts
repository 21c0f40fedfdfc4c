import { describe, expect, it } from 'vitest';
import { createSm4Cipher } from './crypto.ts';

describe('keyed digest (vote hashing)', () => {
  const token = '0123456789abcdef0123456789abcdef';
  it('is stable for a key and purpose, and never the token itself', () => {
    const cipher = createSm4Cipher('0123456789abcdeffedcba9876543210');
    const digest = cipher.keyedDigest('nomination-vote', token);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(cipher.keyedDigest('nomination-vote', token));
    expect(digest).not.toContain(token);
  });
  it('changes with the server key and with the purpose', () => {
    const a = createSm4Cipher('0123456789abcdeffedcba9876543210');
    const b = createSm4Cipher('fedcba98765432100123456789abcdef');
    expect(a.keyedDigest('nomination-vote', token)).not.toBe(b.keyedDigest('nomination-vote', token));
    expect(a.keyedDigest('nomination-vote', token)).not.toBe(a.keyedDigest('other', token));
  });
});
