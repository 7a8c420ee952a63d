/**
 * `node scripts/sample-pronouns.ts [--fixtures dir] [--n 100] [--seed 13] [--judged file]`: draws
 * a seeded random sample of PolNeAR train's found gold quotations whose source is a pronoun
 * ("…,” he said), to read by hand who the text means, and prints each with the text before it,
 * the name the evaluation's stand-in gives the pronoun and ours.
 *
 * With `--judged file` (one line per sampled quotation: its number, a tab, the name the reader
 * found the text to mean, or `-` for none), it counts how often the stand-in and our speaker
 * name that person (`sameName`, as the evaluation scores). The judgments hold names from the
 * corpus, so they are kept outside the repository; only the counts go into EVAL-QUOTES.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_FIXTURES,
  evaluatePolnear,
  sameName,
  type PronounQuotation,
} from './eval-quotes.ts';
import { random as seeded } from './bench/random.ts';

/**
 * The sample: the pronoun quotations in a fixed order (an article annotated twice counts once),
 * shuffled by the seed (Fisher–Yates), the first `n`.
 */
export function samplePronouns(
  fixtures: string,
  n: number,
  seed: number,
  standIn: 'old' | 'new' = 'new',
): PronounQuotation[] {
  // (The stand-in it compares with the hand judgments, not the hand-read names the evaluation
  // scores with by default.)
  const score = evaluatePolnear(fixtures, 'polnear-train', { standIn });
  const seen = new Set<string>();
  const all = (score.pronouns ?? [])
    .filter((q) => {
      const key = `${q.file}:${q.pronoun.start}:${q.quote.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.file === b.file ? a.quote.start - b.quote.start : a.file < b.file ? -1 : 1));
  const random = seeded(seed);
  for (let i = all.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, n);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) main();

function main(): void {
  const { values } = parseArgs({
    options: {
      fixtures: { type: 'string', default: DEFAULT_FIXTURES },
      n: { type: 'string', default: '100' },
      seed: { type: 'string', default: '13' },
      judged: { type: 'string' },
      'stand-in': { type: 'string' },
    },
  });
  const standIn = values['stand-in'] as 'old' | 'new' | undefined;
  const sample = samplePronouns(values.fixtures, Number(values.n), Number(values.seed), standIn);
  const textOf = (file: string) =>
    readFileSync(path.join(values.fixtures, 'quotes', 'polnear-train', file), 'utf8');

  if (!values.judged) {
    sample.forEach((q, i) => {
      const text = textOf(q.file);
      const from = Math.max(0, q.quote.start - 900);
      const shown = `${text.slice(from, q.pronoun.start)}[[${q.pronoun.text}]]${text.slice(q.pronoun.end, Math.max(q.pronoun.end, q.quote.end) + 40)}`;
      console.log(
        `\n#${i + 1} ${q.file}\n  stand-in: ${q.standIn ?? '—'} | ours: ${q.ours ?? '—'}\n  …${shown.replace(/\s*\n\s*/gu, ' ¶ ')}`,
      );
    });
  } else {
    const judged = new Map(
      readFileSync(values.judged, 'utf8')
        .split('\n')
        .filter((line) => /^\d+\t/u.test(line))
        .map((line) => {
          const [number, name] = line.split('\t');
          return [Number(number), name!.trim()] as const;
        }),
    );
    const count = { judged: 0, named: 0, standIn: 0, ours: 0, oursGiven: 0, standInGiven: 0 };
    sample.forEach((q, i) => {
      const meant = judged.get(i + 1);
      if (meant === undefined) return;
      count.judged += 1;
      if (meant === '-') return;
      count.named += 1;
      const text = textOf(q.file);
      if (q.standIn) count.standInGiven += 1;
      if (q.ours) count.oursGiven += 1;
      if (q.standIn && sameName(q.standIn, meant, text)) count.standIn += 1;
      if (q.ours && sameName(q.ours, meant, text)) count.ours += 1;
    });
    console.log(JSON.stringify(count));
  }
}
