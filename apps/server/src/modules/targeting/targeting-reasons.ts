// "Why is this business high?": the features that raised an operator's predicted chance the most,
// each worded in plain Chinese (or English) from the feature and its value.
import { OPERATOR_CATEGORY_NAMES, OPERATOR_TAG_NAMES, OPERATOR_TYPE_NAMES } from '@shian/shared/dictionary';
import type { TLang } from '@shian/shared/messages';
import type { TOperatorCategory, TOperatorTag, TOperatorType } from '@shian/shared/operator';
import type { TTargetingReason } from '@shian/shared/targeting';
import { DAYS_SINCE_CAP } from './targeting-features.ts';

export type TStoredReason = { feature: string; value: number; contribution: number };

const REASONS_KEPT = 5;

/**
 * The largest positive contributions. A 0/1 column counts only when it is 1: "not a canteen" is
 * not a reason anyone can act on.
 */
export function topReasons(features: string[], row: number[], contributions: number[]): TStoredReason[] {
  return features
    .map((feature, j) => ({ feature, value: row[j], contribution: contributions[j] }))
    .filter((r) => r.contribution > 0 && !(r.feature.includes('=') && r.value === 0))
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, REASONS_KEPT)
    .map((r) => ({ ...r, contribution: Math.round(r.contribution * 1000) / 1000 }));
}

type TText = { zh: string; en: string };

function counted(value: number, zh: string, en: string): TText {
  return { zh: zh.replace('{n}', String(value)), en: en.replace('{n}', String(value)) };
}

function wordsOf(feature: string, value: number, unitName: (code: string) => string): TText {
  const [kind, code] = feature.split('=');
  if (code !== undefined) {
    if (kind === 'type')
      return { zh: `主体类型：${OPERATOR_TYPE_NAMES[code as TOperatorType]?.zh ?? code}`, en: `Type: ${OPERATOR_TYPE_NAMES[code as TOperatorType]?.en ?? code}` };
    if (kind === 'category')
      return {
        zh: `经营类别：${OPERATOR_CATEGORY_NAMES[code as TOperatorCategory]?.zh ?? code}`,
        en: `Category: ${OPERATOR_CATEGORY_NAMES[code as TOperatorCategory]?.en ?? code}`,
      };
    if (kind === 'tag') return { zh: `${OPERATOR_TAG_NAMES[code as TOperatorTag]?.zh ?? code}`, en: `${OPERATOR_TAG_NAMES[code as TOperatorTag]?.en ?? code}` };
    return { zh: `所在街道（乡镇）：${unitName(code)}`, en: `Township unit: ${unitName(code)}` };
  }
  switch (feature) {
    case 'inspections365':
      return counted(value, '近一年检查 {n} 次', '{n} inspection(s) in the past year');
    case 'seriousFindings365':
      return counted(value, '近一年检查发现严重问题 {n} 次', 'serious problems found {n} time(s) in the past year');
    case 'minorFindings365':
      return counted(value, '近一年检查发现一般问题 {n} 次', 'minor problems found {n} time(s) in the past year');
    case 'seriousFindingsAll':
      return counted(value, '历次检查共发现严重问题 {n} 次', 'serious problems found {n} time(s) in all inspections');
    case 'lastSerious':
      return value
        ? { zh: '上次检查发现严重问题（重点项不符合）', en: 'the last inspection found a serious problem (key item)' }
        : { zh: '上次检查未发现严重问题', en: 'the last inspection found no serious problem' };
    case 'lastMinor':
      return value
        ? { zh: '上次检查基本符合（一般项不符合）', en: 'the last inspection found minor problems' }
        : { zh: '上次检查无一般项问题', en: 'the last inspection found no minor problem' };
    case 'lastKeyItems':
      return counted(value, '上次检查重点项不符合 {n} 项', '{n} key item(s) failed at the last inspection');
    case 'lastGeneralItems':
      return counted(value, '上次检查一般项不符合 {n} 项', '{n} general item(s) failed at the last inspection');
    case 'neverInspected':
      return value ? { zh: '尚无检查记录', en: 'never inspected' } : { zh: '有检查记录', en: 'inspected before' };
    case 'daysSinceInspection':
      return value >= DAYS_SINCE_CAP ? { zh: '三年内未检查', en: 'not inspected for three years' } : counted(value, '距上次检查已 {n} 天', '{n} days since the last inspection');
    case 'openRectifications':
      return counted(value, '有 {n} 项整改尚未通过复查', '{n} rectification(s) not yet accepted');
    case 'overdueRectifications':
      return counted(value, '有 {n} 项整改逾期未答复', '{n} rectification(s) overdue');
    case 'failedSamples365':
      return counted(value, '近一年抽检不合格 {n} 批次', '{n} failed sample(s) in the past year');
    case 'complaints365':
      return counted(value, '近一年投诉举报 {n} 件', '{n} complaint(s) or report(s) in the past year');
    case 'caseLeads365':
      return counted(value, '近一年案件线索 {n} 条', '{n} case lead(s) in the past year');
    case 'penalties365':
      return counted(value, '近一年受到行政处罚 {n} 次', '{n} administrative penalty(ies) in the past year');
    case 'onCreditList':
      return value ? { zh: '列入严重违法失信名单', en: 'on the serious-violation list' } : { zh: '未列入严重违法失信名单', en: 'not on the serious-violation list' };
    case 'licenceAgeDays':
      return value < 0
        ? { zh: '无食品许可证（备案类主体）', en: 'no food licence (registered business)' }
        : { zh: `取得许可 ${(value / 365).toFixed(1)} 年`, en: `licensed for ${(value / 365).toFixed(1)} years` };
    case 'lastInspectorsRate':
      return { zh: `上次检查人员的严重问题发现率为 ${(value * 100).toFixed(0)}%`, en: `the last inspectors find serious problems in ${(value * 100).toFixed(0)}% of inspections` };
    default:
      return { zh: feature, en: feature };
  }
}

export function reasonTexts(reasons: TStoredReason[], lang: TLang, unitName: (code: string) => string, limit = 3): TTargetingReason[] {
  return reasons.slice(0, limit).map((r) => {
    const words = wordsOf(r.feature, r.value, unitName);
    return { ...r, text: lang === 'en' ? words.en : words.zh };
  });
}
