/**
 * One build, once per run, for the tests of a site with an empty rating scale
 * (`claims-empty-scale.test.ts`: a written conclusion only, as Full Fact publishes, the same claim
 * in two explainers, a base path), of lists in small pages (`paging.test.ts`) and of a block
 * with more notes than height (`test/browser/layout.test.ts`'s dense explainer, whose claim has
 * no rating) and of speaker labels in a block quotation, a list and a table (the same test file):
 * the sample content without ratings, with a repeated claim, the dense and labels explainers and
 * pages of `PAGE_SIZE`, built under `BASE`. Each test reads its own explainers; the build
 * (`builtOnce`) is shared.
 */
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../bad-input/run-cli.ts';
import type { Dataset } from '../../src/exports/dataset.ts';
import { projectOutDir, runBuild, type Built } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { builtOnce } from '../helpers/sample-site.ts';

export const BASE = '/sub/';
/** Items per page (`pageSize` in `site.yaml`). */
export const PAGE_SIZE = 2;

/** Said again in a second explainer: related claims. */
const REPEATED =
  '\nAt the same meeting Dafydd Pryce repeated that the Mill Road lane had :claim[cut collisions involving cyclists by 40 per cent]{#pryce-again by=dafydd-pryce}.\n';

const comment = (n: number) =>
  `:::comment\nComment ${n}: ${'a long remark about this short line, '.repeat(6)}\n:::\n`;

/** An explainer whose first paragraph is one short line with six notes beside it. */
const DENSE = [
  // Its topic makes three explainers on "budget": a topic in pages.
  '---\ntitle: Dense\nsummary: Six notes on a short line.\npublished: 2026-01-01\ntags: [budget]\nsource:\n  publisher: Test\n---\n',
  'A :claim[short line]{#short by=dafydd-pryce} with many notes.\n',
  ':::comment{on=short}\nOn the claim.\n:::\n',
  ...[1, 2, 3, 4, 5].map(comment),
  'The next paragraph, which the notes must not cover.\n',
  ':::comment\nA note on the next paragraph.\n:::\n',
  'A third paragraph.\n',
].join('\n');

/**
 * Quotations without notes in a block quotation, a list, tables and a heading: where their
 * speakers' labels go and how they look; and a table and a code block wider than a phone's screen
 * (`test/browser/layout.test.ts`).
 */
const LABELS = [
  '---\ntitle: Labels\nsummary: Speakers in a block quotation, a list, tables and a heading.\npublished: 2026-01-02\nsource:\n  publisher: Test\n---\n',
  '> "We stand by every figure," Dafydd Pryce said.\n',
  '- "Not one penny was wasted," said Dafydd Pryce.\n',
  '| Year | Spend |\n|---|---|\n| 2025 | £4.4m, "provisional" |\n',
  // Wider than a phone's screen: it scrolls in its own group, the permalink of the quotation in
  // its last column with it.
  `| Route | ${[2019, 2020, 2021, 2022, 2023, 2024, 2025].join(' | ')} | Note |\n|---|${'---:|'.repeat(7)}---|\n| Harbourton–Kellsbury | ${[2.6, 2.7, 2.9, 3.1, 3.2, 3.4, 3.8].map((f) => `£${f.toFixed(2)}`).join(' | ')} | "peak only" |\n`,
  '## Why "unavoidable" is the operator\'s word\n',
  // A line of code wider than a phone's screen, and than the source column on a wide one.
  '```\nfare = base_fare * (1 + peak_supplement) + zone_charge * zones_crossed  # the formula the operator published in 2024\n```\n',
].join('\n');

/** A tag and a claimant's name that are each one word longer than a phone's line. */
export const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
const LONG_WORDS = [
  `---\ntitle: Long words\nsummary: A tag and a name longer than a line.\npublished: 2026-01-03\ntags: [${LONG_WORD}]\nsource:\n  publisher: Test\n---\n`,
  `The firm said :claim[it paid every captain]{by="${LONG_WORD}werk"}.\n`,
].join('\n');

/** A list whose first item holds a claim: its note beside that item, not after the list. */
const LIST_NOTES = [
  '---\ntitle: List notes\nsummary: A claim in a list.\npublished: 2026-01-04\nsource:\n  publisher: Test\n---\n',
  '- :claim[Fares will fall by a tenth]{#fares by=dafydd-pryce} next year, and by a fifth for children and for everyone over sixty who travels after nine in the morning.\n- Buses every ten minutes on the main routes, from the harbour to the station and back again through the town centre.\n- New shelters at every stop.\n- A review in 2028, with the results published in full, and a public meeting in every ward.\n',
  '> :claim[The night buses run until two]{#night by=dafydd-pryce}, the depot stays open all year, and the drivers keep their shifts as they are now, the council says.\n>\n> A second paragraph of the statement, long enough to run over more than one line of the column, about the timetable for the winter.\n',
].join('\n');

function emptyScaleContent(): string {
  const content = tempDir('explainers-noscale-');
  cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
  writeFileSync(path.join(content, 'ratings.yaml'), 'scale: []\n');
  // Small pages, so that every list in pages has several (`test/site/paging.test.ts`).
  const site = path.join(content, 'site.yaml');
  const settings = readFileSync(site, 'utf8').replace(/^pageSize:.*\n/m, '');
  writeFileSync(site, `${settings}pageSize: ${PAGE_SIZE}\n`);
  const folder = path.join(content, 'explainers');
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    // No ratings: also no rating changes in the corrections, and no source hash (a claim added
    // below changes the text it was taken of).
    let markdown = readFileSync(file, 'utf8')
      .replace(/ rating=[\w"-]+/g, '')
      .replace(/^ {4}previousRating: .*\n/gm, '')
      .replace(/^ {2}(?:sha256|paragraphs): .*\n/gm, '');
    if (name === 'westmarch-school-meals-pledge.md') markdown += REPEATED;
    writeFileSync(file, markdown);
  }
  writeFileSync(path.join(folder, 'dense.md'), DENSE);
  writeFileSync(path.join(folder, 'labels.md'), LABELS);
  writeFileSync(path.join(folder, 'long-words.md'), LONG_WORDS);
  writeFileSync(path.join(folder, 'list-notes.md'), LIST_NOTES);
  return content;
}

/** The site (see above), built by the first test file of the run that asks. */
export function emptyScaleSite(): Promise<Built> {
  return builtOnce('empty-scale-site', (outDir) => {
    // Built beside the final folder, then moved there whole (`builtOnce`'s waiters read it).
    const next = path.join(projectOutDir(), 'out');
    const result = runBuild(next, { EXPLAINERS_CONTENT: emptyScaleContent(), BASE_PATH: BASE });
    if (result.status !== 0)
      throw new Error(`astro build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    renameSync(next, outDir);
  });
}

/** The site (`emptyScaleSite`) and its open data (`data/annotations.json`), read. */
export async function emptyScaleSiteAndData(): Promise<{ site: Built; dataset: Dataset }> {
  const site = await emptyScaleSite();
  return { site, dataset: JSON.parse(site.read('data/annotations.json')) as Dataset };
}
