// Matching for a 12315 import: 100,000 rows would mean 100,000 pg_trgm index lookups, and Chinese names
// share many trigrams ("黄陂区…") so each lookup rechecks hundreds of rows: about an hour. The import
// instead loads the bureau's registry once (14,000 operators, a few MB) and finds candidates through a
// character-bigram index in memory, computes pg_trgm's similarity in JavaScript (same words, padding and
// set arithmetic, so the numbers equal the database's), and ranks with the same scoring as one complaint.
import type { TOperatorMatch } from '@shian/shared/complaint';
import { addressCore, normaliseName, rankCandidates, type TCandidate, type TMatchQuery } from './complaint-matching.ts';

export type TRegistryOperator = { id: string; name: string; address: string; uscc: string };

/** pg_trgm's trigrams: words (letters and digits), lower case, padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 2 < chars.length; i++) set.add(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return set;
}

/** pg_trgm's similarity(a, b): shared trigrams over all distinct trigrams of both. */
export function trigramSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function bigrams(text: string): string[] {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return [...out];
}

/** A bigram in more operators than this ("超市", "食品") does not help to find one. */
const COMMON_POSTINGS = 2000;
const CANDIDATES = 12;

export function createRegistryMatcher(operators: TRegistryOperator[]) {
  const byUscc = new Map(operators.map((o) => [o.uscc, o]));
  const names = operators.map((o) => bigrams(normaliseName(o.name)));
  const postings = new Map<string, number[]>();
  names.forEach((grams, index) => {
    for (const g of grams) {
      const list = postings.get(g);
      if (list) list.push(index);
      else postings.set(g, [index]);
    }
  });
  const compactAddresses = operators.map((o) => o.address.replace(/\s/g, ''));
  const nameTrigrams = new Map<number, Set<string>>();
  const trigramsOf = (index: number) => {
    let set = nameTrigrams.get(index);
    if (!set) {
      set = trigrams(operators[index].name);
      nameTrigrams.set(index, set);
    }
    return set;
  };
  const candidate = (index: number, queryName: Set<string>, queryAddress: Set<string>): TCandidate => {
    const o = operators[index];
    return {
      operatorId: o.id,
      name: o.name,
      address: o.address,
      uscc: o.uscc,
      nameTrigram: trigramSimilarity(queryName, trigramsOf(index)),
      addressTrigram: trigramSimilarity(queryAddress, trigrams(o.address)),
    };
  };

  return {
    match(query: TMatchQuery, validUscc: string | null): TOperatorMatch[] {
      const found = validUscc ? byUscc.get(validUscc) : undefined;
      if (found) return [{ operatorId: found.id, name: found.name, address: found.address, confidence: 1 }];
      const queryName = trigrams(query.name ?? '');
      const queryAddress = trigrams(query.address ?? '');
      const shared = new Map<number, number>();
      const grams = bigrams(normaliseName(query.name ?? ''));
      for (const g of grams) {
        const list = postings.get(g);
        if (!list || list.length > COMMON_POSTINGS) continue;
        for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1);
      }
      const nearest = [...shared.entries()]
        .map(([index, n]) => [index, n / (grams.length + names[index].length - n)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, CANDIDATES)
        .map(([index]) => index);
      let ranked = rankCandidates(
        { ...query, uscc: validUscc },
        nearest.map((i) => candidate(i, queryName, queryAddress)),
      );
      const core = addressCore(query.address);
      if (core && (ranked[0]?.confidence ?? 0) < 0.5) {
        const byAddress: number[] = [];
        for (let i = 0; i < compactAddresses.length && byAddress.length < CANDIDATES; i++) if (compactAddresses[i].includes(core) && !nearest.includes(i)) byAddress.push(i);
        ranked = rankCandidates(
          { ...query, uscc: validUscc },
          [...nearest, ...byAddress].map((i) => candidate(i, queryName, queryAddress)),
        );
      }
      return ranked;
    },
  };
}
export type TRegistryMatcher = ReturnType<typeof createRegistryMatcher>;
