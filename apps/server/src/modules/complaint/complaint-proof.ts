// Abuse resistance of the public complaint form, as 你点我检 resists vote abuse (a per-IP window) plus a
// proof of work: the server signs a ticket (HMAC-SM3 under a key derived from the SM4 key, so nothing is
// stored per visitor), the browser searches a counter, the server checks one hash and takes each ticket once.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { COMPLAINT_PROOF_BITS, type TComplaintTicket } from '@shian/shared/complaint';
import type { TContext } from '../../core/context.ts';
import { invalidField } from '../../core/field-error.ts';

export const TICKET_TTL_MS = 2 * 3_600_000;
const PURPOSE = 'complaint-ticket';

const signature = (ctx: TContext, payload: string) => ctx.cipher.keyedDigest(PURPOSE, payload).slice(0, 32);

export function issueTicket(ctx: TContext, now = Date.now()): TComplaintTicket {
  const payload = `${now}.${randomBytes(8).toString('hex')}`;
  return { ticket: `${payload}.${signature(ctx, payload)}`, bits: COMPLAINT_PROOF_BITS, expiresAt: new Date(now + TICKET_TTL_MS).toISOString() };
}

/** Leading zero bits of SHA-256(`${ticket}:${counter}`). */
export function proofBits(ticket: string, counter: number): number {
  const digest = createHash('sha256').update(`${ticket}:${counter}`).digest();
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

/** The counter a browser would find (the tests submit the form with it). */
export function solveTicket(ticket: string, bits = COMPLAINT_PROOF_BITS): number {
  for (let counter = 0; ; counter++) if (proofBits(ticket, counter) >= bits) return counter;
}

const refused = () => invalidField('proof', { zh: '提交校验未通过或已过期，请刷新页面后重新提交', en: 'the submission check failed or expired; reload the page and submit again' });

/** Tickets already used, until they expire anyway. */
export function createTicketChecker() {
  const used = new Map<string, number>();
  return {
    check(ctx: TContext, proof: { ticket: string; counter: number }, now = Date.now()): void {
      for (const [ticket, expires] of used) if (expires <= now) used.delete(ticket);
      const parts = proof.ticket.split('.');
      if (parts.length !== 3) throw refused();
      const [issued, nonce, sig] = parts;
      const expected = Buffer.from(signature(ctx, `${issued}.${nonce}`));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refused();
      const issuedAt = Number(issued);
      if (!Number.isFinite(issuedAt) || issuedAt > now || now - issuedAt > TICKET_TTL_MS) throw refused();
      if (used.has(proof.ticket) || proofBits(proof.ticket, proof.counter) < COMPLAINT_PROOF_BITS) throw refused();
      used.set(proof.ticket, issuedAt + TICKET_TTL_MS);
    },
  };
}
export type TTicketChecker = ReturnType<typeof createTicketChecker>;
