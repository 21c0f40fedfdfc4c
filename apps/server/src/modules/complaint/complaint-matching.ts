// Scoring a complaint's named business against registry candidates. The database finds the candidates
// (pg_trgm on names, address fragments) and gives trigram similarities; this file turns them into one
// confidence with jieba tokens, so that "王记热干面" finds "黄陂区前川王记热干面馆" and a house number
// that differs counts against an address. The match then decides the route: the unit and station it goes to.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { MATCH_THRESHOLDS, type TComplaintMatchStatus, type TOperatorMatch } from '@shian/shared/complaint';

let jieba: Jieba | null = null;
/** Loading the dictionary takes about half a second: once, on first use. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

// Region words every address and many names carry: they say nothing about which business it is.
const REGION = /(湖北省|武汉市|黄陂区|湖北|武汉|黄陂)/g;
const PUNCTUATION = /[\s()（）【】[\]「」"'“”,，.。、:：;；\-—_·/]/g;
// Generic endings of business names; "店" and "馆" alone are dropped only at the end.
const NAME_SUFFIX = /(有限责任公司|股份有限公司|有限公司|分公司|公司|分店|总店|门店|店|馆)$/;

export function normaliseName(name: string): string {
  return name.replace(PUNCTUATION, '').replace(REGION, '').replace(NAME_SUFFIX, '').toUpperCase();
}

export function normaliseAddress(address: string): string {
  return address.replace(PUNCTUATION, '').replace(REGION, '').toUpperCase();
}

// Registry names and addresses are scored again for every complaint naming a similar business.
const tokenCache = new Map<string, string[]>();

/** Tokens of a name or address, house numbers joined to their unit ("123" + "号" -> "123号"). */
export function tokensOf(text: string): string[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  if (tokenCache.size > 100_000) tokenCache.clear();
  const raw = segmenter().cut(text, false);
  const tokens: string[] = [];
  for (const token of raw) {
    const last = tokens[tokens.length - 1];
    if (last && /^\d+$/.test(last) && /^(号|栋|楼|室|单元|弄|巷|组|附)$/.test(token)) tokens[tokens.length - 1] = last + token;
    else if (token.trim()) tokens.push(token);
  }
  tokenCache.set(text, tokens);
  return tokens;
}

const isNumber = (token: string) => /\d/.test(token);

/** How well a registered name fits the name given: 1 equal, high when one contains the other, token overlap else. */
export function nameScore(given: string, registered: string, trigram: number): number {
  const a = normaliseName(given);
  const b = normaliseName(registered);
  if (!a || !b) return 0;
  if (a === b) return 1;
  let contained = 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Two characters ("王记") contained in a long name is chance, not a match.
  if (short.length >= 3 && long.includes(short)) contained = 0.75 + 0.2 * (short.length / long.length);
  const ta = new Set(tokensOf(a));
  const tb = new Set(tokensOf(b));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  const jaccard = shared / (ta.size + tb.size - shared || 1);
  return Math.min(1, Math.max(trigram, contained, jaccard * 0.9));
}

/**
 * How well two addresses agree: the F-measure of shared tokens (house numbers weigh double), so that a
 * vague address ("前川街道") fits every business of the township only loosely. A house number present in
 * both that differs halves the score (next door is another business).
 */
export function addressScore(given: string, registered: string, trigram: number): number {
  const a = tokensOf(normaliseAddress(given));
  const b = tokensOf(normaliseAddress(registered));
  if (a.length === 0 || b.length === 0) return 0;
  const weight = (token: string) => (isNumber(token) ? 2 : 1);
  const inB = new Set(b);
  const inA = new Set(a);
  const total = (tokens: string[]) => tokens.reduce((sum, t) => sum + weight(t), 0);
  const precision = total(a.filter((t) => inB.has(t))) / total(a);
  const recall = total(b.filter((t) => inA.has(t))) / total(b);
  let score = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  score = Math.max(score, trigram);
  const numbersA = a.filter(isNumber);
  const numbersB = b.filter(isNumber);
  if (numbersA.length && numbersB.length && !numbersA.some((n) => inB.has(n))) score *= 0.5;
  return Math.min(1, score);
}

export type TMatchQuery = { name?: string | null; address?: string | null; uscc?: string | null };
export type TCandidate = { operatorId: string; name: string; address: string; uscc: string; nameTrigram: number; addressTrigram: number };

/**
 * One confidence per candidate. Name and address: 0.6 name + 0.4 address. A name alone tops out at 0.85
 * (matched only when nothing else comes close); an address alone at 0.7 (a person must confirm).
 */
export function scoreCandidate(query: TMatchQuery, c: TCandidate): number {
  if (query.uscc && query.uscc === c.uscc) return 1;
  const hasName = Boolean(query.name?.trim());
  const hasAddress = Boolean(query.address?.trim());
  const name = hasName ? nameScore(query.name!, c.name, c.nameTrigram) : 0;
  const address = hasAddress ? addressScore(query.address!, c.address, c.addressTrigram) : 0;
  const confidence = hasName && hasAddress ? 0.6 * name + 0.4 * address : hasName ? 0.85 * name : 0.7 * address;
  return Math.round(confidence * 1000) / 1000;
}

export const MAX_CANDIDATES = 5;

export function rankCandidates(query: TMatchQuery, candidates: TCandidate[]): TOperatorMatch[] {
  return candidates
    .map((c) => ({ operatorId: c.operatorId, name: c.name, address: c.address, confidence: scoreCandidate(query, c) }))
    .filter((m) => m.confidence > 0)
    .sort((x, y) => y.confidence - x.confidence || x.name.localeCompare(y.name))
    .slice(0, MAX_CANDIDATES);
}

/**
 * matched at or above the high threshold, unless a second candidate is within 0.05 (two branches of a
 * chain on one road): then, as between the thresholds, a person confirms or picks.
 */
export function matchDecision(ranked: TOperatorMatch[]): { status: TComplaintMatchStatus; operatorId: string | null; confidence: number | null } {
  const [top, second] = ranked;
  if (!top || top.confidence < MATCH_THRESHOLDS.low) return { status: 'unmatched', operatorId: null, confidence: top?.confidence ?? null };
  const clear = !second || top.confidence === 1 || top.confidence - second.confidence >= 0.05;
  if (top.confidence >= MATCH_THRESHOLDS.high && clear) return { status: 'matched', operatorId: top.operatorId, confidence: top.confidence };
  return { status: 'pending_review', operatorId: null, confidence: top.confidence };
}

/** The name fragment used to find candidates by containment (normalised, at least 3 characters). */
export function nameCore(name: string | null | undefined): string | null {
  const core = name ? normaliseName(name) : '';
  return core.length >= 3 ? core : null;
}

/** The address fragment used to find candidates: the road with its house number ("木兰大道123号"). */
export function addressCore(address: string | null | undefined): string | null {
  if (!address) return null;
  const tokens = tokensOf(normaliseAddress(address));
  const number = tokens.findIndex((t) => /^\d+号$/.test(t));
  if (number >= 1) return tokens.slice(Math.max(0, number - 2), number + 1).join('');
  return null;
}

/** The township unit an address names (full name, or its short name followed by 街/镇/乡). */
export function unitNamedIn(address: string | null | undefined, units: { code: string; name: string }[]): string | null {
  if (!address) return null;
  const full = units.find((u) => address.includes(u.name));
  if (full) return full.code;
  const short = units.find((u) => {
    const s = u.name.replace(/(街道|乡|镇|管理处|办事处|经济开发区|商贸物流枢纽区管委会)$/, '');
    return s.length >= 2 && new RegExp(`${s}(街|镇|乡)`).test(address);
  });
  return short?.code ?? null;
}

export type TUnit = { code: string; name: string; stationId: string | null };

/** The unit and station a complaint goes to: the matched operator's, else the township its address names. */
export function routeOf(operatorUnit: string | null, address: string | null | undefined, units: TUnit[]) {
  const code = operatorUnit ?? unitNamedIn(address, units);
  const found = code ? units.find((u) => u.code === code) : undefined;
  return { unitCode: found?.code ?? null, stationId: found?.stationId ?? null };
}
