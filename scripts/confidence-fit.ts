/**
 * Fitting the confidence model of `src/quotes/confidence.ts`: a logistic regression with an L2
 * penalty, solved by Newton's method (the features are few, so the Hessian is small), and its
 * held-out measurement (fit on one half of the articles, score the other). Used by
 * `scripts/calibrate-attribution.ts` (which writes the model) and `scripts/eval-quotes.ts`
 * (which reports the held-out curve).
 */
import { featuresOf, scoreOf, type ConfidenceModel } from '../src/quotes/confidence.ts';

/** An automatic speaker given to a named gold speaker, right or wrong (`scripts/eval-quotes.ts`). */
export interface Judged {
  /** The article (its text file): both annotations of one article fall on the same side of a split. */
  article: string;
  rule: string;
  evidence?: string;
  signals?: Readonly<Record<string, number>>;
  /** The most the confidence may be (`Attribution.ceiling`), held out too. */
  ceiling?: number;
  confidence: number;
  right: boolean;
}

/** The L2 penalty on every weight but the intercept (chosen on held-out log-loss, see `fitLambda`). */
export const LAMBDA = 3;
/** Features seen fewer times than this are left out of the model (they weigh nothing). */
const MIN_SEEN = 10;

/** Solve `a x = b` for a symmetric positive definite `a` (Cholesky); `a` is overwritten. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let j = 0; j < n; j += 1) {
    let d = a[j]![j]!;
    for (let k = 0; k < j; k += 1) d -= a[j]![k]! ** 2;
    const root = Math.sqrt(Math.max(d, 1e-12));
    a[j]![j] = root;
    for (let i = j + 1; i < n; i += 1) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k += 1) s -= a[i]![k]! * a[j]![k]!;
      a[i]![j] = s / root;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    let s = b[i]!;
    for (let k = 0; k < i; k += 1) s -= a[i]![k]! * y[k]!;
    y[i] = s / a[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k += 1) s -= a[k]![i]! * x[k]!;
    x[i] = s / a[i]![i]!;
  }
  return x;
}

const featuresOfJudged = (j: Judged) => featuresOf(j.rule, j.evidence, j.signals);

/** Fit the model on these judged speakers. */
export function fitModel(judged: readonly Judged[], lambda = LAMBDA): ConfidenceModel {
  const rows = judged.map(featuresOfJudged);
  const seen = new Map<string, number>();
  for (const row of rows)
    for (const [name, value] of Object.entries(row))
      if (value !== 0) seen.set(name, (seen.get(name) ?? 0) + 1);
  const names = [...seen].filter(([, n]) => n >= MIN_SEEN).map(([name]) => name);
  names.sort();
  const index = new Map(names.map((name, i) => [name, i + 1]));
  // Column 0 is the intercept.
  const sparse = rows.map((row) => {
    const cols: Array<[number, number]> = [[0, 1]];
    for (const [name, value] of Object.entries(row)) {
      const i = index.get(name);
      if (i !== undefined && value !== 0) cols.push([i, value]);
    }
    return cols;
  });
  const n = names.length + 1;
  let w = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const grad = w.map((x, i) => (i === 0 ? 0 : lambda * x));
    const hess = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, k) => (i === k && i > 0 ? lambda : 0)),
    );
    sparse.forEach((cols, r) => {
      let z = 0;
      for (const [i, v] of cols) z += w[i]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - (judged[r]!.right ? 1 : 0);
      const curve = Math.max(p * (1 - p), 1e-9);
      for (const [i, v] of cols) {
        grad[i]! += err * v;
        for (const [k, u] of cols) if (k <= i) hess[i]![k]! += curve * v * u;
      }
    });
    for (let i = 0; i < n; i += 1) for (let k = i + 1; k < n; k += 1) hess[i]![k] = hess[k]![i]!;
    const step = solve(hess, grad);
    w = w.map((x, i) => x - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights = Object.fromEntries(
    names.map((name, i) => [name, round(w[i + 1]!)] as const).filter(([, x]) => x !== 0),
  );
  return { intercept: round(w[0]!), weights };
}

/** Which half of the articles an article is in, by its place in their sorted list. */
function halves(judged: readonly Judged[]): (j: Judged) => 0 | 1 {
  const articles = [...new Set(judged.map((j) => j.article))].sort();
  const half = new Map(articles.map((a, i) => [a, (i % 2) as 0 | 1]));
  return (j) => half.get(j.article)!;
}

/**
 * Held-out confidences: each judged speaker scored by a model fitted on the other half of the
 * articles (even and odd places in their sorted list), so no speaker is scored by a model that
 * saw it.
 */
export function heldOutConfidences(judged: readonly Judged[], lambda = LAMBDA): number[] {
  const halfOf = halves(judged);
  const models = ([0, 1] as const).map((h) =>
    fitModel(
      judged.filter((j) => halfOf(j) !== h),
      lambda,
    ),
  );
  return judged.map((j) =>
    Math.min(scoreOf(featuresOfJudged(j), models[halfOf(j)]!), j.ceiling ?? 1),
  );
}

/** Mean log-loss of confidences against the verdicts. */
export function logLoss(judged: readonly Judged[], confidences: readonly number[]): number {
  let sum = 0;
  judged.forEach((j, i) => {
    const p = Math.min(Math.max(confidences[i]!, 1e-9), 1 - 1e-9);
    sum -= Math.log(j.right ? p : 1 - p);
  });
  return sum / judged.length;
}

/**
 * Right and given speakers with those below each threshold withheld (withholding changes no
 * other speaker: `attributeQuotes` applies it last).
 */
export function curve(
  judged: readonly Judged[],
  confidences: readonly number[],
  thresholds: readonly number[],
): Array<{ threshold: number; right: number; given: number }> {
  return thresholds.map((threshold) => {
    let right = 0;
    let given = 0;
    judged.forEach((j, i) => {
      if (confidences[i]! < threshold) return;
      given += 1;
      if (j.right) right += 1;
    });
    return { threshold, right, given };
  });
}
