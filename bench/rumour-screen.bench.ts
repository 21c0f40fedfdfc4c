// Rumour screening on real posts: the food-related Weibo posts of the CED dataset (THUNLP, in
// ../shared/data/chinese-weibo-rumors-ced, never copied here) run through the screening function
// against the demo's published rebuttals, with a LIKE baseline (a post matches a rumour when it
// contains a phrase of the rumour's title) measured in the same run. Prints figures; asserts nothing.
//   npm run bench:rumour-screen            (PGlite; PostgreSQL with TEST_DATABASE_URL)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createTestPlatform } from '../apps/server/src/testing/test-platform.ts';
import { rowsOf } from '../apps/server/src/core/db/database.ts';
import { findUserByUsername } from '../apps/server/src/modules/user/user.repository.ts';
import { SCREEN_MIN_SHARED_WORDS, SCREEN_MIN_SIMILARITY, screenText } from '../apps/server/src/modules/rumour/rumour.service.ts';

const dataDir = path.resolve(import.meta.dirname, '../../shared/data/chinese-weibo-rumors-ced');
if (!existsSync(path.join(dataDir, 'CED_Dataset/original-microblog'))) {
  console.log(`no CED data at ${dataDir}: nothing to measure`);
  process.exit(0);
}

// The food-relevance keywords of the data's SOURCE.md.
const FOOD = /食品|致癌|添加剂|农药残留|地沟油|奶粉|转基因|食用|防腐剂|过期/;
const labels = new Map(
  readFileSync(path.join(dataDir, 'labels.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.trim().split(',') as [string, string]),
);
const postsDir = path.join(dataDir, 'CED_Dataset/original-microblog');
const posts = readdirSync(postsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, text: String(JSON.parse(readFileSync(path.join(postsDir, file), 'utf8')).text ?? ''), label: labels.get(file) ?? 'unknown' }))
  .filter((p) => FOOD.test(p.text));

const platform = await createTestPlatform({ operators: 20 });
const db = platform.ctx.db;
const bureauId = (await findUserByUsername(db, 'admin'))!.bureauId;
const published = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from rumour where status = 'published'`))[0].n;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

// Warm up jieba and its IDF table, which load once per process.
await screenText(db, bureauId, '预热');

type TResult = { file: string; label: string; text: string; best: number; title: string | null; similarity: number; likeTitles: string[] };
const results: TResult[] = [];
const screenMs: number[] = [];
const likeMs: number[] = [];
for (const post of posts) {
  let start = performance.now();
  const screened = await screenText(db, bureauId, post.text);
  screenMs.push(performance.now() - start);
  // Without the rule: the closest rebuttal whatever its similarity, for the distribution.
  const closest = (await screenText(db, bureauId, post.text, { minSimilarity: 0, minSharedWords: 0 })).matches[0];
  start = performance.now();
  const like = rowsOf<{ title: string }>(
    await db.execute(sql`select distinct r.title from rumour r
      cross join lateral regexp_split_to_table(r.title, '[，、。,"“”（）\\s]+') as phrase
      where r.bureau_id = ${bureauId} and r.status = 'published' and length(phrase) >= 2 and ${post.text} ilike '%' || phrase || '%'`),
  );
  likeMs.push(performance.now() - start);
  const [match] = screened.matches;
  results.push({ ...post, best: closest?.similarity ?? 0, title: match?.title ?? null, similarity: match?.similarity ?? 0, likeTitles: like.map((r) => r.title) });
}

const matched = results.filter((r) => r.title !== null);
const likeMatched = results.filter((r) => r.likeTitles.length > 0);
const bothAgree = results.filter((r) => r.title !== null && r.likeTitles.includes(r.title));
const byLabel = (list: TResult[], label: string) => list.filter((r) => r.label === label).length;

console.log(
  `database: ${platform.ctx.database.kind}; posts: ${results.length} food posts of ${readdirSync(postsDir).length} (${byLabel(results, 'rumor')} rumour, ${byLabel(results, 'non-rumor')} non-rumour); published rebuttals: ${published}; rule: similarity ≥ ${SCREEN_MIN_SIMILARITY} and ≥ ${SCREEN_MIN_SHARED_WORDS} distinct shared words`,
);
console.log(
  `screening: ${matched.length} posts matched (${byLabel(matched, 'rumor')} rumour, ${byLabel(matched, 'non-rumor')} non-rumour); p50 ${percentile(screenMs, 50).toFixed(2)} ms, p95 ${percentile(screenMs, 95).toFixed(2)} ms per post`,
);
console.log(
  `LIKE baseline: ${likeMatched.length} posts matched (${byLabel(likeMatched, 'rumor')} rumour, ${byLabel(likeMatched, 'non-rumor')} non-rumour); p50 ${percentile(likeMs, 50).toFixed(2)} ms, p95 ${percentile(likeMs, 95).toFixed(2)} ms per post`,
);
console.log(`agreement: ${bothAgree.length} posts whose best screening match is also a LIKE match`);

// Similarity of each post's closest rebuttal, matched or not.
const buckets = [0, 0.1, SCREEN_MIN_SIMILARITY, 0.3, 0.4, 0.5, 0.7, 1.01];
console.log('best similarity distribution:');
for (let i = 0; i < buckets.length - 1; i++) {
  const inBucket = results.filter((r) => r.best >= buckets[i] && r.best < buckets[i + 1]);
  const label = `${buckets[i].toFixed(2)}-${Math.min(1, buckets[i + 1]).toFixed(2)}`;
  console.log(`  ${label.padEnd(12)} ${String(inBucket.length).padStart(4)}  ${'#'.repeat(inBucket.length)}`);
}
console.log(`  (no shared word at all: ${results.filter((r) => r.best === 0).length})`);

const perRumour = new Map<string, number>();
for (const r of matched) perRumour.set(r.title!, (perRumour.get(r.title!) ?? 0) + 1);
console.log('posts per rebuttal (screening):');
for (const [title, n] of [...perRumour].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${title}`);

console.log('examples (post → rebuttal, similarity):');
const seen = new Set<string>();
for (const r of [...matched].sort((a, b) => b.similarity - a.similarity)) {
  const opening = r.text.replace(/\s+/g, ' ').slice(0, 36);
  if (seen.has(r.title!) || seen.size >= 12) continue;
  seen.add(r.title!);
  console.log(`  ${r.similarity.toFixed(3)}  ${opening}… → ${r.title}`);
}
const unmatchedNear = results.filter((r) => r.title === null && r.best >= SCREEN_MIN_SIMILARITY);
console.log(`closest rebuttal at or above ${SCREEN_MIN_SIMILARITY} but refused for sharing one word only: ${unmatchedNear.length} posts`);
for (const r of unmatchedNear.slice(0, 3)) {
  console.log(`  ${r.best.toFixed(3)}  ${r.text.replace(/\s+/g, ' ').slice(0, 36)}…`);
}
await platform.close();
