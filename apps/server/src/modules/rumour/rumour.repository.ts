import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { TRumourStatus, TRumourTopic } from '@shian/shared/rumour';
import type { TDbOrTx } from '../../core/db/database.ts';
import { paged } from '../../core/db/paged.ts';
import { updateVersioned } from '../../core/db/versioned.ts';
import { escapeLike } from '../../core/db/escape-like.ts';
import { bureau } from '../org/org.schema.ts';
import { appUser } from '../user/user.schema.ts';
import { rumour } from './rumour.schema.ts';

export type TRumourRow = typeof rumour.$inferSelect & { reviewedByName: string | null };
export type TRumourValues = Omit<typeof rumour.$inferInsert, 'searchVector'>;
/** The words the search index is built from, by part (title weighs most). */
export type TSearchParts = { title: string[]; claim: string[]; rebuttal: string[] };

export type TRumourSearch = {
  /** jieba search-mode words of the query, letters and digits only. */
  terms: string[];
  /** The query as typed, for a plain substring match of title and claim. */
  text: string;
  status?: TRumourStatus;
  topic?: TRumourTopic;
  page: number;
  pageSize: number;
};

const vectorOf = (parts: TSearchParts) => sql`(
  setweight(to_tsvector('simple', ${parts.title.join(' ')}), 'A') ||
  setweight(to_tsvector('simple', ${parts.claim.join(' ')}), 'B') ||
  setweight(to_tsvector('simple', ${parts.rebuttal.join(' ')}), 'C'))`;

// websearch_to_tsquery never raises on its input; the words are letters and digits joined by "or".
const queryOf = (terms: string[]) => sql`websearch_to_tsquery('simple', ${terms.join(' or ')})`;

function conditions(bureauId: string, search: TRumourSearch): SQL[] {
  const list: SQL[] = [eq(rumour.bureauId, bureauId)];
  if (search.status) list.push(eq(rumour.status, search.status));
  if (search.topic) list.push(eq(rumour.topic, search.topic));
  if (search.text) {
    const like = `%${escapeLike(search.text)}%`;
    const matches: SQL[] = [ilike(rumour.title, like), ilike(rumour.claim, like)];
    if (search.terms.length > 0) matches.push(sql`${rumour.searchVector} @@ ${queryOf(search.terms)}`);
    list.push(or(...matches)!);
  }
  return list;
}

function score(search: TRumourSearch): SQL<number> | null {
  if (!search.text) return null;
  const rank = search.terms.length > 0 ? sql`ts_rank(${rumour.searchVector}, ${queryOf(search.terms)})` : sql`0`;
  // A query found as typed in the title is the rumour the person means.
  return sql<number>`(${rank} + case when ${rumour.title} ilike ${`%${escapeLike(search.text)}%`} then 1 else 0 end)`.mapWith(Number);
}

function selectRows(db: TDbOrTx, rank: SQL<number> | null) {
  return db
    .select({ rumour, reviewedByName: appUser.displayName, score: rank ?? sql<number>`0::real`.mapWith(Number) })
    .from(rumour)
    .leftJoin(appUser, eq(appUser.id, rumour.reviewedBy));
}

type TSelected = { rumour: typeof rumour.$inferSelect; reviewedByName: string | null; score: number };
const flatten = ({ rumour: r, reviewedByName, score: s }: TSelected) => ({ ...r, reviewedByName, score: Number(s) });

export async function searchRumours(db: TDbOrTx, bureauId: string, search: TRumourSearch) {
  const rank = score(search);
  const order = [desc(rumour.publishedAt), desc(rumour.updatedAt), asc(rumour.id)];
  const list = selectRows(db, rank)
    .where(and(...conditions(bureauId, search)))
    .orderBy(...(rank ? [desc(rank), ...order] : order))
    .$dynamic();
  const rows = await paged(list, search);
  return rows.map(flatten);
}

export function countRumours(db: TDbOrTx, bureauId: string, search: TRumourSearch) {
  return db.$count(rumour, and(...conditions(bureauId, search)));
}

export async function findRumour(db: TDbOrTx, bureauId: string, id: string): Promise<TRumourRow | null> {
  const [row] = await selectRows(db, null).where(and(eq(rumour.bureauId, bureauId), eq(rumour.id, id)));
  return row ? flatten(row) : null;
}

/** What screening compares a post with: every published rumour's words. */
export async function publishedTerms(db: TDbOrTx, bureauId: string) {
  return db
    .select({ id: rumour.id, title: rumour.title, terms: rumour.terms })
    .from(rumour)
    .where(and(eq(rumour.bureauId, bureauId), eq(rumour.status, 'published')))
    .orderBy(asc(rumour.id));
}

export async function insertRumour(db: TDbOrTx, values: TRumourValues, parts: TSearchParts) {
  const [row] = await db
    .insert(rumour)
    .values({ ...values, searchVector: vectorOf(parts) })
    .returning({ id: rumour.id });
  return row.id;
}

export async function updateRumourVersioned(db: TDbOrTx, id: string, version: number, values: Partial<TRumourValues>, parts: TSearchParts | null) {
  await updateVersioned(db, rumour, id, version, { ...values, ...(parts ? { searchVector: vectorOf(parts) } : {}) });
}

export async function publicBureauId(db: TDbOrTx) {
  const [row] = await db.select({ id: bureau.id }).from(bureau).orderBy(asc(bureau.createdAt)).limit(1);
  return row?.id ?? null;
}

/** Rumours between drafting and publication (the workbench's review and publish steps), oldest first. */
export function unpublishedRumours(db: TDbOrTx, bureauId: string) {
  return db
    .select({ id: rumour.id, title: rumour.title, status: rumour.status, createdBy: rumour.createdBy, createdAt: rumour.createdAt, reviewedAt: rumour.reviewedAt })
    .from(rumour)
    .where(and(eq(rumour.bureauId, bureauId), inArray(rumour.status, ['draft', 'reviewed'])))
    .orderBy(asc(rumour.createdAt));
}
