// The demo's three lists and pledges (三张清单 + 承诺书): the default templates, this year's lists for every active
// cadre made on the first working days of January with their subjects, two campaigns, and the pledges signed in
// January except a few: the demo cadre's (the browser test signs it) and some in two units that lag behind.
// Signed pledges share one drawn signature image. Written straight to the tables in chunks.
import sharp from 'sharp';
import { and, eq } from 'drizzle-orm';
import { CADRE_LEVELS } from '@shian/shared/cadre';
import { DEFAULT_DUTY_TEXTS, DUTY_TEMPLATE_KINDS, type TDutySubject } from '@shian/shared/cadre-duty';
import { addDays } from '@shian/shared/working-days';
import type { TContext } from '../../core/context.ts';
import { storeImage } from '../../core/files/files.ts';
import { cadre, cadreAssignment, operator } from '../operator/operator.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { cadreCampaign, cadreDuty, cadreDutyTemplate } from '../cadre-duty/cadre-duty.schema.ts';
import { seededRandom } from './demo-random.ts';

/** A signature-like stroke on white, as the signing pad sends it. */
const SIGNATURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="140"><rect width="360" height="140" fill="#fff"/>
<path d="M30 95 C60 30 90 30 100 90 S150 120 170 60 S220 20 240 90 S300 110 330 50" stroke="#111" stroke-width="4" fill="none" stroke-linecap="round"/></svg>`;

export async function seedDemoCadreDuties(ctx: TContext, bureauId: string, today: string) {
  const r = seededRandom(16_3);
  const year = Number(today.slice(0, 4));
  const generatedOn = `${year}-01-04`;
  const templates = await ctx.db
    .insert(cadreDutyTemplate)
    .values(
      CADRE_LEVELS.flatMap((level) =>
        DUTY_TEMPLATE_KINDS.map((kind) => ({ bureauId, level, kind, versionNo: 1, status: 'published' as const, lines: DEFAULT_DUTY_TEXTS[level][kind] })),
      ),
    )
    .returning();
  const templateOf = (level: string, kind: string) => templates.find((t) => t.level === level && t.kind === kind)!.id;

  const cadres = await ctx.db
    .select({ id: cadre.id, level: cadre.level, unitCode: cadre.unitCode })
    .from(cadre)
    .where(and(eq(cadre.bureauId, bureauId), eq(cadre.active, true)));
  const assigned = await ctx.db
    .select({ cadreId: cadreAssignment.cadreId, operatorId: operator.id, operatorName: operator.name, riskGrade: operator.riskGrade })
    .from(cadreAssignment)
    .innerJoin(operator, eq(operator.id, cadreAssignment.operatorId))
    .orderBy(operator.name, operator.id);
  const subjectsOf = new Map<string, TDutySubject[]>();
  for (const s of assigned)
    subjectsOf.set(s.cadreId, [
      ...(subjectsOf.get(s.cadreId) ?? []),
      { operatorId: s.operatorId, operatorName: s.operatorName, riskGrade: s.riskGrade, onSite: s.riskGrade === 'D' },
    ]);
  const [demoCadre] = await ctx.db.select({ cadreId: appUser.cadreId, id: appUser.id }).from(appUser).where(eq(appUser.username, 'cadre'));
  const units = [...new Set(cadres.map((c) => c.unitCode))].sort();
  const lagging = new Set(units.slice(-2));

  const admin = (await ctx.db.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, 'admin')))[0];
  const png = await sharp(Buffer.from(SIGNATURE_SVG)).png().toBuffer();
  const signature = await storeImage(ctx.db, ctx.filesDir, { bureauId, kind: 'signature', buffer: png, originalName: 'signature.png', uploadedBy: admin.id });

  let unsigned = 0;
  const rows = cadres.map((c) => {
    const signs = c.id !== demoCadre?.cadreId && r.chance(lagging.has(c.unitCode) ? 0.8 : 0.99);
    if (!signs) unsigned++;
    const signedAt = new Date(`${addDays(generatedOn, r.int(1, 24))}T${String(r.int(9, 17)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+08:00`);
    return {
      bureauId,
      cadreId: c.id,
      year,
      level: c.level,
      unitCode: c.unitCode,
      responsibilityTemplateId: templateOf(c.level, 'responsibility'),
      taskTemplateId: templateOf(c.level, 'task'),
      pledgeTemplateId: templateOf(c.level, 'pledge'),
      subjects: subjectsOf.get(c.id) ?? [],
      generatedOn,
      pledgeDueOn: `${year}-01-31`,
      ...(signs ? { signedAt, signatureFileId: signature.id, version: 2 } : {}),
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await ctx.db.insert(cadreDuty).values(rows.slice(i, i + 1000));
  await ctx.db.insert(cadreCampaign).values([
    { bureauId, title: '春节期间食品安全专项督导', fromOn: `${year}-01-20`, toOn: `${year}-02-20`, levels: [...CADRE_LEVELS], createdBy: admin.id },
    { bureauId, title: '中秋国庆双节食品安全专项督导', fromOn: `${year}-09-15`, toOn: `${year}-10-08`, levels: ['city', 'district', 'township'], createdBy: admin.id },
  ]);
  return { cadreDuties: rows.length, unsignedPledges: unsigned };
}
