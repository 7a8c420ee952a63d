/**
 * A content folder for the benchmark. The synthetic corpus, the worst case: N explainers of about
 * 1,000 words, each with about 10 quotations, 3 claims and 3 comments, written from a fixed word
 * list with a seeded generator, so every run measures the same text. The realistic corpus is in
 * `realistic-corpus.ts`. Settings come from the project's content/.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import path from 'node:path';
import { random } from './random.ts';
import { RATINGS, realisticExplainerMarkdown } from './realistic-corpus.ts';

const WORDS =
  `the council budget would transport minister said plan year cost figures report city road
safety lane hospital waiting list school meals rail service trains punctual percent million spend
review data evidence residents officials government agency public services local national week
month spokesperson committee vote proposal network pressure growth fall rise compared previous
average region district centre schools patients staff funding pledge promise target policy claim
analysis survey study office statement meeting members leaders opposition party campaign people`
    .split(/\s+/)
    .filter(Boolean);
const NAMES = [
  'Marta Lindqvist',
  'Dafydd Pryce',
  "Helen O'Neill",
  'Ravi Anand',
  'Grace Holt',
  'Jonas Ferreira',
];
const VERBS = ['said', 'told reporters', 'argued', 'warned', 'insisted'];

export interface CorpusOptions {
  /** Number of explainers. */
  count: number;
  /** Folder to write: `<dir>/explainers/*.md` plus the settings files. */
  dir: string;
  /** The project's content folder, for site.yaml, ratings.yaml and people.yaml. */
  settingsFrom: string;
  /**
   * `synthetic` (the worst case: claims of 6 random words out of 100, six speakers) or
   * `realistic` (news-like text, see `realistic-corpus.ts`).
   */
  kind?: CorpusKind;
}

export type CorpusKind = 'synthetic' | 'realistic';
export const CORPUS_KINDS: readonly CorpusKind[] = ['synthetic', 'realistic'];

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = picked.join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

/** One explainer's Markdown. */
export function explainerMarkdown(index: number): string {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  let claims = 0;
  for (let p = 0; p < 12; p += 1) {
    const parts: string[] = [];
    for (let s = 0; s < 4; s += 1) parts.push(`${sentence(next, 12 + Math.floor(next() * 8))}.`);
    // Roughly ten quotations per explainer, in straight and curly marks, with apostrophes.
    if (p % 6 !== 5) {
      const quote = sentence(next, 8);
      parts.push(
        p % 2
          ? `"${quote}," ${pick(NAMES)} ${pick(VERBS)}.`
          : `${pick(NAMES)} said the city's plan was “${quote.toLowerCase()}.”`,
      );
    }
    if (p % 4 === 1 && claims < 3) {
      claims += 1;
      parts.push(
        `Officials said :claim[${sentence(next, 6).toLowerCase()}]{#claim-${claims} by="${pick(NAMES)}" rating=${pick(RATINGS)}}.`,
      );
    }
    paragraphs.push(parts.join(' '));
    if (p === 1) paragraphs.push(`:::comment{on=claim-1}\n${sentence(next, 30)}.\n:::`);
    if (p === 6)
      paragraphs.push(
        `:::comment\n${sentence(next, 30)}. See the [report](https://example.com/report-${index}).\n:::`,
      );
    if (p === 9) paragraphs.push(`Comment: ${sentence(next, 25)}.`);
  }
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  return `---
title: "Benchmark explainer ${index}"
summary: "${sentence(next, 20)}."
published: 2025-${month}-${day}
tags: [bench, ${pick(WORDS)}]
editors: ["Bench Desk"]
source:
  publisher: "The Synthetic Times"
  url: https://example.com/articles/${index}
---

${paragraphs.join('\n\n')}
`;
}

/**
 * The project's rating scale, with a label in each language the realistic corpus writes
 * explainers in where the scale has none (a build refuses an explainer whose ratings have no
 * label in its language: `missing-translation`).
 */
function writeRatings(from: string, to: string): void {
  const settings = parse(readFileSync(from, 'utf8')) as {
    scale: Array<{ label: string; translations?: Record<string, { label: string }> }>;
  };
  for (const rating of settings.scale) {
    const translations = (rating.translations ??= {});
    for (const tag of ['de', 'fr', 'es'])
      translations[tag] ??= { label: `${rating.label} (${tag})` };
  }
  writeFileSync(to, stringify(settings));
}

/** Write the corpus; returns the number of bytes of Markdown written. */
export function writeCorpus({
  count,
  dir,
  settingsFrom,
  kind = 'synthetic',
}: CorpusOptions): number {
  mkdirSync(path.join(dir, 'explainers'), { recursive: true });
  const people = path.join(settingsFrom, 'people.yaml');
  if (existsSync(people)) copyFileSync(people, path.join(dir, 'people.yaml'));
  // The site's settings without a `pageSize` of their own (the sample content's is small, to
  // show its lists in pages): a corpus is built with the default, as a real site would be.
  const site = readFileSync(path.join(settingsFrom, 'site.yaml'), 'utf8');
  writeFileSync(path.join(dir, 'site.yaml'), site.replace(/^pageSize:.*\n?/mu, ''));
  writeRatings(path.join(settingsFrom, 'ratings.yaml'), path.join(dir, 'ratings.yaml'));
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const text = kind === 'realistic' ? realisticExplainerMarkdown(i) : explainerMarkdown(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, 'explainers', `bench-${String(i).padStart(5, '0')}.md`), text);
  }
  return bytes;
}
