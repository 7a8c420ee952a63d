#!/usr/bin/env node
/**
 * `node scripts/bench/measure-news.ts [folder…]`: the figures the realistic benchmark corpus
 * (`realistic-corpus.ts`) is shaped by, measured on real news text: article, paragraph and
 * sentence lengths, how many quotations and how long, and the slope of the vocabulary's
 * rank-frequency curve (Zipf's exponent). By default it reads PolNeAR's article texts from the
 * corpora folder ($EXPLAINERS_CORPORA, else `../shared/fixtures` beside the checkout), plus the
 * project's sample explainers for the density of claims and comments. It prints the figures; the
 * generator keeps them as constants, so neither the benchmark nor any test reads the corpora.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpora = process.env.EXPLAINERS_CORPORA ?? path.resolve(root, '../shared/fixtures');
const folders = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      path.join(corpora, 'quotes/polnear-train/text'),
      path.join(corpora, 'quotes/polnear-dev/text'),
    ];

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: values.length, mean, sd, p10: at(0.1), median: at(0.5), p90: at(0.9) };
};
const show = (name: string, values: number[]) => {
  const s = stats(values);
  const f = (v: number) => v.toFixed(2);
  console.log(
    `${name.padEnd(34)} n=${s.n} mean=${f(s.mean)} sd=${f(s.sd)} p10=${f(s.p10)} median=${f(s.median)} p90=${f(s.p90)}`,
  );
};

const words = (text: string) => text.match(/\p{L}[\p{L}\p{M}'’-]*|\p{N}[\p{N}.,]*/gu) ?? [];
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Double-quoted spans: curly pairs, or straight marks taken two by two. */
const QUOTATION = /“[^”\n]*”|"[^"\n]*"/g;

const files = folders.flatMap((folder) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => path.join(folder, name))
    : [],
);
if (files.length === 0) {
  console.error(`No .txt files in ${folders.join(', ')}; set EXPLAINERS_CORPORA or pass folders.`);
  process.exit(1);
}

const articleWords: number[] = [];
const paragraphsPerArticle: number[] = [];
const sentencesPerParagraph: number[] = [];
const wordsPerSentence: number[] = [];
const quotesPer1000: number[] = [];
const wordsPerQuote: number[] = [];
const quotedShare: number[] = [];
const paragraphsWithQuote: number[] = [];
const frequency = new Map<string, number>();
let allWords = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => words(p).length >= 3);
  if (paragraphs.length < 3) continue;
  let total = 0;
  let quotes = 0;
  let quoted = 0;
  let withQuote = 0;
  for (const paragraph of paragraphs) {
    const segments = [...sentences.segment(paragraph)].filter((s) => words(s.segment).length > 0);
    sentencesPerParagraph.push(segments.length);
    for (const s of segments) wordsPerSentence.push(words(s.segment).length);
    const found = paragraph.match(QUOTATION) ?? [];
    if (found.length) withQuote += 1;
    quotes += found.length;
    for (const q of found) {
      wordsPerQuote.push(words(q).length);
      quoted += words(q).length;
    }
    for (const word of words(paragraph)) {
      total += 1;
      const key = word.toLowerCase();
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  }
  allWords += total;
  articleWords.push(total);
  paragraphsPerArticle.push(paragraphs.length);
  quotesPer1000.push((quotes / total) * 1000);
  quotedShare.push(quoted / total);
  paragraphsWithQuote.push(withQuote / paragraphs.length);
}

console.log(
  `News text: ${articleWords.length} articles, ${allWords} words, from ${folders.join(', ')}`,
);
show('words per article', articleWords);
show('paragraphs per article', paragraphsPerArticle);
show('sentences per paragraph', sentencesPerParagraph);
show('words per sentence', wordsPerSentence);
show('quotations per 1,000 words', quotesPer1000);
show('words per quotation', wordsPerQuote);
show('share of words quoted', quotedShare);
show('share of paragraphs with a quotation', paragraphsWithQuote);

// Zipf's exponent: least-squares slope of log(frequency) over log(rank), ranks 1 to 5,000.
const ranked = [...frequency.values()].sort((a, b) => b - a);
const top = ranked.slice(0, 5000);
const xs = top.map((_, i) => Math.log(i + 1));
const ys = top.map((f) => Math.log(f));
const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
const my = ys.reduce((s, v) => s + v, 0) / ys.length;
const slope =
  xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) /
  xs.reduce((s, x) => s + (x - mx) ** 2, 0);
console.log(
  `vocabulary: ${frequency.size} distinct words; Zipf exponent over ranks 1–${top.length}: ${(-slope).toFixed(3)}; the 100 commonest words are ${((ranked.slice(0, 100).reduce((s, v) => s + v, 0) / allWords) * 100).toFixed(1)} % of the text`,
);

// Claims and comments per 1,000 words in the project's sample explainers (written by editors).
const sample = path.join(root, 'content/explainers');
let sampleWords = 0;
let claims = 0;
let comments = 0;
for (const name of readdirSync(sample).filter((n) => n.endsWith('.md'))) {
  const body = readFileSync(path.join(sample, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  sampleWords += words(body).length;
  claims += (body.match(/:claim\[/g) ?? []).length;
  comments += (body.match(/^:::comment|^Comment:/gm) ?? []).length;
}
console.log(
  `sample explainers: ${sampleWords} words; ${((claims / sampleWords) * 1000).toFixed(2)} claims and ${((comments / sampleWords) * 1000).toFixed(2)} comments per 1,000 words`,
);
