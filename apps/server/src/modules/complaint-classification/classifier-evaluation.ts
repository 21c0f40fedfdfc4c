// Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix of one head.
import type { THeadEvaluation } from '@shian/shared/complaint-classification';

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Macro-F1 averages over the labels present in the truth or the predictions (absent ones say nothing). */
export function evaluateHead(labels: readonly string[], truth: string[], predicted: string[], trainSize: number): THeadEvaluation {
  const index = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  truth.forEach((t, i) => {
    confusion[index.get(t)!][index.get(predicted[i])!] += 1;
    if (t === predicted[i]) correct += 1;
  });
  const perClass = labels.map((label, c) => {
    const tp = confusion[c][c];
    const support = confusion[c].reduce((a, b) => a + b, 0);
    const predictedCount = confusion.reduce((sum, row) => sum + row[c], 0);
    const precision = predictedCount ? tp / predictedCount : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision: round(precision), recall: round(recall), f1: round(f1), support, predictedCount };
  });
  const present = perClass.filter((c) => c.support > 0 || c.predictedCount > 0);
  const macroF1 = present.length ? present.reduce((sum, c) => sum + c.f1, 0) / present.length : 0;
  return {
    accuracy: truth.length ? round(correct / truth.length) : 0,
    macroF1: round(macroF1),
    trainSize,
    testSize: truth.length,
    perClass: perClass.map(({ predictedCount: _p, ...c }) => c),
    labels: [...labels],
    confusion,
  };
}
