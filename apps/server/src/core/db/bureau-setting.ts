// A bureau's own setting (clocks, thresholds, who must keep records …): one row a bureau, unique on bureau_id,
// versioned, with who changed it last. Absent until the first save; the module presents its defaults meanwhile.
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { TSessionUser } from '../access.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { AppError } from '../errors.ts';
import type { TDbOrTx } from './database.ts';
import { updateVersioned } from './versioned.ts';

type TSettingTable = PgTable & { id: PgColumn; bureauId: PgColumn; version: PgColumn; updatedAt: PgColumn; updatedBy: PgColumn };

/** The bureau's setting row, or null before its first save. */
export async function findBureauSetting<T extends TSettingTable>(db: TDbOrTx, table: T, bureauId: string): Promise<T['$inferSelect'] | null> {
  // Typed by hand: drizzle cannot resolve a select on a table that is still a type parameter.
  const [row] = (await db
    .select()
    .from(table as PgTable)
    .where(eq(table.bureauId, bureauId))) as T['$inferSelect'][];
  return row ?? null;
}

/**
 * Saves the user's bureau's setting at the version the edit was made on, and audits it (before: the stored row, or
 * null for the defaults). Version 0 writes the first row; a second first write meets the unique bureau and answers
 * 409 like a stale update does.
 */
export async function saveBureauSetting<T extends TSettingTable>(
  db: TDbOrTx,
  table: T,
  entity: string,
  user: TSessionUser,
  version: number,
  values: PgUpdateSetSource<T>,
): Promise<T['$inferSelect']> {
  return db.transaction(async (tx) => {
    const before = await findBureauSetting(tx, table, user.bureauId);
    let row: T['$inferSelect'] | undefined;
    if (version === 0) {
      [row] = (await tx
        .insert(table)
        .values({ ...values, bureauId: user.bureauId, updatedBy: user.id } as T['$inferInsert'])
        .onConflictDoNothing({ target: table.bureauId })
        .returning()) as T['$inferSelect'][];
      if (!row) throw new AppError('VERSION_CONFLICT');
    } else row = await updateVersioned(tx, table, eq(table.bureauId, user.bureauId), version, { ...values, updatedBy: user.id });
    await recordAudit(tx, [{ actor: user, action: 'update', entity, entityId: (row as { id: string }).id, before, after: values }]);
    return row;
  });
}
