// Staffing gaps in the demo (食品安全总监、食品安全员): the generated personnel give directors only to producers and
// canteens, so every larger caterer and seller and every chain headquarters would miss one. Most of them are given
// a director here; one in thirty (a few dozen of 14,000 operators) keeps the gap, and a third of those lose their
// officers too. The demo business (a caterer company) is medium-sized and fully staffed: its director and officer
// are named on its risk control list and records. Deterministic: operators in credit-code order, names from a
// generator of their own (the shared one is not drawn from).
import { inArray, and, eq } from 'drizzle-orm';
import type { TContext } from '../../core/context.ts';
import { operator, personnel } from '../operator/operator.schema.ts';
import { ensureStaffingRules, staffingGapsOfBureau } from '../staffing/staffing.public.ts';
import { mobile, personName } from './demo-names.ts';
import { seededRandom } from './demo-random.ts';

export async function seedDemoStaffing(ctx: TContext, bureauId: string, businessOperatorId: string) {
  const r = seededRandom(60_2022);
  await ctx.db.update(operator).set({ scale: 'medium' }).where(eq(operator.id, businessOperatorId));
  await ensureStaffingRules(ctx.db, bureauId);
  const gaps = (await staffingGapsOfBureau(ctx.db, bureauId)).sort((a, b) => (a.uscc < b.uscc ? -1 : 1));
  const candidates = gaps.filter((g) => g.id !== businessOperatorId);
  const keep = Math.max(6, Math.ceil(candidates.length / 30));
  const stride = Math.max(1, Math.floor(candidates.length / keep));
  const kept = candidates.filter((_, i) => i % stride === 0).slice(0, keep);
  const keptIds = new Set(kept.map((g) => g.id));
  const appointed: (typeof personnel.$inferInsert)[] = [];
  for (const g of gaps.filter((g) => !keptIds.has(g.id))) {
    for (const role of [g.missingDirector && 'director', g.missingOfficer && 'officer'] as const) {
      if (role) appointed.push({ operatorId: g.id, role, name: personName(r), phoneEncrypted: ctx.cipher.encrypt(mobile(r)) });
    }
  }
  for (let i = 0; i < appointed.length; i += 1000) await ctx.db.insert(personnel).values(appointed.slice(i, i + 1000));
  const withoutOfficers = kept.filter((_, i) => i % 3 === 0).map((g) => g.id);
  if (withoutOfficers.length > 0) await ctx.db.delete(personnel).where(and(inArray(personnel.operatorId, withoutOfficers), eq(personnel.role, 'officer')));
  return { staffingGaps: kept.length };
}
