// The demo's three lists and pledges (三张清单 + 承诺书): the default templates, this year's lists for every active
// cadre made on the first working days of January with their subjects, two campaigns, and the pledges signed in
// January except a few: the demo cadre's (the browser test signs it) and some in two units that lag behind.
// Signed pledges share one drawn signature image. The lists are made by the module's own generation.
import sharp from 'sharp';
import { and, eq, inArray } from 'drizzle-orm';
import { CADRE_LEVELS } from '@shian/shared/cadre';
import { addDays } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { storeImage } from '../../core/files/files.ts';
import { bumpVersion } from '../../core/db/versioned.ts';
import { appUser } from '../user/user.schema.ts';
import { toSessionUser } from '../user/user.public.ts';
import { cadreCampaign, cadreDuty } from '../cadre-duty/cadre-duty.schema.ts';
import { generateDuties } from '../cadre-duty/cadre-duty.public.ts';
import { seededRandom } from './demo-random.ts';

/** A signature-like stroke on white, as the signing pad sends it. */
const SIGNATURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="140"><rect width="360" height="140" fill="#fff"/>
<path d="M30 95 C60 30 90 30 100 90 S150 120 170 60 S220 20 240 90 S300 110 330 50" stroke="#111" stroke-width="4" fill="none" stroke-linecap="round"/></svg>`;

export async function seedDemoCadreDuties(ctx: TContext, bureauId: string, today: string) {
  const r = seededRandom(16_3);
  const year = Number(today.slice(0, 4));
  const generatedOn = `${year}-01-04`;
  const [admin] = await ctx.db.select().from(appUser).where(eq(appUser.username, 'admin'));
  // As the office makes them: the same templates, subjects and pledge deadline as POST /api/cadre-duties/generate.
  const { created } = await generateDuties(ctx, toSessionUser(admin), year, generatedOn);

  const [demoCadre] = await ctx.db.select({ cadreId: appUser.cadreId }).from(appUser).where(eq(appUser.username, 'cadre'));
  const duties = await ctx.db
    .select({ id: cadreDuty.id, cadreId: cadreDuty.cadreId, unitCode: cadreDuty.unitCode })
    .from(cadreDuty)
    .where(and(eq(cadreDuty.bureauId, bureauId), eq(cadreDuty.year, year)))
    .orderBy(cadreDuty.unitCode, cadreDuty.cadreId);
  const units = [...new Set(duties.map((d) => d.unitCode))].sort();
  const lagging = new Set(units.slice(-2));
  const png = await sharp(Buffer.from(SIGNATURE_SVG)).png().toBuffer();
  const signature = await storeImage(ctx.db, ctx.filesDir, { bureauId, kind: 'signature', buffer: png, originalName: 'signature.png', uploadedBy: admin.id });

  // Signed in January, grouped by the moment of signing so that a few hundred updates sign 1,800 pledges.
  const signedAt = new Map<string, string[]>();
  for (const d of duties) {
    if (d.cadreId === demoCadre?.cadreId || !r.chance(lagging.has(d.unitCode) ? 0.8 : 0.99)) continue;
    const at = `${addDays(generatedOn, r.int(1, 24))}T${String(r.int(9, 17)).padStart(2, '0')}:00:00+08:00`;
    signedAt.set(at, [...(signedAt.get(at) ?? []), d.id]);
  }
  await ctx.db.transaction(async (tx) => {
    for (const [at, ids] of signedAt)
      await tx
        .update(cadreDuty)
        .set({ signedAt: new Date(at), signatureFileId: signature.id, ...bumpVersion(cadreDuty) })
        .where(inArray(cadreDuty.id, ids));
  });
  await ctx.db.insert(cadreCampaign).values([
    { bureauId, title: '春节期间食品安全专项督导', fromOn: `${year}-01-20`, toOn: `${year}-02-20`, levels: [...CADRE_LEVELS], createdBy: admin.id },
    { bureauId, title: '中秋国庆双节食品安全专项督导', fromOn: `${year}-09-15`, toOn: `${year}-10-08`, levels: ['city', 'district', 'township'], createdBy: admin.id },
  ]);
  const signed = [...signedAt.values()].reduce((n, ids) => n + ids.length, 0);
  return { cadreDuties: created, unsignedPledges: created - signed };
}
