// Chicago backtest of the targeting engine, on the published protocol of the City of Chicago's
// food inspection forecasting (github.com/Chicago/food-inspections-evaluation; see SOURCE.md in
// the data folder): train on the `Train` rows of 30_xgboost_data.csv, rank the 1,637 `Test`
// inspections (2014-09-02 to 2014-10-31), give the ranked inspections the real inspection dates in
// order, and measure how many days earlier the inspections with a critical violation come.
// Published models, the best possible ordering and ours are all computed in this run.
//   npm run bench:chicago
// Our model is chosen on Train only: rolling time folds inside Train (each validated on a two-month
// window that starts 4.5 months after its training rows end, as Test does), then refitted on all of
// Train with early stopping on its latest 15%. Test is scored once, at the end.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { AsOfRow } from '../apps/server/src/modules/targeting/model/as-of.ts';
import { oneHot, type TDataset } from '../apps/server/src/modules/targeting/model/dataset.ts';
import { contributions, predictRaw, trainBoosting, type TBoostingOptions } from '../apps/server/src/modules/targeting/model/gbdt.ts';
import { logisticRaw, trainLogistic } from '../apps/server/src/modules/targeting/model/logistic.ts';
import { backtest, dayNumber, type TBacktest } from '../apps/server/src/modules/targeting/model/metrics.ts';
import { mulberry32 } from '../apps/server/src/core/mulberry32.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data/chicago-food-inspections');
if (!fs.existsSync(path.join(dataDir, 'csv/30_xgboost_data.csv'))) {
  console.log(`skipped: ${dataDir} is not present`);
  process.exit(0);
}

type TRow = Record<string, string>;
function readCsv(file: string): TRow[] {
  const text = fs.readFileSync(path.join(dataDir, file), 'utf8');
  const seen = new Set<string>();
  // Later duplicates of a header (the day-difference sheet has two halves) get their index appended.
  const unique = (h: string, i: number) => {
    if (seen.has(h)) return `${h}_${i}`;
    seen.add(h);
    return h;
  };
  return Papa.parse<TRow>(text, { header: true, skipEmptyLines: true, transformHeader: unique }).data;
}

/** The inspection's own outcome: never a feature. */
const FORBIDDEN = ['criticalCount', 'seriousCount', 'minorCount', 'pass_flag', 'fail_flag', 'criticalFound'];
const TEST_START = '2014-09-02';
const DAY_MS = 86_400_000;
const CUT_PRIOR = 0.14;
const INSPECTORS = ['blue', 'brown', 'green', 'orange', 'purple', 'yellow'];
const FACILITIES = ['Grocery_Store', 'Other', 'Restaurant'];
const LICENCE_FLAGS = [
  'consumption_on_premises_incidental_activity',
  'tobacco_retail_over_counter',
  'package_goods',
  'limited_business_license',
  'outdoor_patio',
  'public_place_of_amusement',
  'childrens_services_facility_license',
  'tavern',
  'regulated_business_license',
  'filling_station',
  'caterers_liquor_license',
  'mobile_food_license',
];
const PUBLISHED_NUMERIC = [
  'pastFail',
  'pastCritical',
  'pastSerious',
  'pastMinor',
  'timeSinceLast',
  'firstRecord',
  'ageAtInspection',
  'heat_burglary',
  'heat_garbage',
  'heat_sanitation',
];
const VIOLATION_CODES = Array.from({ length: 44 }, (_, i) => i + 1);

const loadStart = performance.now();
const model = readCsv('csv/30_xgboost_data.csv').sort((a, b) => Number(a.Inspection_ID) - Number(b.Inspection_ID));
const allInspections = readCsv('csv/23_food_insp_features.csv').sort((a, b) => a.Inspection_Date.localeCompare(b.Inspection_Date));
const violationMatrix = new Map(readCsv('csv/21_food_inspection_violation_matrix_nums.csv').map((r) => [r.Inspection_ID, r]));
const sanitarian = new Map(readCsv('csv/19_inspector_assignments.csv').map((r) => [r.inspectionID, r.sanitarian]));
const publishedGlmnet = new Map(readCsv('reports/Metric_Development_day_diff.csv').map((r) => [r.Inspection_ID, Number(r.glm_pred)]));
const loadSeconds = (performance.now() - loadStart) / 1000;

const ms = (isoDate: string) => dayNumber(isoDate) * DAY_MS;
const train = model.filter((r) => r.Train === 'TRUE');
const test = model.filter((r) => r.Test === 'TRUE');

// ---- History known before an inspection, from every canvass inspection in the folder ----------
type TPast = { at: number; critical: number; serious: number; minor: number; failed: number; codes: Set<number> };
type TOutcome = { at: number; critical: number };
function groupBy<T>(rows: TRow[], key: (r: TRow) => string | undefined, value: (r: TRow) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === undefined) continue;
    const list = out.get(k) ?? [];
    list.push(value(r));
    out.set(k, list);
  }
  return out;
}
const pastByLicence = groupBy(
  allInspections,
  (r) => r.License,
  (r): TPast => {
    const matrix = violationMatrix.get(r.Inspection_ID);
    return {
      at: ms(r.Inspection_Date),
      critical: Number(r.criticalCount),
      serious: Number(r.seriousCount),
      minor: Number(r.minorCount),
      failed: Number(r.fail_flag),
      codes: new Set(VIOLATION_CODES.filter((c) => matrix?.[String(c)] === '1')),
    };
  },
);
const outcome = (r: TRow): TOutcome => ({ at: ms(r.Inspection_Date), critical: Number(r.criticalCount) > 0 ? 1 : 0 });
const outcomesByInspector = groupBy(allInspections, (r) => sanitarian.get(r.Inspection_ID), outcome);
const outcomesByZip = groupBy(allInspections, (r) => r.Zip, outcome);
const siteById = new Map(allInspections.map((r) => [r.Inspection_ID, r]));

/** Smoothed share of critical findings in [from, to), pulled towards the overall rate. */
function criticalRate(list: TOutcome[] | undefined, from: number, to: number, weight: number): { rate: number; newest: number } {
  let n = 0;
  let critical = 0;
  let newest = from - 1;
  for (const e of list ?? []) {
    if (e.at >= to) break;
    if (e.at < from) continue;
    n++;
    critical += e.critical;
    newest = e.at;
  }
  return { rate: (critical + CUT_PRIOR * weight) / (n + weight), newest };
}

/**
 * One inspection's features. The published columns are as of the inspection (the publisher computed
 * them from earlier inspections); everything we derive ourselves is taken from inspections before
 * the inspection and, for Test rows, before the test period starts, so ranking the period needs
 * nothing that happens inside it.
 */
function features(r: TRow, withHistory: boolean): AsOfRow {
  const day = ms(r.Inspection_Date);
  const row = new AsOfRow(day);
  const published = day - 1;
  oneHot(r.Inspector_Assigned, INSPECTORS).forEach((v, i) => {
    row.set(`inspector=${INSPECTORS[i]}`, v, published);
  });
  oneHot(r.Facility_Type, FACILITIES).forEach((v, i) => {
    row.set(`facility=${FACILITIES[i]}`, v, published);
  });
  for (const k of [...PUBLISHED_NUMERIC, ...LICENCE_FLAGS]) row.set(k, Number(r[k]), published);
  if (!withHistory) return row;

  const cutoff = r.Test === 'TRUE' ? Math.min(day, ms(TEST_START)) : day;
  const past = (pastByLicence.get(r.License) ?? []).filter((p) => p.at < cutoff);
  const last = past.at(-1);
  const asOf = last?.at ?? cutoff - 1;
  const withCritical = past.filter((p) => p.critical > 0);
  const lastCritical = withCritical.at(-1);
  row.set('pastInspections', past.length, asOf);
  row.set('pastWithCritical', withCritical.length, asOf);
  row.set('pastCriticalShare', (withCritical.length + CUT_PRIOR * 2) / (past.length + 2), asOf);
  row.set('pastSeriousShare', (past.filter((p) => p.serious > 0).length + 0.3 * 2) / (past.length + 2), asOf);
  row.set(
    'pastCriticalTotal',
    past.reduce((s, p) => s + p.critical, 0),
    asOf,
  );
  row.set(
    'pastSeriousTotal',
    past.reduce((s, p) => s + p.serious, 0),
    asOf,
  );
  row.set('pastMinorMean', past.length ? past.reduce((s, p) => s + p.minor, 0) / past.length : -1, asOf);
  row.set(
    'pastFailures',
    past.reduce((s, p) => s + p.failed, 0),
    asOf,
  );
  row.set('daysSinceCritical', lastCritical ? (cutoff - lastCritical.at) / DAY_MS : 3000, asOf);
  row.set('daysSinceInspection', last ? (cutoff - last.at) / DAY_MS : 3000, asOf);
  row.set('lastViolationKinds', last ? last.codes.size : -1, asOf);
  for (const c of VIOLATION_CODES) row.set(`everViolation${c}`, past.some((p) => p.codes.has(c)) ? 1 : 0, asOf);

  const site = siteById.get(r.Inspection_ID);
  row.set('riskCategory', Number(/Risk (\d)/.exec(site?.Risk ?? '')?.[1] ?? 2), published);
  row.set('latitude', Number(site?.Latitude || 41.88), published);
  row.set('longitude', Number(site?.Longitude || -87.68), published);
  const zip = criticalRate(outcomesByZip.get(site?.Zip ?? ''), cutoff - 730 * DAY_MS, cutoff, 20);
  row.set('zipCriticalRate', zip.rate, zip.newest);
  for (const days of [90, 365]) {
    const insp = criticalRate(outcomesByInspector.get(r.Inspector_Assigned), cutoff - days * DAY_MS, cutoff, 20);
    row.set(`inspectorCriticalRate${days}`, insp.rate, insp.newest);
  }
  return row;
}

const builtRows = new Map<string, AsOfRow>();
function dataset(rows: TRow[], withHistory: boolean): TDataset {
  const built = rows.map((r) => {
    const key = `${r.Inspection_ID}:${withHistory}`;
    if (!builtRows.has(key)) builtRows.set(key, features(r, withHistory));
    return builtRows.get(key)!;
  });
  const names = built[0].features();
  for (const f of names) if (FORBIDDEN.includes(f)) throw new Error(`outcome column used as a feature: ${f}`);
  return { features: names, rows: built.map((b) => b.vector(names)), labels: rows.map((r) => Number(r.criticalFound)) };
}

function score(rows: TRow[], scores: number[]): TBacktest {
  return backtest(rows.map((r, i) => ({ day: dayNumber(r.Inspection_Date), positive: r.criticalFound === '1', score: scores[i] })));
}

// ---- Tuning on Train only --------------------------------------------------------------------
const FOLDS = [
  { fitBefore: '2012-12-15', from: '2013-05-01', to: '2013-07-01' },
  { fitBefore: '2013-04-15', from: '2013-09-01', to: '2013-11-01' },
  { fitBefore: '2013-10-01', from: '2014-02-16', to: '2014-04-17' },
];
type TCandidate = { name: string; withHistory: boolean; options: Partial<TBoostingOptions> };
const common: Partial<TBoostingOptions> = { learningRate: 0.03, rounds: 1500, earlyStoppingRounds: 80, colsample: 0.5, minChildWeight: 10, seed: 7 };
const candidates: TCandidate[] = [
  { name: 'published columns, depth 3', withHistory: false, options: { ...common, maxDepth: 3, lambda: 1 } },
  { name: 'published columns, depth 4', withHistory: false, options: { ...common, maxDepth: 4, lambda: 10 } },
  { name: '+ history, depth 3', withHistory: true, options: { ...common, maxDepth: 3, lambda: 1 } },
  { name: '+ history, depth 4', withHistory: true, options: { ...common, maxDepth: 4, lambda: 10 } },
];

/** Early stopping on the latest 15% (by date) of the rows given, then a refit on all of them. */
function fit(rows: TRow[], candidate: TCandidate) {
  const byDate = [...rows].sort((a, b) => a.Inspection_Date.localeCompare(b.Inspection_Date));
  const cut = Math.floor(byDate.length * 0.85);
  const stopped = trainBoosting(dataset(byDate.slice(0, cut), candidate.withHistory), dataset(byDate.slice(cut), candidate.withHistory), candidate.options);
  const rounds = Math.max(1, Math.round(stopped.bestRound / 0.85));
  return trainBoosting(dataset(byDate, candidate.withHistory), null, { ...candidate.options, rounds });
}

const tuneStart = performance.now();
const validation = candidates.map((candidate) => {
  const folds = FOLDS.map((f) => {
    const rows = train.filter((r) => r.Inspection_Date < f.fitBefore);
    const held = train.filter((r) => r.Inspection_Date >= f.from && r.Inspection_Date < f.to);
    const m = fit(rows, candidate);
    const d = dataset(held, candidate.withHistory);
    return score(
      held,
      d.rows.map((x) => predictRaw(m, x)),
    );
  });
  const mean = (k: 'meanDaysEarlier' | 'auc') => folds.reduce((s, b) => s + b[k], 0) / folds.length;
  return { candidate, folds, daysEarlier: mean('meanDaysEarlier'), auc: mean('auc') };
});
const chosen = validation.reduce((a, b) => (b.daysEarlier > a.daysEarlier ? b : a));
const tuneSeconds = (performance.now() - tuneStart) / 1000;

// ---- Final fit on Train, one look at Test ------------------------------------------------------
const fitStart = performance.now();
const ours = fit(train, chosen.candidate);
const fitSeconds = (performance.now() - fitStart) / 1000;
const testSet = dataset(test, chosen.candidate.withHistory);
const ourScores = testSet.rows.map((x) => predictRaw(ours, x));

/** The paper's glmnet recipe refitted here: ridge logistic, only the inspector terms penalised, lambda by 10-fold CV. */
function glmnetRecipe(): number[] {
  const recipe = (r: TRow) => [
    ...oneHot(r.Inspector_Assigned, INSPECTORS),
    Math.min(Number(r.pastSerious), 1),
    Math.min(Number(r.pastCritical), 1),
    Number(r.timeSinceLast),
    Number(r.ageAtInspection) > 4 ? 1 : 0,
    Number(r.consumption_on_premises_incidental_activity),
    Number(r.tobacco_retail_over_counter),
    Number(r.temperatureMax),
    Math.min(Number(r.heat_burglary), 70),
    Math.min(Number(r.heat_sanitation), 70),
    Math.min(Number(r.heat_garbage), 50),
  ];
  const names = [
    ...INSPECTORS.map((i) => `inspector=${i}`),
    'pastSerious',
    'pastCritical',
    'timeSinceLast',
    'ageOver4',
    'consumption',
    'tobacco',
    'temperatureMax',
    'heatBurglary',
    'heatSanitation',
    'heatGarbage',
  ];
  // glmnet rescales the penalty factors to sum to the number of features.
  const penalty = names.map((n) => (n.startsWith('inspector=') ? names.length / INSPECTORS.length : 0));
  const data: TDataset = { features: names, rows: train.map(recipe), labels: train.map((r) => Number(r.criticalFound)) };
  const random = mulberry32(1);
  const fold = data.rows.map(() => Math.floor(random() * 10));
  let best = { lambda: 0, deviance: Infinity };
  for (const lambda of [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1]) {
    let deviance = 0;
    for (let k = 0; k < 10; k++) {
      const pick = (keep: boolean) => data.rows.map((_, i) => i).filter((i) => (fold[i] === k) !== keep);
      const inFold = pick(true);
      const m = trainLogistic({ features: names, rows: inFold.map((i) => data.rows[i]), labels: inFold.map((i) => data.labels[i]) }, { lambda, penalty });
      for (const i of pick(false)) {
        const p = 1 / (1 + Math.exp(-logisticRaw(m, data.rows[i])));
        deviance -= data.labels[i] ? Math.log(p) : Math.log(1 - p);
      }
    }
    if (deviance < best.deviance) best = { lambda, deviance };
  }
  const m = trainLogistic(data, { lambda: best.lambda, penalty });
  return test.map((r) => logisticRaw(m, recipe(r)));
}

const results: [string, TBacktest][] = [
  [
    'business as usual (real order)',
    score(
      test,
      test.map((r) => -dayNumber(r.Inspection_Date)),
    ),
  ],
  [
    'published glmnet (paper scores)',
    score(
      test,
      test.map((r) => publishedGlmnet.get(r.Inspection_ID) ?? NaN),
    ),
  ],
  ['glmnet recipe refitted here', score(test, glmnetRecipe())],
  [
    'published xgboost (score column)',
    score(
      test,
      test.map((r) => Number(r.score)),
    ),
  ],
  [`ours: boosted trees, ${chosen.candidate.name}`, score(test, ourScores)],
  [
    'best possible ordering',
    score(
      test,
      test.map((r) => Number(r.criticalFound)),
    ),
  ],
];

// ---- Report ------------------------------------------------------------------------------------
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
console.log(
  `Chicago food inspections: ${train.length} Train rows, ${test.length} Test rows (${test.filter((r) => r.criticalFound === '1').length} with a critical violation), ${TEST_START} to 2014-10-31`,
);
console.log(
  `loaded in ${loadSeconds.toFixed(1)} s; tuning ${candidates.length} candidates x ${FOLDS.length} time folds in ${tuneSeconds.toFixed(1)} s; final fit ${fitSeconds.toFixed(1)} s (${ours.trees.length} trees, ${ours.features.length} features)`,
);
console.log('\nvalidation inside Train (mean of the folds; Test not used):');
for (const v of validation) {
  const marker = v === chosen ? ' <- chosen' : '';
  console.log(
    `  ${v.candidate.name.padEnd(28)} days earlier ${v.daysEarlier.toFixed(2).padStart(6)}  AUC ${v.auc.toFixed(3)}  folds ${v.folds.map((f) => f.meanDaysEarlier.toFixed(2)).join(' / ')}${marker}`,
  );
}
console.log('\nTest period (1,637 inspections keep their real dates as slots):');
console.log(`  ${'ordering'.padEnd(48)} ${'mean days'.padStart(9)} ${'median'.padStart(6)} ${'later'.padStart(5)} ${'1st half'.padStart(8)} ${'AUC'.padStart(6)}`);
for (const [name, b] of results) {
  const auc = name.startsWith('business') ? '-' : b.auc.toFixed(3);
  console.log(
    `  ${name.padEnd(48)} ${b.meanDaysEarlier.toFixed(2).padStart(9)} ${b.medianDaysEarlier.toFixed(1).padStart(6)} ${String(b.foundLater).padStart(5)} ${pct(b.firstHalfShareRanked).padStart(8)} ${auc.padStart(6)}`,
  );
}
console.log('  (1st half: share of all critical violations found in the first half of the inspections; published: 54.7% real order, 68.2% xgboost)');

const top = ourScores.map((_, i) => i).sort((a, b) => ourScores[b] - ourScores[a])[0];
const why = contributions(ours, testSet.rows[top]);
const reasons = why.values
  .map((v, j) => ({ f: ours.features[j], v }))
  .sort((a, b) => b.v - a.v)
  .slice(0, 3);
console.log(
  `\nwhy the top-ranked test inspection (${test[top].Inspection_ID}) is high: ${reasons.map((r) => `${r.f} ${r.v >= 0 ? '+' : ''}${r.v.toFixed(2)}`).join(', ')} (log-odds over a base of ${why.bias.toFixed(2)})`,
);

const oursResult = results[4][1];
const best = results[5][1];
console.log(`days earlier: ${oursResult.meanDaysEarlier.toFixed(2)} (glmnet 7.44, xgboost 7.79, best possible ${best.meanDaysEarlier.toFixed(2)})`);
