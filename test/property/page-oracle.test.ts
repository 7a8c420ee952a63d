/**
 * No text lost on the built page, and no character broken anywhere in a build: 60 explainers
 * (`FC_RUNS` sets another count) from the nothing-lost generator (a fixed seed; footnotes,
 * claims, comments, quotations, many scripts), each with a claimant, tags, a title, a claim, a
 * quotation and a footnote of text long enough to be cut where the site cuts (astral letters,
 * combining sequences, emoji ZWJ sequences after one to three ASCII letters) and some with file
 * names a URL must encode, are built with the real build
 * (Astro, then Pagefind). For each explainer, every word of the Markdown's visible text (a
 * CommonMark + GFM + directive parse: text, link and image text, directive labels, comments,
 * footnote definitions) appears on its page, in the source or the notes, at least as often.
 * Every file written is well-formed UTF-8 with no lone surrogate, and every internal link
 * decodes once to a file of the site.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/cli/search-index.ts';
import { cutText } from '../../src/contract/text.ts';
import { slugFromPath } from '../../src/markdown/ids.ts';
import { tempDir } from '../bad-input/run-cli.ts';
import { runBuild } from '../helpers/build.ts';
import { fileFor, htmlPages, linksOf, type Page } from '../site/publishing-crawl.ts';
import { fcRuns } from '../helpers/fc-runs.ts';
import { documentArb } from './generated-explainers.ts';

/**
 * Explainers built (`FC_RUNS` sets another count). This test built 300 of the generator's own,
 * whose names were hard only one time in three: 100 missed `cutText` made to slice UTF-16 units
 * (300 caught it: the build failed on the 103rd explainer), and 60 miss it with three seeds of
 * four. Each explainer now carries text to cut (`hard`) in every place, and one in five a file
 * name cut into its slug: 60 fail on that bug, on links encoded twice and on combining marks
 * dropped from the page with every seed tried.
 */
const DOCUMENTS = fcRuns(60);
const SEED = Number(process.env.FC_SEED ?? 20261127);

/** Graphemes that break a cut made in UTF-16 units: astral, combining, ZWJ and flag sequences. */
const HARD = ['𝐀', '𐐷', '𠀋', 'e\u0301', 'क\u093f', '😀', '👩🏽‍💻', '👨‍👩‍👧‍👦', '🇬🇧', 'ß', ' '];
/** Astral letters that stay astral through NFKC and lower-casing, as slugs make them. */
const ASTRAL_LETTERS = ['𐐷', '𠀋'];
/** Letters in two UTF-16 units, or a letter and a combining mark: where a cut in units breaks. */
const CUT_LETTERS = [...ASTRAL_LETTERS, 'e\u0301', 'क\u093f'];

/**
 * Text long enough to be cut wherever the site cuts (slugs at 48 units, result titles at 80,
 * excerpts, quotations in the source view): one to three ASCII letters first, so that a cut at
 * any length falls inside an astral letter for some of them, then a long run of astral letters
 * (one word, as slugs keep it whole) or of letters and combining marks, or a mix of every hard
 * grapheme with spaces, emoji and flags.
 */
const hard = fc
  .tuple(
    fc.integer({ min: 0, max: 3 }),
    fc.oneof(
      {
        weight: 2,
        arbitrary: fc.array(fc.constantFrom(...ASTRAL_LETTERS), { minLength: 30, maxLength: 60 }),
      },
      {
        weight: 1,
        arbitrary: fc.array(fc.constantFrom(...CUT_LETTERS), { minLength: 30, maxLength: 60 }),
      },
      {
        weight: 1,
        arbitrary: fc.array(fc.constantFrom(...HARD), { minLength: 30, maxLength: 60 }),
      },
    ),
  )
  .map(([offset, parts]) => `${'x'.repeat(offset)}${parts.join('').trim() || '𐐷'}`);

/**
 * A file name for an explainer (its slug, and so its address): plain, accented, in a script
 * without case, astral and long enough to be cut, or with characters a URL must encode.
 */
const fileName = (i: number, name: string) =>
  [
    `generated-${i}`,
    `Émile ${i} à Zürich`,
    `${i} हिन्दी लेख`,
    `${i}${cutText(name.replace(/[^\p{L}\p{M}]/gu, ''), 60)}`,
    `${i} 100%25 sure #${i}? a&b`,
  ][i % 5]!;

const y = (s: string) => JSON.stringify(s);

interface Generated {
  /** Its file name, without `.md`. */
  name: string;
  /** Its slug, as the site makes it from the file name (`slugFromPath`). */
  slug: string;
  markdown: string;
}

/**
 * Each explainer: a document of the nothing-lost generator, then names, a tag, a title, a claim
 * and a quotation made of `hard` text, so that every explainer cuts such text in many places.
 */
function generate(): Generated[] {
  const docs = fc.sample(documentArb, { numRuns: DOCUMENTS, seed: SEED });
  const names = fc.sample(hard, { numRuns: DOCUMENTS, seed: SEED + 1 });
  const texts = fc.sample(hard, { numRuns: DOCUMENTS, seed: SEED + 2 });
  return docs.map((doc, i) => {
    const name = names[i]!;
    const text = texts[i]!;
    // A title whose 80th unit falls inside an astral or combined character, some of the time.
    const title = `${'x'.repeat(i % 7)}${name}${name}`;
    const extra = `\n\nAs :claim[${text}]{by=${y(name)} rating=false} says “${cutText(name, 20)}”, and :quote[“${text}”]{by=${y(name)}}.[^edge]\n\n[^edge]: ${text}\n`;
    const file = fileName(i, text);
    return {
      name: file,
      slug: slugFromPath(`${file}.md`),
      markdown: `---
title: ${y(title)}
summary: ${y(`Summary ${i} ${text}`)}
published: 2026-01-01
tags: [${y(name)}, ${y(`100%25 #${i % 3}? a&b`)}]
source:
  publisher: Test Times
---

${doc.annotated}${extra}`,
    };
  });
}

const SETTINGS = {
  'site.yaml': `title: Oracle\ndescription: Generated explainers\nlanguage: en\nbaseUrl: https://example.org\ncommentPrefixes: ["Comment:"]\n`,
  'ratings.yaml': `scale:\n  - id: "false"\n    label: "False"\n    description: Wrong.\n    colour: "#9b1c1c"\n`,
  'people.yaml': `- id: andrew-parker\n  name: Andrew Parker\n`,
};

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Our own directives: their labels are text; any other directive is shown as written. */
const OURS = new Set(['claim', 'quote', 'comment']);

/**
 * The Markdown's visible text, one line per block (paragraph, heading, table cell, code): what a
 * reader of the file reads, without the syntax. Directives that are not ours stay as written.
 */
function visibleText(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = markdownParser.parse(body) as Root;
  visit(tree, (node, index, parent) => {
    const directive =
      node.type === 'textDirective' ||
      node.type === 'leafDirective' ||
      node.type === 'containerDirective';
    if (!directive || OURS.has(node.name) || !parent || index === undefined) return;
    const value = body.slice(node.position!.start.offset, node.position!.end.offset);
    parent.children.splice(index, 1, { type: 'text', value } as Text);
  });
  const lines: string[] = [];
  visit(tree, (node) => {
    if (['paragraph', 'heading', 'tableCell', 'code'].includes(node.type)) {
      lines.push(toString(node, { includeImageAlt: true }));
      return SKIP;
    }
  });
  return lines.join('\n');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.normalize('NFC').matchAll(WORD))
    counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the built page keeps every word', () => {
  let generated: Generated[];
  let outDir: string;
  /** Every HTML page of the build, each parsed once for the tests that read it. */
  let parsed: Page[] | undefined;
  const crawled = () => (parsed ??= htmlPages(outDir, '/'));
  beforeAll(async () => {
    generated = generate();
    const content = tempDir('explainers-oracle-');
    mkdirSync(path.join(content, 'explainers'));
    for (const [name, text] of Object.entries(SETTINGS))
      writeFileSync(path.join(content, name), text);
    for (const doc of generated)
      writeFileSync(path.join(content, 'explainers', `${doc.name}.md`), doc.markdown);
    outDir = tempDir('explainers-oracle-out-');
    const result = runBuild(outDir, { EXPLAINERS_CONTENT: content });
    // The build's error, without the content warnings (thousands of lines) that hide it.
    const output = (result.stdout + result.stderr)
      .split('\n')
      .filter((line) => !/\[WARN\]|^\s+hint:/.test(line))
      .join('\n');
    expect(result.status, output.slice(-4000)).toBe(0);
    await indexSite(outDir);
  }, 600_000);

  it(`loses no word of ${DOCUMENTS} generated explainers`, () => {
    const losses: string[] = [];
    let footnotes = 0;
    const trees = new Map(crawled().map((page) => [page.file, page.tree]));
    for (const doc of generated) {
      const file = `explainers/${doc.slug}/index.html`;
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const rows = selectAll('.row', trees.get(file) ?? fromHtml(html));
      expect(rows.length, doc.slug).toBeGreaterThan(0);
      footnotes += (html.match(/data-footnote-backref/g) ?? []).length;
      const page = words(rows.map((row) => toText(row)).join('\n'));
      for (const [word, count] of words(visibleText(doc.markdown))) {
        if ((page.get(word) ?? 0) < count)
          losses.push(`${doc.slug}: "${word}" ×${count}, page ×${page.get(word) ?? 0}`);
      }
    }
    expect(losses).toEqual([]);
    expect(footnotes).toBeGreaterThan(50);
  });

  it('writes well-formed UTF-8 with no lone surrogate in any file', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lone =
      /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;
    for (const file of filesIn(outDir)) {
      if (!/\.(html|json|jsonld|xml|csv|txt|css|js)$/.test(file)) continue;
      const text = decoder.decode(readFileSync(file));
      expect(text.isWellFormed(), file).toBe(true);
      expect(lone.exec(text)?.[0], file).toBeUndefined();
    }
  });

  it('links every internal URL, decoded once, to a file', () => {
    const site = 'https://example.org/';
    // Tens of thousands of links, to a few thousand paths: each path is looked up once, and the
    // broken ones are gathered and compared at the end (one assertion, every failure listed).
    const found = new Map<string, boolean>();
    const broken: string[] = [];
    let links = 0;
    for (const page of crawled()) {
      for (const link of linksOf(page)) {
        const url = new URL(link.value, site + page.url.slice(1));
        if (url.origin !== new URL(site).origin) continue;
        links += 1;
        try {
          decodeURIComponent(url.pathname);
        } catch {
          broken.push(`${page.file}: ${link.value} does not decode`);
          continue;
        }
        let exists = found.get(url.pathname);
        if (exists === undefined) {
          exists = fileFor(outDir, '/', url.pathname) !== undefined;
          found.set(url.pathname, exists);
        }
        if (!exists) broken.push(`${page.file}: ${link.value}`);
      }
    }
    expect(links).toBeGreaterThan(DOCUMENTS);
    expect(broken).toEqual([]);
  }, 300_000);
});
