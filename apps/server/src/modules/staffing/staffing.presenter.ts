import type { TStaffingGap, TStaffingPost, TStaffingReminder, TStaffingRule, TStaffingRules } from '@shian/shared/staffing';
import type { TGapRow, TReminderRow, TRuleRow } from './staffing.repository.ts';
import type { staffingRuleSet } from './staffing.schema.ts';

export function presentRule(r: TRuleRow): TStaffingRule {
  return {
    id: r.id,
    operatorType: r.operatorType,
    entityKinds: r.entityKinds,
    minScale: r.minScale,
    tag: r.tag,
    category: r.category,
    requiresDirector: r.requiresDirector,
    requiresOfficer: r.requiresOfficer,
    basis: r.basis,
  };
}

export function presentRules(set: { set: typeof staffingRuleSet.$inferSelect; updatedByName: string | null }, rules: TRuleRow[]): TStaffingRules {
  return { rules: rules.map(presentRule), version: set.set.version, updatedAt: set.set.updatedAt.toISOString(), updatedByName: set.set.updatedBy ? set.updatedByName : null };
}

export function missingPosts(row: Pick<TGapRow, 'missingDirector' | 'missingOfficer'>): TStaffingPost[] {
  const posts: TStaffingPost[] = [];
  if (row.missingDirector) posts.push('director');
  if (row.missingOfficer) posts.push('officer');
  return posts;
}

export function presentGap(row: TGapRow): TStaffingGap {
  return {
    operatorId: row.id,
    operatorName: row.name,
    uscc: row.uscc,
    type: row.type,
    scale: row.scale,
    tags: row.tags,
    unitCode: row.unitCode,
    unitName: row.unitName,
    stationName: row.stationName,
    missing: missingPosts(row),
    lastReminder: row.remindedOn && row.reminderDueOn ? { remindedOn: row.remindedOn, dueOn: row.reminderDueOn } : null,
  };
}

export function presentReminder({ reminder: r, remindedByName }: TReminderRow): TStaffingReminder {
  return { id: r.id, operatorId: r.operatorId, missing: r.missing, remindedOn: r.remindedOn, dueOn: r.dueOn, remindedByName };
}
