// Runs the rules of classifier-rules.data.ts over a text: which fired, with the phrases that matched.
import type { TClassifierHead, TRuleHit } from '@shian/shared/complaint-classification';
import { CLASSIFICATION_RULES, type TClassificationRule } from './classifier-rules.data.ts';
import { normaliseText } from './classifier-text.ts';

const NEGATIONS = ['没有', '没', '未', '不是', '并非'];

/** Occurs at least once not right after a negation. */
function occurs(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at);
    if (!NEGATIONS.some((n) => before.endsWith(n))) return true;
  }
  return false;
}

export function firedRules(text: string, rules: TClassificationRule[] = CLASSIFICATION_RULES): (TRuleHit & { head: TClassifierHead })[] {
  const normalised = normaliseText(text);
  const hits: (TRuleHit & { head: TClassifierHead })[] = [];
  for (const rule of rules) {
    const matched = rule.any.filter((p) => occurs(normalised, p));
    if (matched.length === 0) continue;
    if (rule.also && !rule.also.some((p) => normalised.includes(p))) continue;
    if (rule.unless?.some((p) => normalised.includes(p))) continue;
    hits.push({ id: rule.id, head: rule.head, label: rule.label, weight: rule.weight, matched });
  }
  return hits;
}

/** The sum of fired rule weights per label of one head. */
export function ruleScores(hits: (TRuleHit & { head: TClassifierHead })[], head: TClassifierHead): Map<string, number> {
  const scores = new Map<string, number>();
  for (const hit of hits) if (hit.head === head) scores.set(hit.label, (scores.get(hit.label) ?? 0) + hit.weight);
  return scores;
}
