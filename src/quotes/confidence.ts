/**
 * How far an automatic speaker can be trusted: the chance that it is the right one, from a
 * logistic model fitted on PolNeAR's train split by `scripts/calibrate-attribution.ts` into
 * `data/confidence.json`. The model reads what the attribution knew when it chose the speaker
 * (`featuresOf`): the way it was reached (`rule`, such as `verb-after/pronoun`), for a pronoun how
 * its antecedent was chosen (`evidence`), and the attribution's `signals` (how far the mention
 * and the cue are from the quotation, how many other names a pronoun could mean, whether the
 * quotation reads as a title, …; see `Paragraph.quoteSignals` and `pronounSignals` in
 * `attribution.ts`). Each feature has one weight; the confidence is the logistic function of
 * their sum, so each weight says how much its feature raises or lowers the odds of a right
 * speaker. A feature the model was not fitted with weighs nothing.
 */
import model from './data/confidence.json' with { type: 'json' };

/**
 * Speakers below this confidence are withheld: a wrong name is worse than none. Chosen on
 * train's held-out curve (EVAL-QUOTES.md): the highest threshold at which dev, never fitted on,
 * loses no right speaker, and every train figure held out is above the former per-rule table's
 * (0.860 / 0.941 / 0.913 against 0.856 / 0.940 / 0.911). At 0.60 train's precision as fitted
 * reaches 0.950 (0.946 held out), but dev and the seed lose right speakers and nothing else.
 */
export const MIN_CONFIDENCE = 0.5;
/** Speakers below this one are published but `explainer check` asks the editor to confirm them. */
export const CONFIRM_BELOW = 0.85;

/** The languages of the text the model was fitted on (PolNeAR: US news in English). */
export const FITTED_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/**
 * A confidence as shown to the editor: two decimals, rounded down, so a speaker just below a
 * threshold never reads as at it ("0.849" is "0.84", not "0.85").
 */
export const shownConfidence = (confidence: number): string =>
  (Math.floor(confidence * 100 + 1e-9) / 100).toFixed(2);

/** A logistic model: the weight of each feature by name, and the intercept. */
export interface ConfidenceModel {
  intercept: number;
  weights: Record<string, number>;
}

/** The numeric signals that are also read per kind of mention (their weight may differ). */
const CROSSED = /^(?:mention|cue|quote)\./u;

/**
 * The features of an attribution, by name. A `people.yaml` match (`people`) counts as the name
 * it is (the evaluation sets have no people.yaml to measure it on); a role resolved to the name
 * the text gives it ("the minister" after "Health minister Aileen Cardew", `role`) counts as a
 * name met before (`known-name`): the gold sets have too few to measure. One-hot: the cue
 * (`how:`), the kind of mention (`via:`), both (`rule:`), and each part of the evidence
 * (`evidence:pronoun:latest`, `evidence:group:organisation`, …). Then every signal as it is, and the mention's, cue's
 * and quotation's signals again per kind of mention (`pronoun×cue.gap`), since a cue far from the
 * quotation says more against a pronoun than against a name.
 */
export function featuresOf(
  rule: string,
  evidence?: string,
  signals?: Readonly<Record<string, number>>,
): Record<string, number> {
  const features: Record<string, number> = {};
  eachFeature(rule, evidence, signals, (name, value) => (features[name] = value));
  return features;
}

/** Hand each of `featuresOf`'s features to `take`, building no record (the pipeline's path). */
function eachFeature(
  rule: string,
  evidence: string | undefined,
  signals: Readonly<Record<string, number>> | undefined,
  take: (name: string, value: number) => void,
): void {
  const [how, via = ''] = rule.split('/');
  const as = via === 'people' ? 'name' : via === 'role' ? 'known-name' : via;
  const kind = as === 'known-name' ? 'name' : as;
  take(`how:${how}`, 1);
  take(`via:${as}`, 1);
  take(`rule:${how}/${as}`, 1);
  if (evidence !== undefined)
    for (const part of evidence.split('-')) take(`evidence:${as}:${part}`, 1);
  for (const name in signals) take(CROSSED.test(name) ? `${kind}×${name}` : name, signals[name]!);
}

/** The logistic model's chance of a right speaker for these features. */
export function scoreOf(features: Readonly<Record<string, number>>, fitted: ConfidenceModel) {
  let sum = fitted.intercept;
  for (const [name, value] of Object.entries(features)) sum += (fitted.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-sum));
}

const fitted: ConfidenceModel = model;

/** The confidence of an automatic speaker reached by `rule` (`how/via`). */
export function confidenceOf(
  rule: string,
  evidence?: string,
  signals?: Readonly<Record<string, number>>,
): number {
  let sum = fitted.intercept;
  eachFeature(
    rule,
    evidence,
    signals,
    (name, value) => (sum += (fitted.weights[name] ?? 0) * value),
  );
  return 1 / (1 + Math.exp(-sum));
}
