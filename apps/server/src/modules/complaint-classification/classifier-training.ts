// Trains both heads from labelled texts: a deterministic split by text (train 60% / calibration 20% /
// test 20%), naive Bayes counts on the train part, the two scales fitted on the calibration part, the
// evaluation on the test part; then the counts again over every text for the model that is used.
import { createHash } from 'node:crypto';
import { COMPLAINT_ISSUE_TYPES, COMPLAINT_TRADES, type TComplaintIssueType, type TComplaintTrade } from '@shian/shared/complaint';
import type { TClassifierHead, TModelEvaluation } from '@shian/shared/complaint-classification';
import { combine, countHead, loadHead, naiveBayesLogPosterior, ruleVector, type TModelData } from './classifier-model.ts';
import { evaluateHead } from './classifier-evaluation.ts';
import { firedRules, ruleScores } from './classifier-rules.ts';
import { featuresOf, normaliseText, tokenise } from './classifier-text.ts';

/** seed: the built-in set; correction: a staff correction of a real complaint. */
export type TTrainingExample = { text: string; trade: TComplaintTrade; issueType: TComplaintIssueType; source: 'seed' | 'correction' };

/**
 * A staff correction counts as this many seed texts: it is real text about a real complaint, where a seed
 * text is one of many written from the same phrase list.
 */
export const CORRECTION_WEIGHT = 3;
/**
 * With this many corrections in the calibration part, the scales are fitted on them alone: seed texts are
 * cleaner than real complaints, and scales fitted on them leave real text with near-uniform probabilities.
 */
const MIN_REAL_FOR_CALIBRATION = 15;
type TPrepared = TTrainingExample & { features: string[]; rules: Record<TClassifierHead, Map<string, number>> };

export const HEAD_LABELS: Record<TClassifierHead, readonly string[]> = { trade: COMPLAINT_TRADES, issueType: COMPLAINT_ISSUE_TYPES };
const HEADS: TClassifierHead[] = ['trade', 'issueType'];

export type TSplit = 'train' | 'calibration' | 'test';

/** Same text, same part, whatever the order or the run: evaluations of two model versions compare. */
export function splitOf(text: string): TSplit {
  const bucket = createHash('sha1').update(normaliseText(text)).digest()[0] % 5;
  return bucket === 0 ? 'test' : bucket === 1 ? 'calibration' : 'train';
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Tokenises in chunks, yielding between them so that a large retraining does not stall the server. */
export async function prepareExamples(examples: TTrainingExample[], onProgress: (done: number) => void = () => {}): Promise<TPrepared[]> {
  const prepared: TPrepared[] = [];
  for (let i = 0; i < examples.length; i += 200) {
    for (const example of examples.slice(i, i + 200)) {
      const hits = firedRules(example.text);
      prepared.push({ ...example, features: featuresOf(tokenise(example.text)), rules: { trade: ruleScores(hits, 'trade'), issueType: ruleScores(hits, 'issueType') } });
    }
    onProgress(prepared.length / examples.length);
    await nextTick();
  }
  return prepared;
}

const NB_SCALES = [0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1];
const RULE_SCALES = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];
/**
 * Probability mass kept off the true label when the scales are fitted on seed texts (before there are
 * enough corrections): the seed set is cleaner than real complaints, and a fit that trusted it fully would
 * answer 0.999 on real text it gets wrong. Corrections are fitted as they are.
 */
const SEED_LABEL_SMOOTHING = 0.1;

function fitScales(labels: readonly string[], head: ReturnType<typeof loadHead>, calibration: TPrepared[], name: TClassifierHead, smoothing: number) {
  const inputs = calibration.map((e) => ({
    nb: naiveBayesLogPosterior(head, e.features),
    rules: ruleVector([...labels], e.rules[name]),
    truth: labels.indexOf(e[name]),
  }));
  const off = smoothing / (labels.length - 1);
  let best = { nbScale: 0.1, ruleScale: 1, score: -Infinity };
  for (const nbScale of NB_SCALES) {
    for (const ruleScale of RULE_SCALES) {
      let score = 0;
      for (const input of inputs) {
        const p = combine(input.nb, input.rules, nbScale, ruleScale);
        p.forEach((q, c) => {
          score += (c === input.truth ? 1 - smoothing : off) * Math.log(Math.max(q, 1e-12));
        });
      }
      if (score > best.score) best = { nbScale, ruleScale, score };
    }
  }
  return { nbScale: best.nbScale, ruleScale: best.ruleScale };
}

function headExamples(examples: TPrepared[], name: TClassifierHead) {
  return examples.map((e) => ({ features: e.features, label: e[name], weight: e.source === 'correction' ? CORRECTION_WEIGHT : 1 }));
}

function predictLabels(labels: readonly string[], data: ReturnType<typeof countHead>, examples: TPrepared[], name: TClassifierHead) {
  const head = loadHead(data);
  return examples.map((e) => {
    const p = combine(naiveBayesLogPosterior(head, e.features), ruleVector([...labels], e.rules[name]), data.nbScale, data.ruleScale);
    return labels[p.indexOf(Math.max(...p))];
  });
}

export type TTrainingResult = { data: TModelData; evaluation: TModelEvaluation };

export async function trainModel(examples: TTrainingExample[], onProgress: (fraction: number) => void = () => {}): Promise<TTrainingResult> {
  const prepared = await prepareExamples(examples, (done) => onProgress(0.6 * done));
  const parts = { train: [] as TPrepared[], calibration: [] as TPrepared[], test: [] as TPrepared[] };
  for (const e of prepared) parts[splitOf(e.text)].push(e);
  const heads = {} as Record<TClassifierHead, ReturnType<typeof countHead>>;
  const evaluation = {} as TModelEvaluation;
  for (const [i, name] of HEADS.entries()) {
    const labels = HEAD_LABELS[name];
    const held = countHead(labels, headExamples(parts.train, name));
    const real = parts.calibration.filter((e) => e.source === 'correction');
    const onReal = real.length >= MIN_REAL_FOR_CALIBRATION;
    Object.assign(held, fitScales(labels, loadHead(held), onReal ? real : parts.calibration, name, onReal ? 0 : SEED_LABEL_SMOOTHING));
    evaluation[name] = evaluateHead(
      labels,
      parts.test.map((e) => e[name]),
      predictLabels(labels, held, parts.test, name),
      parts.train.length,
    );
    heads[name] = { ...countHead(labels, headExamples(prepared, name)), nbScale: held.nbScale, ruleScale: held.ruleScale };
    onProgress(0.6 + 0.2 * (i + 1));
    await nextTick();
  }
  return { data: { format: 1, heads }, evaluation };
}
