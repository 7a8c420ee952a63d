/**
 * `npm run eval:quotes`: measures quotation detection and speaker attribution on three gold sets
 * from the shared fixtures, prints a table and writes it to `EVAL-QUOTES.md`.
 *
 * - seed: `seed/expected.json` — every quotation of one article with exact offsets, its speaker,
 *   and the apostrophes that are not quotation marks.
 * - polnear-dev: PolNeAR's dev split — a direct quotation is an attribution's content span that
 *   contains a quotation mark; its gold speaker is the attribution's source span.
 * - attribution-unit-cases: small cases from textacy and CoreNLP tests, each with the quotations
 *   that have a speaker (a title or a scare quote is listed as no quotation).
 *
 *     npm run eval:quotes [-- --verbose] [--check] [--fixtures dir] [--out EVAL-QUOTES.md]
 *
 * The fixtures are `--fixtures`, else `$EXPLAINERS_CORPORA`, else `../shared/fixtures` beside the
 * checkout. `--check` writes nothing and exits 1 when a figure falls below its floor in
 * `THRESHOLDS`.
 *
 * Nothing here knows any fixture's text: every set goes through `quotationsInText`, as
 * `explainer quotes` does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nameKey } from '../src/quotes/names.ts';
import { shownPath } from '../src/cli/command.ts';
import { quotationsInText, type FoundQuotation, type TextSpan } from '../src/quotes/plain-text.ts';

export const DEFAULT_FIXTURES =
  process.env.EXPLAINERS_CORPORA ??
  fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));
export const REPORT_PATH = fileURLToPath(new URL('../EVAL-QUOTES.md', import.meta.url));

/** The figures for one gold set. */
export interface DatasetScore {
  name: string;
  documents: number;
  /** Gold quotations. */
  gold: number;
  /** Quotations found (outermost only: a nested one is part of the one around it). */
  found: number;
  /** Found quotations that are gold quotations. */
  foundRight: number;
  /** Gold quotations that were found. */
  goldFound: number;
  /** Found gold quotations with a gold speaker, and those whose speaker was right. */
  attributable: number;
  attributedRight: number;
  /** Found quotations given a speaker, and those of them that are gold quotations. */
  withSpeaker: number;
  withSpeakerRight: number;
  /** Seed only: apostrophes read as quotation marks, of those listed. */
  apostrophesTaken?: number;
  apostrophes?: number;
  /** Misses, for `--verbose` (never written to the report: the texts are the publishers'). */
  misses: string[];
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
export const precisionOf = (s: DatasetScore) => ratio(s.foundRight, s.found);
export const recallOf = (s: DatasetScore) => ratio(s.goldFound, s.gold);
export const accuracyOf = (s: DatasetScore) => ratio(s.attributedRight, s.attributable);

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
const outermost = (found: readonly FoundQuotation[]) => found.filter((q) => q.depth === 0);
const short = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text);

function emptyScore(name: string): DatasetScore {
  return {
    name,
    documents: 0,
    gold: 0,
    found: 0,
    foundRight: 0,
    goldFound: 0,
    attributable: 0,
    attributedRight: 0,
    withSpeaker: 0,
    withSpeakerRight: 0,
    misses: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The seed

interface SeedGold {
  file: string;
  quotes: Array<{
    quote: { start: number; end: number; text: string };
    speaker: string | null;
    speaker_span?: { start: number; end: number; text: string };
  }>;
  apostrophes_not_quotes: Array<{ offset: number }>;
}

/** Exact spans; a speaker is right when its name is the gold one (or both are none). */
export function evaluateSeed(fixtures = DEFAULT_FIXTURES): DatasetScore {
  const dir = path.join(fixtures, 'seed');
  const gold = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as SeedGold;
  const text = readFileSync(path.join(dir, gold.file), 'utf8');
  const found = outermost(quotationsInText(text, { lang: 'en' }).quotations);
  const score = emptyScore('seed');
  score.documents = 1;
  score.gold = gold.quotes.length;
  score.found = found.length;
  const key = (s: TextSpan) => `${s.start}:${s.end}`;
  const goldKeys = new Set(gold.quotes.map((q) => key(q.quote)));
  score.foundRight = found.filter((q) => goldKeys.has(key(q))).length;
  score.withSpeaker = found.filter((q) => q.speaker).length;
  score.withSpeakerRight = found.filter((q) => q.speaker && goldKeys.has(key(q))).length;
  for (const g of gold.quotes) {
    const match = found.find((q) => key(q) === key(g.quote));
    if (!match) {
      score.misses.push(`not found: ${short(g.quote.text)}`);
      continue;
    }
    score.goldFound += 1;
    score.attributable += 1;
    const right =
      g.speaker === null
        ? match.speaker === null
        : match.speaker !== null && nameKey(match.speaker.name) === nameKey(g.speaker);
    if (right) score.attributedRight += 1;
    else
      score.misses.push(
        `speaker of ${short(g.quote.text)}: ${match.speaker?.name ?? 'none'}, expected ${g.speaker ?? 'none'}`,
      );
  }
  const marks = found.flatMap((q) => [q.start, q.end - 1]);
  score.apostrophes = gold.apostrophes_not_quotes.length;
  score.apostrophesTaken = gold.apostrophes_not_quotes.filter((a) =>
    marks.includes(a.offset),
  ).length;
  return score;
}

// ---------------------------------------------------------------------------------------------
// PolNeAR dev

interface PolnearSpan {
  start: number;
  end: number;
  text: string;
}
interface PolnearDoc {
  split: string;
  text_file: string;
  annotator: string;
  attributions: Array<{
    id: string;
    source: PolnearSpan[];
    cue: PolnearSpan[];
    content: PolnearSpan[];
  }>;
}

/** Quotation marks that make a content span a direct quotation (apostrophes excluded). */
const QUOTATION_MARK = /["“”„«»‹›‘‚「」『』]/u;

/** Code-point offsets → UTF-16 offsets for one text. */
export function codePointOffsets(text: string): (offset: number) => number {
  const table: number[] = [];
  let unit = 0;
  for (const char of text) {
    table.push(unit);
    unit += char.length;
  }
  table.push(unit);
  return (offset) => table[Math.min(Math.max(offset, 0), table.length - 1)]!;
}

const HEAD_STOP = new Set([
  'of',
  'who',
  'which',
  'that',
  'from',
  'at',
  'for',
  'in',
  'with',
  'on',
  'whose',
  'whom',
  'to',
]);

/**
 * The head words of a source span: the last word before the first comma, parenthesis,
 * preposition or relative pronoun ("Hillary Clinton’s campaign manager Robby Mook" → Mook, "the
 * director of the Institute" → director), and, for an appositive ("Another critic, Laurence H.
 * Tribe,"), the head of the second part too.
 */
export function headsOf(span: TextSpan, text: string): TextSpan[] {
  const words = [
    ...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,()—–]/gu),
  ];
  const heads: TextSpan[] = [];
  let last: TextSpan | undefined;
  let stopped = false;
  let chunks = 0;
  const flush = () => {
    if (last) heads.push(last);
    last = undefined;
    chunks += 1;
  };
  for (const match of words) {
    const word = match[0].replace(/['’]s?$/u, '').replace(/\.$/, '');
    if (/^[,()—–]$/.test(word)) {
      if (!stopped || last) flush();
      stopped = false;
      if (chunks >= 2) break;
      continue;
    }
    if (stopped) continue;
    if (HEAD_STOP.has(word.toLowerCase()) && last) {
      stopped = true;
      continue;
    }
    const start = span.start + match.index;
    last = { start, end: start + match[0].length };
  }
  if (chunks < 2) flush();
  return heads;
}

/** Detection by overlap with a gold content span; a speaker is right when it overlaps a head. */
export function evaluatePolnear(fixtures = DEFAULT_FIXTURES): DatasetScore {
  const dir = path.join(fixtures, 'quotes', 'polnear-dev');
  const data = JSON.parse(readFileSync(path.join(dir, 'attributions.json'), 'utf8')) as {
    documents: PolnearDoc[];
  };
  const score = emptyScore('polnear-dev');
  for (const doc of data.documents) {
    score.documents += 1;
    const text = readFileSync(path.join(dir, doc.text_file), 'utf8');
    const utf16 = codePointOffsets(text);
    const span = (s: PolnearSpan): TextSpan => ({ start: utf16(s.start), end: utf16(s.end) });
    const gold = doc.attributions.flatMap((a) =>
      a.content
        .filter((c) => QUOTATION_MARK.test(c.text))
        .map((c) => ({ content: span(c), sources: a.source.map(span), text: c.text })),
    );
    for (const g of gold) {
      if (text.slice(g.content.start, g.content.end) !== g.text)
        throw new Error(`${doc.text_file}: gold span does not match the text: ${short(g.text)}`);
    }
    const found = outermost(quotationsInText(text, { lang: 'en' }).quotations);
    score.gold += gold.length;
    score.found += found.length;
    const isGold = (q: FoundQuotation) => gold.some((g) => overlaps(q, g.content));
    score.foundRight += found.filter(isGold).length;
    score.withSpeaker += found.filter((q) => q.speaker).length;
    score.withSpeakerRight += found.filter((q) => q.speaker && isGold(q)).length;
    for (const g of gold) {
      const match = found.find((q) => overlaps(q, g.content));
      if (!match) {
        score.misses.push(`${doc.text_file} not found: ${short(g.text)}`);
        continue;
      }
      score.goldFound += 1;
      if (g.sources.length === 0) continue;
      score.attributable += 1;
      const heads = g.sources.flatMap((s) => headsOf(s, text));
      const predicted: TextSpan[] = [];
      if (match.speaker?.start !== undefined && match.speaker.end !== undefined)
        predicted.push({ start: match.speaker.start, end: match.speaker.end });
      if (match.speaker && match.mention) predicted.push(match.mention);
      if (predicted.some((p) => heads.some((h) => overlaps(p, h)))) score.attributedRight += 1;
      else
        score.misses.push(
          `${doc.text_file} speaker of ${short(match.text)}: ${match.speaker?.name ?? 'none'}` +
            ` (${match.reason}${match.mention ? `, "${match.mention.text}"` : ''}), expected ` +
            g.sources.map((s) => `"${text.slice(s.start, s.end)}"`).join(' + ') +
            ` [${heads.map((h) => text.slice(h.start, h.end)).join(', ')}]`,
        );
    }
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Unit cases

interface UnitCase {
  source: string;
  lang: string;
  text: string;
  expected: Array<{ content: string; speaker?: string | string[]; canonicalSpeaker?: string }>;
}

/** Detection by exact text; a speaker is right when its name or mention is a gold name. */
export function evaluateUnitCases(fixtures = DEFAULT_FIXTURES): DatasetScore {
  const file = path.join(fixtures, 'quotes', 'attribution-unit-cases.json');
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: UnitCase[] };
  const score = emptyScore('attribution-unit-cases');
  for (const c of cases) {
    score.documents += 1;
    const found = outermost(quotationsInText(c.text, { lang: c.lang }).quotations);
    const golds = new Set(c.expected.map((e) => e.content));
    score.gold += c.expected.length;
    score.found += found.length;
    score.foundRight += found.filter((q) => golds.has(q.text)).length;
    score.withSpeaker += found.filter((q) => q.speaker).length;
    score.withSpeakerRight += found.filter((q) => q.speaker && golds.has(q.text)).length;
    for (const q of found)
      if (!golds.has(q.text)) score.misses.push(`${short(c.text)}: not a quotation: ${q.text}`);
    for (const e of c.expected) {
      const match = found.find((q) => q.text === e.content);
      if (!match) {
        score.misses.push(`${short(c.text)}: not found: ${e.content}`);
        continue;
      }
      score.goldFound += 1;
      const names = [e.speaker ?? [], e.canonicalSpeaker ?? []].flat().map(nameKey);
      if (names.length === 0) continue;
      score.attributable += 1;
      const said = [match.speaker?.name, match.speaker ? match.mention?.text : undefined]
        .filter((n): n is string => !!n)
        .map(nameKey);
      const right = said.some((s) =>
        names.some((n) => s === n || ` ${s} `.includes(` ${n} `) || ` ${n} `.includes(` ${s} `)),
      );
      if (right) score.attributedRight += 1;
      else
        score.misses.push(
          `${short(c.text)}: speaker ${match.speaker?.name ?? 'none'}, expected ${names.join(' / ')}`,
        );
    }
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Report

const pct = (value: number) => value.toFixed(3);

/** The Markdown table of the scores. */
export function renderTable(scores: readonly DatasetScore[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.name} | ${s.documents} | ${s.gold} | ${s.found} | ${pct(precisionOf(s))} | ` +
      `${pct(recallOf(s))} | ${pct(accuracyOf(s))} (${s.attributedRight}/${s.attributable}) | ` +
      `${pct(ratio(s.withSpeakerRight, s.withSpeaker))} (${s.withSpeakerRight}/${s.withSpeaker}) |`,
  );
  return [
    '| Dataset | Documents | Gold quotations | Found | Detection precision | Detection recall | Attribution accuracy | Precision of quotations given a speaker |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

export function renderReport(scores: readonly DatasetScore[]): string {
  const seed = scores.find((s) => s.name === 'seed');
  const apostrophes =
    seed?.apostrophes !== undefined
      ? `\nOn the seed, ${seed.apostrophesTaken} of its ${seed.apostrophes} apostrophes were taken for a quotation mark.\n`
      : '';
  return `# Quotation detection and attribution: evaluation

Written by \`npm run eval:quotes\` (\`scripts/eval-quotes.ts\`); do not edit by hand. Rerun it after
changing anything in \`src/quotes/\`.

${renderTable(scores)}
${apostrophes}
## How each figure is counted

- **Found** counts outermost quotations only (a quotation nested in another is part of it).
- **seed** (\`seed/expected.json\`): a quotation is found when its start and end offsets are the
  gold ones exactly; a speaker is right when its name is the gold speaker's, or when both are none
  (the scare quote \`'backdoors'\` has none).
- **polnear-dev** (PolNeAR dev split, 19 annotated documents of 14 articles; one article was
  annotated by six annotators and is counted once per annotation): a gold quotation is an
  attribution's content span that contains a quotation mark (\`"\` \`“\` \`”\` \`‘\` \`«\` \`»\` …; not
  the apostrophe \`’\`). Gold offsets are code points and are converted to UTF-16 before
  comparing (the dev texts have no characters outside the BMP, so the two agree). A found
  quotation matches a gold one when they overlap. A speaker is right when the place the text
  names it (the name, or the pronoun or description that stands for it) overlaps the head of the
  gold source span: its last word before a comma, parenthesis, preposition or relative pronoun,
  and for an appositive (\`Another critic, Laurence H. Tribe,\`) also the second part's. A
  quotation given no speaker counts as wrong. Found quotations that are not direct quotations in
  PolNeAR's sense (titles, scare quotes, nicknames, quotations the annotators left out) lower
  detection precision; the last column counts only those the tool gave a speaker.
- **attribution-unit-cases** (textacy and CoreNLP test cases): a quotation is found when its text
  is the gold content; the cases list titles and scare quotes as no quotation, so the detector,
  which marks every span in quotation marks, loses precision there by design, and the last column
  shows the quotations it gave a speaker. A speaker is right when its name or the words standing
  for it are a gold speaker (or the gold canonical speaker).
`;
}

export function evaluateAll(fixtures = DEFAULT_FIXTURES): DatasetScore[] {
  return [evaluateSeed(fixtures), evaluatePolnear(fixtures), evaluateUnitCases(fixtures)];
}

// ---------------------------------------------------------------------------------------------
// The gate (`--check`)

/** The figures the gate reads, by the column of the table they are in. */
export const FIGURES = {
  'detection precision': precisionOf,
  'detection recall': recallOf,
  'attribution accuracy': accuracyOf,
  'precision of quotations given a speaker': (s: DatasetScore) =>
    ratio(s.withSpeakerRight, s.withSpeaker),
} as const;

/**
 * The floor of each figure, per gold set. TODAY'S FLOOR, TO BE RAISED TO ISSUE 13'S TARGETS:
 * these are the figures the code reaches now (EVAL-QUOTES.md), so the gate catches a regression
 * and is green; issue 13 sets named accuracy ≥ 0.90, precision of the speakers given ≥ 0.95 and
 * coverage ≥ 0.90 on polnear-dev and the seed, which the code does not reach yet (named accuracy
 * and coverage are not measured here yet).
 */
export const THRESHOLDS: Record<string, Partial<Record<keyof typeof FIGURES, number>>> = {
  seed: {
    'detection precision': 1,
    'detection recall': 1,
    'attribution accuracy': 1,
    'precision of quotations given a speaker': 1,
  },
  'polnear-dev': {
    'detection precision': 0.885,
    'detection recall': 1,
    'attribution accuracy': 0.94,
    'precision of quotations given a speaker': 0.962,
  },
  'attribution-unit-cases': {
    'detection precision': 0.846,
    'detection recall': 1,
    'attribution accuracy': 0.909,
    'precision of quotations given a speaker': 1,
  },
};

/** Every figure below its floor, as "set: figure 0.123 < 0.456"; empty when the gate passes. */
export function belowThresholds(scores: readonly DatasetScore[]): string[] {
  const failures: string[] = [];
  for (const [name, floors] of Object.entries(THRESHOLDS)) {
    const score = scores.find((s) => s.name === name);
    if (!score) {
      failures.push(`${name}: not measured`);
      continue;
    }
    for (const [figure, floor] of Object.entries(floors)) {
      const value = FIGURES[figure as keyof typeof FIGURES](score);
      if (value < floor) failures.push(`${name}: ${figure} ${pct(value)} < ${floor}`);
    }
  }
  return failures;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const fixtures = option('--fixtures') ?? DEFAULT_FIXTURES;
  if (!existsSync(path.join(fixtures, 'seed'))) {
    console.error(
      `No corpora at ${fixtures} (looked for seed/ there): pass --fixtures dir or set EXPLAINERS_CORPORA.`,
    );
    process.exit(1);
  }
  const scores = evaluateAll(fixtures);
  console.log(renderTable(scores));
  if (args.includes('--verbose')) {
    for (const s of scores) for (const miss of s.misses) console.log(`${s.name}: ${miss}`);
  }
  if (args.includes('--check')) {
    const failures = belowThresholds(scores);
    for (const failure of failures) console.error(`Below the floor: ${failure}`);
    if (failures.length === 0) console.log('\nEvery figure at or above its floor (THRESHOLDS).');
    process.exitCode = failures.length === 0 ? 0 : 1;
  } else {
    const out = option('--out') ?? REPORT_PATH;
    writeFileSync(out, renderReport(scores));
    console.log(`\nWrote ${shownPath(out)}`);
  }
}
