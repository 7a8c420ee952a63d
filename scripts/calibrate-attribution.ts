/**
 * `node scripts/calibrate-attribution.ts [--fixtures dir]`: measures, on PolNeAR's train split
 * with no speaker withheld, how often each attribution rule (`how/via`) gives the gold speaker's
 * name, and writes the counts to `src/quotes/data/confidence.json` (read by
 * `src/quotes/confidence.ts`). Run it after changing the attribution rules, then
 * `npm run eval:quotes`. Only train is measured: dev and the seed stay unseen.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FIXTURES, evaluatePolnear } from './eval-quotes.ts';

const out = fileURLToPath(new URL('../src/quotes/data/confidence.json', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--fixtures');
const fixtures = at >= 0 ? args[at + 1]! : DEFAULT_FIXTURES;
const score = evaluatePolnear(fixtures, 'polnear-train', { minConfidence: 0 });
const rules = Object.fromEntries(
  Object.entries(score.byRule).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(
  out,
  `${JSON.stringify({ measuredOn: 'PolNeAR train (polnear-train), named speakers', rules }, null, 2)}\n`,
);
for (const [rule, { right, given }] of Object.entries(rules))
  console.log(
    `${rule.padEnd(28)} ${String(right).padStart(5)}/${String(given).padEnd(5)} ${(right / given).toFixed(3)}`,
  );
