/**
 * How far an automatic speaker can be trusted: for each way of reaching one (`rule`, such as
 * `verb-after/pronoun`), the share of right speakers it gave on PolNeAR's train split, measured
 * by `scripts/calibrate-attribution.ts` into `data/confidence.json`. A rule seen fewer than
 * `MIN_SEEN` times there takes the figure of all rules with the same `via`, else `UNSEEN`.
 */
import calibration from './data/confidence.json' with { type: 'json' };

/** Speakers below this confidence are withheld: a wrong name is worse than none. */
export const MIN_CONFIDENCE = 0.6;
/** Speakers below this one are published but `explainer check` asks the editor to confirm them. */
export const CONFIRM_BELOW = 0.85;

const MIN_SEEN = 10;
/** The confidence of a rule never measured. */
const UNSEEN = 0.5;

/** Right and given counts per rule, as measured. */
export type Calibration = Record<string, { right: number; given: number }>;

/** Laplace-smoothed share of right speakers. */
const share = ({ right, given }: { right: number; given: number }) => (right + 1) / (given + 2);

function tableOf(counts: Calibration): Map<string, number> {
  const byVia = new Map<string, { right: number; given: number }>();
  for (const [rule, count] of Object.entries(counts)) {
    const via = rule.split('/')[1] ?? rule;
    const sum = byVia.get(via) ?? { right: 0, given: 0 };
    byVia.set(via, { right: sum.right + count.right, given: sum.given + count.given });
  }
  const table = new Map<string, number>();
  for (const [via, count] of byVia)
    if (count.given >= MIN_SEEN) table.set(`*/${via}`, share(count));
  for (const [rule, count] of Object.entries(counts))
    if (count.given >= MIN_SEEN) table.set(rule, share(count));
  return table;
}

const table = tableOf(calibration.rules as Calibration);

/**
 * The confidence of a rule (`how/via`). A `people.yaml` match (`people`) counts as the name it
 * is (the evaluation sets have no people.yaml to measure it on); a role resolved to the name the
 * text gives it ("the minister" after "Health minister Aileen Cardew", `role`) counts as a name
 * met before (`known-name`): the gold sets have too few to measure.
 */
export function confidenceOf(rule: string): number {
  const [how, via] = rule.split('/');
  const as = via === 'people' ? 'name' : via === 'role' ? 'known-name' : via;
  const key = as === via ? rule : `${how}/${as}`;
  const byVia = as;
  return table.get(key) ?? table.get(`*/${byVia}`) ?? UNSEEN;
}
