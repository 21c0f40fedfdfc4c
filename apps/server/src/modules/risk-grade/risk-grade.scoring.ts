// The risk grade's arithmetic, kept free of I/O so that every point can be explained and tested.
// Static score: the operator's type, its riskiest category and its tags (tags such as central
// kitchen, group meal delivery, supermarket or farmers' market also stand for scale, which the
// registry does not record as a number). Dynamic score: whatever the signal providers report.
import type { TOperatorCategory, TOperatorTag, TOperatorType } from '@shian/shared/operator';
import { OPERATOR_CATEGORY_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import type { TRiskBands, TRiskGrade } from '@shian/shared/risk';
import type { TRiskSignal } from '../../core/risk-signals.ts';

export const DEFAULT_BANDS: TRiskBands = { minScoreB: 30, minScoreC: 45, minScoreD: 60 };

export const TYPE_POINTS: Record<TOperatorType, number> = {
  producer: 25,
  caterer: 20,
  canteen: 20,
  small_workshop: 20,
  small_eatery: 15,
  seller: 10,
  online_seller: 10,
  street_vendor: 10,
};

/** Only the riskiest category counts: a shop selling five low-risk foods is still low risk. */
export const CATEGORY_POINTS: Record<TOperatorCategory, number> = {
  special_food: 10,
  dairy_products: 10,
  raw_food: 10,
  meat_products: 8,
  cold_food: 8,
  food_additives: 8,
  frozen_food: 5,
  soy_products: 5,
  edible_oil: 5,
  bulk_food: 4,
  hot_food: 4,
  pastry: 4,
  alcohol: 4,
  beverage: 3,
  farm_produce: 3,
  grain_products: 3,
  condiments: 3,
  prepackaged_food: 1,
};

// A tag not listed (a chain's headquarters) adds no static points: its risk is in its scale and staffing, not its kind.
export const TAG_POINTS: Partial<Record<TOperatorTag, number>> = {
  school_canteen: 15,
  kindergarten_canteen: 15,
  central_kitchen: 15,
  group_meal_delivery: 15,
  elderly_care_canteen: 10,
  hospital_canteen: 10,
  construction_site_canteen: 6,
  cold_chain: 6,
  farmers_market: 5,
  supermarket: 4,
  open_kitchen: -3,
};

export type TScoredOperator = { id: string; type: TOperatorType; categories: TOperatorCategory[]; tags: TOperatorTag[] };
export type TBreakdownItem = Omit<TRiskSignal, 'operatorId'> & { kind: 'static' | 'dynamic' };

export function staticItems(o: TScoredOperator): TBreakdownItem[] {
  const items: TBreakdownItem[] = [];
  const type = o.type;
  if (type in TYPE_POINTS) {
    const name = OPERATOR_TYPE_NAMES[type];
    items.push({
      kind: 'static',
      points: TYPE_POINTS[type],
      reason: { zh: `${name.zh}（业态基础分）`, en: `${name.en} (base points of the type)` },
      source: `type:${type}`,
      on: null,
    });
  }
  const categories = o.categories.filter((c) => c in CATEGORY_POINTS);
  const riskiest = categories.sort((a, b) => CATEGORY_POINTS[b] - CATEGORY_POINTS[a] || a.localeCompare(b))[0];
  if (riskiest) {
    const name = OPERATOR_CATEGORY_NAMES[riskiest];
    items.push({
      kind: 'static',
      points: CATEGORY_POINTS[riskiest],
      reason: { zh: `${name.zh}（风险最高的经营类别）`, en: `${name.en} (riskiest category)` },
      source: `category:${riskiest}`,
      on: null,
    });
  }
  for (const tag of [...o.tags].sort()) {
    const points = TAG_POINTS[tag];
    if (points === undefined) continue;
    const name = OPERATOR_TAG_NAMES[tag];
    items.push({ kind: 'static', points, reason: { zh: name.zh, en: name.en }, source: `tag:${tag}`, on: null });
  }
  return items;
}

export function gradeOf(score: number, bands: TRiskBands): TRiskGrade {
  if (score >= bands.minScoreD) return 'D';
  if (score >= bands.minScoreC) return 'C';
  if (score >= bands.minScoreB) return 'B';
  return 'A';
}

const GRADE_ORDER: TRiskGrade[] = ['A', 'B', 'C', 'D'];
const higherGrade = (a: TRiskGrade, b: TRiskGrade) => (GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b);

export type TScore = { staticScore: number; dynamicScore: number; score: number; grade: TRiskGrade; breakdown: TBreakdownItem[] };

export function scoreOperator(o: TScoredOperator, signals: TRiskSignal[], bands: TRiskBands): TScore {
  const fixed = staticItems(o);
  const dynamic: TBreakdownItem[] = signals
    .filter((s) => s.operatorId === o.id && s.points !== 0)
    .map((s): TBreakdownItem => ({ kind: 'dynamic', points: s.points, reason: s.reason, source: s.source, on: s.on, ...(s.minGrade ? { minGrade: s.minGrade } : {}) }))
    .sort((a, b) => (b.on ?? '').localeCompare(a.on ?? '') || a.source.localeCompare(b.source));
  const sum = (items: TBreakdownItem[]) => items.reduce((total, i) => total + i.points, 0);
  const staticScore = sum(fixed);
  const dynamicScore = sum(dynamic);
  const score = staticScore + dynamicScore;
  // A signal's minimum grade overrides the bands (never lowers the grade).
  const grade = dynamic.reduce((g, item) => (item.minGrade ? higherGrade(g, item.minGrade) : g), gradeOf(score, bands));
  return { staticScore, dynamicScore, score, grade, breakdown: [...fixed, ...dynamic] };
}

// A provider that already wrote its points into the reason is not shown them twice.
const LEADING_POINTS = /^[+-]?\d+(\.\d+)?\s*[：:]\s*/;

/** "+8：2026-03-02 日常检查结果为不符合" */
export function breakdownText(item: Pick<TBreakdownItem, 'points' | 'reason'>, lang: 'zh-CN' | 'en'): string {
  const sign = item.points > 0 ? '+' : '';
  const reason = (lang === 'en' ? item.reason.en : item.reason.zh).replace(LEADING_POINTS, '');
  return `${sign}${item.points}${lang === 'en' ? ': ' : '：'}${reason}`;
}
