/**
 * How far an automatic speaker can be trusted: for each way of reaching one (`rule`, such as
 * `verb-after/pronoun`, and for a pronoun also how its antecedent was chosen, `evidence`), the
 * share of right speakers it gave on PolNeAR's train split, measured by
 * `scripts/calibrate-attribution.ts` into `data/confidence.json`. A rule and evidence seen fewer
 * than `MIN_SEEN` times there takes the rule's figure, else that of all rules with the same
 * `via`, else `UNSEEN`.
 */
import calibration from './data/confidence.json' with { type: 'json' };

/** Speakers below this confidence are withheld: a wrong name is worse than none. */
export const MIN_CONFIDENCE = 0.6;
/** Speakers below this one are published but `explainer check` asks the editor to confirm them. */
export const CONFIRM_BELOW = 0.85;

/**
 * A confidence as shown to the editor: two decimals, rounded down, so a speaker just below a
 * threshold never reads as at it ("0.849" is "0.84", not "0.85").
 */
export const shownConfidence = (confidence: number): string =>
  (Math.floor(confidence * 100 + 1e-9) / 100).toFixed(2);

const MIN_SEEN = 10;
/** The confidence of a rule never measured. */
const UNSEEN = 0.5;

/** Right and given counts per rule, as measured. */
export type Calibration = Record<string, { right: number; given: number }>;

/** Laplace-smoothed share of right speakers. */
const share = ({ right, given }: { right: number; given: number }) => (right + 1) / (given + 2);

/**
 * Counts are kept per rule and evidence (`verb-after/pronoun:latest-alone-near`); the table also
 * sums them per rule and per `via`, for the keys seen too seldom.
 */
function tableOf(counts: Calibration): Map<string, number> {
  const sums = new Map<string, { right: number; given: number }>();
  const add = (key: string, count: { right: number; given: number }) => {
    const sum = sums.get(key) ?? { right: 0, given: 0 };
    sums.set(key, { right: sum.right + count.right, given: sum.given + count.given });
  };
  for (const [key, count] of Object.entries(counts)) {
    const [rule = key, evidence] = key.split(':');
    add(`*/${rule.split('/')[1] ?? rule}`, count);
    add(rule, count);
    if (evidence) add(key, count);
  }
  const table = new Map<string, number>();
  for (const [key, count] of sums) if (count.given >= MIN_SEEN) table.set(key, share(count));
  return table;
}

const table = tableOf(calibration.rules as Calibration);

/**
 * The confidence of a rule (`how/via`). A `people.yaml` match (`people`) counts as the name it
 * is (the evaluation sets have no people.yaml to measure it on); a role resolved to the name the
 * text gives it ("the minister" after "Health minister Aileen Cardew", `role`) counts as a name
 * met before (`known-name`): the gold sets have too few to measure.
 */
export function confidenceOf(rule: string, evidence?: string): number {
  const [how, via] = rule.split('/');
  const as = via === 'people' ? 'name' : via === 'role' ? 'known-name' : via;
  const key = as === via ? rule : `${how}/${as}`;
  return (
    (evidence ? table.get(`${key}:${evidence}`) : undefined) ??
    table.get(key) ??
    table.get(`*/${as}`) ??
    UNSEEN
  );
}
