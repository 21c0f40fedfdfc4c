// Complaint classification on real text: accuracy and macro-F1 of each head (trade, issue type) on
// negative takeaway, fruit and dairy reviews labelled by hand (bench/data/complaint-labels.csv holds row ids
// and labels only; how they were labelled: bench/data/complaint-labels.md), against a plain keyword baseline
// measured in the same run. The labelled rows are split in two by a hash of their id: the model trains on
// the built-in seed set plus one half (as staff corrections would add), and is tested on the other half.
// Prints figures; asserts nothing. Skips when ../shared/data is absent.
//   npm run bench:classifier
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import type { TComplaintIssueType, TComplaintTrade } from '@shian/shared/complaint';
import type { TClassifierHead } from '@shian/shared/complaint-classification';
import { CLASSIFICATION_RULES } from '../apps/server/src/modules/complaint-classification/classifier-rules.data.ts';
import { firedRules, ruleScores } from '../apps/server/src/modules/complaint-classification/classifier-rules.ts';
import { loadModel, predict, type TLoadedModel } from '../apps/server/src/modules/complaint-classification/classifier-model.ts';
import { evaluateHead } from '../apps/server/src/modules/complaint-classification/classifier-evaluation.ts';
import { seedExamples } from '../apps/server/src/modules/complaint-classification/classifier-seed.data.ts';
import { HEAD_LABELS, trainModel, type TTrainingExample } from '../apps/server/src/modules/complaint-classification/classifier-training.ts';
import { normaliseText } from '../apps/server/src/modules/complaint-classification/classifier-text.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(repoRoot, '../shared/data/chinese-food-reviews-sophonplus');
if (!existsSync(dataDir)) {
  console.log(`skipped: ${dataDir} is absent (the labelled rows point into it)`);
  process.exit(0);
}

/** Rows of a source file, numbered from 1 after the header, as the labels file counts them. */
function reviews(file: string): Map<number, string> {
  const text = readFileSync(path.join(dataDir, `${file}.csv`), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((r, i) => [i + 1, r.review]));
}

const sources = new Map<string, Map<number, string>>();
type TLabelled = { id: string; text: string; trade: TComplaintTrade; issueType: TComplaintIssueType };
const labelled: TLabelled[] = [];
const labelsCsv = readFileSync(path.join(repoRoot, 'bench/data/complaint-labels.csv'), 'utf8');
for (const row of Papa.parse<Record<string, string>>(labelsCsv, { header: true, skipEmptyLines: true }).data) {
  if (!sources.has(row.source)) sources.set(row.source, reviews(row.source));
  const text = sources.get(row.source)!.get(Number(row.row));
  if (!text) throw new Error(`no row ${row.row} in ${row.source}`);
  labelled.push({ id: `${row.source}:${row.row}`, text, trade: row.trade as TComplaintTrade, issueType: row.issue_type as TComplaintIssueType });
}

const inTest = (id: string) => createHash('sha1').update(id).digest()[0] % 2 === 0;
const test = labelled.filter((l) => inTest(l.id));
const train = labelled.filter((l) => !inTest(l.id));

// The baseline: the rules' phrases in file order, no weights, no negation, no training; the first phrase
// found decides. Nothing found: 'other'.
function keywordBaseline(text: string, head: TClassifierHead): string {
  const normalised = normaliseText(text);
  for (const rule of CLASSIFICATION_RULES) if (rule.head === head && rule.any.some((p) => normalised.includes(p))) return rule.label;
  return 'other';
}

function rulesOnly(text: string, head: TClassifierHead): string {
  const scores = ruleScores(firedRules(text), head);
  let best = 'other';
  let bestScore = 0;
  for (const [label, score] of scores) if (score > bestScore) [best, bestScore] = [label, score];
  return best;
}

const HEADS: TClassifierHead[] = ['trade', 'issueType'];
type TSystem = { name: string; classify: (text: string) => Record<TClassifierHead, string>; trainSize: number };

async function modelSystem(name: string, examples: TTrainingExample[]): Promise<TSystem & { model: TLoadedModel }> {
  const { data } = await trainModel(examples);
  const model = loadModel(data, 0);
  return {
    name,
    model,
    trainSize: examples.length,
    classify: (text) => {
      const p = predict(model, text);
      return { trade: p.trade.label, issueType: p.issueType.label };
    },
  };
}

const seed = seedExamples();
const realTrain: TTrainingExample[] = train.map((l) => ({ text: l.text, trade: l.trade, issueType: l.issueType, source: 'correction' }));
const seedOnly = await modelSystem('model, seed set only', seed);
const withReal = await modelSystem('model, seed + real train half', [...seed, ...realTrain]);
const systems: TSystem[] = [
  { name: 'keyword baseline (first hit)', classify: (t) => ({ trade: keywordBaseline(t, 'trade'), issueType: keywordBaseline(t, 'issueType') }), trainSize: 0 },
  { name: 'weighted rules only', classify: (t) => ({ trade: rulesOnly(t, 'trade'), issueType: rulesOnly(t, 'issueType') }), trainSize: 0 },
  seedOnly,
  withReal,
];

const count = (values: string[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
console.log(`Labelled real texts: ${labelled.length} (train half ${train.length}, test half ${test.length}); seed set ${seed.length} texts`);
console.log(
  `  test trades: ${count(test.map((l) => l.trade))
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}`,
);
console.log(
  `  test issue types: ${count(test.map((l) => l.issueType))
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}`,
);
const majority = (head: TClassifierHead) => count(test.map((l) => l[head]))[0];
console.log(
  `  majority class share: trade ${(majority('trade')[1] / test.length).toFixed(3)} (${majority('trade')[0]}), issue type ${(majority('issueType')[1] / test.length).toFixed(3)} (${majority('issueType')[0]})`,
);

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
console.log(`\n${pad('system', 34)} ${pad('trade acc', 10)} ${pad('trade F1', 10)} ${pad('issue acc', 10)} ${pad('issue F1', 10)}`);
const results = new Map<string, Record<TClassifierHead, ReturnType<typeof evaluateHead>>>();
for (const system of systems) {
  const predictions = test.map((l) => system.classify(l.text));
  const byHead = {} as Record<TClassifierHead, ReturnType<typeof evaluateHead>>;
  for (const head of HEADS)
    byHead[head] = evaluateHead(
      HEAD_LABELS[head],
      test.map((l) => l[head]),
      predictions.map((p) => p[head]),
      system.trainSize,
    );
  results.set(system.name, byHead);
  console.log(
    `${pad(system.name, 34)} ${pad(byHead.trade.accuracy.toFixed(3), 10)} ${pad(byHead.trade.macroF1.toFixed(3), 10)} ${pad(byHead.issueType.accuracy.toFixed(3), 10)} ${pad(byHead.issueType.macroF1.toFixed(3), 10)}`,
  );
}

console.log(`\nPer issue type, ${withReal.name} vs keyword baseline (F1, support in the test half):`);
const best = results.get(withReal.name)!.issueType;
const base = results.get(systems[0].name)!.issueType;
for (const [i, c] of best.perClass.entries())
  if (c.support > 0) console.log(`  ${pad(c.label, 18)} model ${c.f1.toFixed(3)}  baseline ${base.perClass[i].f1.toFixed(3)}  (n=${c.support})`);

// Calibration: does "confidence 0.8" come true four times in five? Joint = both heads right.
const buckets = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
function calibration(system: { name: string; model: TLoadedModel }) {
  console.log(`\nCalibration of ${system.name} on the test half (confidence = P(trade) × P(issue type)):`);
  const rows = test.map((l) => {
    const p = predict(system.model, l.text);
    return { confidence: p.trade.probability * p.issueType.probability, right: p.trade.label === l.trade && p.issueType.label === l.issueType };
  });
  for (let b = 0; b + 1 < buckets.length; b++) {
    const inBucket = rows.filter((r) => r.confidence >= buckets[b] && r.confidence < buckets[b + 1]);
    if (inBucket.length === 0) continue;
    const mean = inBucket.reduce((sum, r) => sum + r.confidence, 0) / inBucket.length;
    const right = inBucket.filter((r) => r.right).length / inBucket.length;
    console.log(
      `  confidence ${buckets[b].toFixed(1)}-${Math.min(1, buckets[b + 1]).toFixed(1)}: n=${pad(String(inBucket.length), 4)} mean confidence ${mean.toFixed(3)}  both right ${right.toFixed(3)}`,
    );
  }
  const brier = rows.reduce((sum, r) => sum + (r.confidence - (r.right ? 1 : 0)) ** 2, 0) / rows.length;
  console.log(`  Brier score (joint): ${brier.toFixed(3)}`);
}
calibration(seedOnly);
calibration(withReal);

// Speed of one classification (tokenising, rules, both heads), the cost an intake or import pays per row.
const texts = labelled.map((l) => l.text);
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const text of texts) {
    const start = performance.now();
    predict(withReal.model, text);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const total = times.reduce((a, b) => a + b, 0);
console.log(`\nClassify one text: p50 ${quantile(0.5).toFixed(3)} ms, p95 ${quantile(0.95).toFixed(3)} ms, ${Math.round(times.length / (total / 1000))} texts/s`);
const trainStart = performance.now();
await trainModel([...seed, ...realTrain]);
console.log(`Training (seed + train half, ${seed.length + realTrain.length} texts): ${(performance.now() - trainStart).toFixed(0)} ms`);
