// Drawing questions for an exam: random but reproducible from a seed, spread over the categories.
import type { TDrawnQuestion, TExamAudience } from '@shian/shared/exam-question';
import type { TDbOrTx } from '../../core/db/database.ts';
import { mulberry32 } from '../../core/mulberry32.ts';
import { activeQuestionsFor, drawnByIds } from './exam-question.repository.ts';

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * `count` active questions of the bureau for the audience (fewer when the bank holds fewer). The same seed and bank
 * give the same questions in the same order. Categories take turns (in an order the seed shuffles), so a short
 * exam still covers many of them.
 */
export async function drawQuestions(db: TDbOrTx, bureauId: string, audience: TExamAudience, count: number, seed: number): Promise<TDrawnQuestion[]> {
  const pool = await activeQuestionsFor(db, bureauId, audience);
  if (count <= 0 || pool.length === 0) return [];
  const random = mulberry32(seed);
  const byCategory = new Map<string, TDrawnQuestion[]>();
  for (const q of pool) byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), q]);
  const queues = shuffle(
    [...byCategory.keys()].sort().map((c) => shuffle(byCategory.get(c)!, random)),
    random,
  );
  const drawn: TDrawnQuestion[] = [];
  while (drawn.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next) drawn.push(next);
      if (drawn.length === count) break;
    }
  }
  return drawn;
}

/** The questions with these ids (active or not), in the order of `ids`; unknown ids are left out. */
export async function questionsByIds(db: TDbOrTx, ids: string[]): Promise<TDrawnQuestion[]> {
  const rows = new Map((await drawnByIds(db, [...new Set(ids)])).map((r) => [r.id, r]));
  return ids.flatMap((id) => rows.get(id) ?? []);
}
