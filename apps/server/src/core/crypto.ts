// SM3 / SM4 through Node's OpenSSL (GM/T 0004-2012, GM/T 0002-2012).
// Personal data is stored as "sm4:" + base64(iv | ciphertext | mac), SM4-CBC then HMAC-SM3
// (encrypt-then-MAC, so a tampered value is refused rather than decrypted into garbage).
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function sm3(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

export type TCipher = {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** HMAC-SM3 of a value under a key derived from the SM4 key for one purpose (pseudonymous ids). */
  keyedDigest(purpose: string, value: string): string;
};

export function createSm4Cipher(keyHex: string): TCipher {
  const key = Buffer.from(keyHex, 'hex');
  const macKey = createHash('sm3')
    .update(Buffer.concat([key, Buffer.from('shian-mac')]))
    .digest();
  const mac = (data: Buffer) => createHmac('sm3', macKey).update(data).digest().subarray(0, 16);
  return {
    keyedDigest(purpose, value) {
      const purposeKey = createHash('sm3')
        .update(Buffer.concat([key, Buffer.from(`shian-${purpose}`)]))
        .digest();
      return createHmac('sm3', purposeKey).update(value, 'utf8').digest('hex');
    },
    encrypt(plain) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-cbc', key, iv);
      const body = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
      return `sm4:${Buffer.concat([body, mac(body)]).toString('base64')}`;
    },
    decrypt(stored) {
      if (!stored.startsWith('sm4:')) throw new Error('not an SM4 value');
      const raw = Buffer.from(stored.slice(4), 'base64');
      const body = raw.subarray(0, raw.length - 16);
      if (body.length < 32 || !timingSafeEqual(mac(body), raw.subarray(raw.length - 16))) {
        throw new Error('SM4 value failed its integrity check');
      }
      const decipher = createDecipheriv('sm4-cbc', key, body.subarray(0, 16));
      return Buffer.concat([decipher.update(body.subarray(16)), decipher.final()]).toString('utf8');
    },
  };
}

/** 13812341234 -> 138****1234; landlines keep their area code and last four digits. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
