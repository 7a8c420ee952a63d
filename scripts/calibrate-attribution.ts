/**
 * `node scripts/calibrate-attribution.ts [--fixtures dir]`: fits the confidence model of
 * `src/quotes/confidence.ts` on PolNeAR's train split (every automatic speaker given to a gold
 * quotation with a named speaker, nothing withheld, right or wrong by name) and writes it to
 * `src/quotes/data/confidence.json`. Prints the held-out log-loss of a few L2 penalties (fit on
 * half the articles, scored on the other half) and the held-out precision/coverage curve. Run it
 * after changing the attribution rules or signals, then `npm run eval:quotes`. Only train is
 * used: dev and the seed stay unseen.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { curve, fitModel, heldOutConfidences, LAMBDA, logLoss } from './confidence-fit.ts';
import { DEFAULT_FIXTURES, evaluatePolnear } from './eval-quotes.ts';

const out = fileURLToPath(new URL('../src/quotes/data/confidence.json', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--fixtures');
const fixtures = at >= 0 ? args[at + 1]! : DEFAULT_FIXTURES;
const score = evaluatePolnear(fixtures, 'polnear-train', { minConfidence: 0 });
const { judged } = score;
for (const lambda of [0.3, 1, 3, 10, 30])
  console.log(
    `lambda ${String(lambda).padEnd(4)} held-out log-loss ${logLoss(judged, heldOutConfidences(judged, lambda)).toFixed(4)}`,
  );
const model = fitModel(judged);
const weights = Object.fromEntries(
  Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(
  out,
  `${JSON.stringify(
    {
      measuredOn: `PolNeAR train (polnear-train), ${judged.length} automatic speakers of named gold speakers, L2 penalty ${LAMBDA}`,
      intercept: model.intercept,
      weights,
    },
    null,
    2,
  )}\n`,
);
const thresholds = [0, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const held = heldOutConfidences(judged);
console.log(`\nHeld out (named ${score.named}): threshold, accuracy / precision / coverage`);
for (const { threshold, right, given } of curve(judged, held, thresholds))
  console.log(
    `${threshold.toFixed(2)}  ${(right / score.named).toFixed(3)} / ${(right / given).toFixed(3)} / ${(given / score.named).toFixed(3)}`,
  );
