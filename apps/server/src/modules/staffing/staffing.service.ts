// Staffing of the business's food safety posts (食品安全总监、食品安全员): the bureau's rules (national defaults of
// 总局令第60号 written on first use, replaced whole by the department), the check of one operator, the list of
// operators missing a required post in the caller's scope, and a reminder to the business (notification + audit;
// its deadline feeds the business's workbench).
import { ROLE_SCOPE } from '@shian/shared/access';
import type { TPage } from '@shian/shared/http';
import {
  requiringRules,
  STAFFING_POSTS,
  STAFFING_REMINDER_WORKING_DAYS,
  type TStaffingCheck,
  type TStaffingGap,
  type TStaffingGapQuery,
  type TStaffingReminder,
  type TStaffingRules,
  type TStaffingRulesUpdate,
} from '@shian/shared/staffing';
import { PERSONNEL_ROLE_NAMES } from '@shian/shared/dictionary';
import { entityKindOf } from '@shian/shared/uscc';
import { chinaToday } from '@shian/shared/working-days';
import type { TSessionUser } from '../../core/access.ts';
import { recordAudit } from '../../core/audit/audit-log.ts';
import { dueAfterWorkingDays } from '../../core/calendar/calendar.ts';
import type { TContext } from '../../core/context.ts';
import type { TDbOrTx } from '../../core/db/database.ts';
import { AppError, forbidden, notFound } from '../../core/errors.ts';
import { staffFor, tell } from '../notification/notification.public.ts';
import { operatorScopeOf } from '../operator/operator.public.ts';
import { missingPosts, presentGap, presentReminder, presentRules } from './staffing.presenter.ts';
import * as repo from './staffing.repository.ts';

async function readRules(db: TDbOrTx, bureauId: string): Promise<TStaffingRules> {
  await repo.ensureRules(db, bureauId);
  const [set, rules] = await Promise.all([repo.findRuleSet(db, bureauId), repo.rulesOf(db, bureauId)]);
  return presentRules(set!, rules);
}

export function getRules(ctx: TContext, user: TSessionUser): Promise<TStaffingRules> {
  return readRules(ctx.db, user.bureauId);
}

/** Replaces the bureau's rules; applies to every check and list from now on (they are computed when read). */
export async function updateRules(ctx: TContext, user: TSessionUser, input: TStaffingRulesUpdate): Promise<TStaffingRules> {
  await repo.ensureRules(ctx.db, user.bureauId);
  return ctx.db.transaction(async (tx) => {
    const before = await repo.rulesOf(tx, user.bureauId);
    await repo.replaceRules(tx, user.bureauId, input.version, input.rules, user.id);
    const after = await readRules(tx, user.bureauId);
    await recordAudit(tx, [
      {
        actor: user,
        action: 'update',
        entity: 'staffing_rule_set',
        entityId: user.bureauId,
        before: { rules: before.length },
        after: { version: after.version, rules: input.rules },
      },
    ]);
    return after;
  });
}

/** Which posts one operator must have, by which rules, who holds them and what is missing; 404 outside the scope. */
export async function checkOperator(ctx: TContext, user: TSessionUser, id: string): Promise<TStaffingCheck> {
  const o = await repo.findOperatorForCheck(ctx.db, operatorScopeOf(user), id);
  if (!o) throw notFound();
  await repo.ensureRules(ctx.db, o.bureauId);
  const [rules, people, reminder] = await Promise.all([repo.rulesOf(ctx.db, o.bureauId), repo.personnelOf(ctx.db, o.id), repo.lastReminderOf(ctx.db, o.id)]);
  const entityKind = entityKindOf(o.uscc);
  const requiring = requiringRules(rules, { type: o.type, entityKind, scale: o.scale, tags: o.tags, categories: o.categories });
  const posts = STAFFING_POSTS.map((post) => {
    const holders = people.filter((p) => p.role === post).map((p) => p.name);
    const required = requiring[post].length > 0;
    return { post, required, rules: requiring[post].map((r) => ({ id: r.id, basis: r.basis })), holders, missing: required && holders.length === 0 };
  });
  return {
    operatorId: o.id,
    operatorName: o.name,
    entityKind,
    scale: o.scale,
    posts,
    complete: posts.every((p) => !p.missing),
    encouraged: posts.every((p) => !p.required),
    lastReminder: reminder && presentReminder(reminder),
  };
}

export async function listGaps(ctx: TContext, user: TSessionUser, query: TStaffingGapQuery): Promise<TPage<TStaffingGap>> {
  await repo.ensureRules(ctx.db, user.bureauId);
  const { rows, total } = await repo.gapsPage(ctx.db, operatorScopeOf(user), query);
  return { items: rows.map(presentGap), total, page: query.page, pageSize: query.pageSize };
}

const postNames = (posts: readonly ('director' | 'officer')[], lang: 'zh' | 'en') => posts.map((p) => PERSONNEL_ROLE_NAMES[p][lang]).join(lang === 'zh' ? '、' : ' and ');

/**
 * Reminds the business that a required post is missing: once an operator a day (the unique index), due in
 * STAFFING_REMINDER_WORKING_DAYS working days, audited, and told to the operator's own accounts after the commit.
 * An operator in scope that misses nothing has no gap to remind of: 404.
 */
export async function remind(ctx: TContext, user: TSessionUser, operatorId: string): Promise<TStaffingReminder & { notified: number }> {
  await repo.ensureRules(ctx.db, user.bureauId);
  const today = chinaToday();
  const { reminder, gap } = await ctx.db.transaction(async (tx) => {
    const [gap] = await repo.gapsOf(tx, [operatorId], operatorScopeOf(user));
    if (!gap) throw notFound();
    // The business reads its own check; reminding is the regulator's step.
    if (ROLE_SCOPE[user.role] === 'operator') throw forbidden();
    const missing = missingPosts(gap);
    const dueOn = await dueAfterWorkingDays(tx, today, STAFFING_REMINDER_WORKING_DAYS);
    const row = await repo.insertReminder(tx, { bureauId: user.bureauId, operatorId, missing, remindedOn: today, dueOn, remindedBy: user.id });
    if (!row) throw new AppError('ALREADY_DONE', { what: { zh: '今日的配备提醒', en: "Today's staffing reminder" } });
    await recordAudit(tx, [{ actor: user, action: 'remind', entity: 'staffing_reminder', entityId: row.reminder.id, after: { operatorId, missing, dueOn } }]);
    return { reminder: presentReminder(row), gap };
  });
  // Only the operator's own accounts fill its posts (staff hold the permission for their whole scope).
  const business = (await staffFor(ctx.db, { bureauId: user.bureauId, operatorId, permission: 'staffing.read', except: user })).filter(
    (u) => ROLE_SCOPE[u.role] === 'operator' && u.operatorId === operatorId,
  );
  const notified = await tell(ctx, business, {
    bureauId: user.bureauId,
    module: 'staffing',
    kind: 'assigned',
    title: { zh: `请配备${postNames(reminder.missing, 'zh')}`, en: `Appoint a ${postNames(reminder.missing, 'en').toLowerCase()}` },
    body: {
      zh: `${gap.name}按《企业落实食品安全主体责任监督管理规定》应当配备${postNames(reminder.missing, 'zh')}，请于 ${reminder.dueOn} 前配备并在主体信息中登记。`,
      en: `${gap.name} must have a ${postNames(reminder.missing, 'en').toLowerCase()} (SAMR Order No. 60); appoint and record them by ${reminder.dueOn}.`,
    },
    link: `/operators/${operatorId}`,
    dedupeKey: `staffing:${reminder.id}`,
  });
  return { ...reminder, notified };
}
