/**
 * The quotation-mark detector against the typography libraries' own cases (retext-smartypants,
 * smartquotes.js, cmark-gfm, markdown-it, typograf), read mechanically off each library's output;
 * typograf's per-locale conventions; and that `src/quotes/data/locales.json` is what
 * `scripts/gen-quote-locales.ts` makes of the CLDR delimiters file in the corpora.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Paragraph, PhrasingContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateQuoteLocalesJson } from '../../scripts/gen-quote-locales.ts';
import { findQuotes, type QuoteScan } from '../../src/quotes/marks/index.ts';
import { checkInvariants, OBJECT } from '../quotes/scan-invariants.ts';
import { corporaDir } from './corpora.ts';

// ---------------------------------------------------------------------------------------------
// Fixtures (read in place, never copied)

const fixturePath = (name: string) => path.join(corporaDir, 'typography', name);
const fixture = <T>(name: string): T => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as T;

const typografChars = fixture<{
  locales: Record<string, { left: string; right: string } | string>;
}>('typograf-locale-quote-chars.json');
const typografCases = fixture<{
  cases: { file: string; locale: string; input: string; expected: string; casePrefs: unknown }[];
}>('typograf-quote-rule-cases.json');
const retextCases = fixture<{
  cases: { name: string; options: Record<string, unknown>; input: string; expected: string }[];
}>('retext-smartypants-cases.json');
const smartquotesCases = fixture<{ cases: { input: string; expected: string }[] }>(
  'smartquotes-js-string-cases.json',
);
const markdownIt = fixture<{
  smartquotes: { title: string; markdown: string; html: string }[];
  typographer: { title: string; markdown: string; html: string }[];
  custom_quotes_from_misc_test: { options: { quotes: string[] }; markdown: string; html: string }[];
}>('markdown-it-typographer-cases.json');
const cmark = fixture<{ example: number; markdown: string; html: string }[]>(
  'cmark-gfm-smart_punct.json',
);

// ---------------------------------------------------------------------------------------------
// Plain text of paragraphs, as the caller gives it: opaque inline content becomes U+FFFC.

function flatten(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if ('children' in node) text += flatten(node.children as PhrasingContent[]);
    else text += OBJECT;
  }
  return text;
}

function markdownParagraphs(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph') out.push(flatten((node as Paragraph).children));
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

const decodeEntities = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));

function htmlParagraphs(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => stripTags(match[1]!));
}

/** Plain text with optional HTML: paragraphs at blank lines and at </p>. */
function textParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n|<\/p>/)
    .map(stripTags)
    .filter((paragraph) => paragraph.trim() !== '');
}

// ---------------------------------------------------------------------------------------------
// The expected quotations, read mechanically off a smart-quoting library's output.

type Pair = readonly [string, string];
const ENGLISH: Pair[] = [
  ['“', '”'],
  ['‘', '’'],
];
/** Characters that can be a quotation mark or a prime, in input or output. */
const QUOTE_LIKE = new Set([...'"\'“”‘’„‚«»‹›「」『』‟‛′″‴']);
const NOT_A_QUOTATION = new Set([...'"\'′″‴']);

const isAlnum = (char: string | undefined) =>
  char !== undefined && /^[\p{L}\p{N}\p{M}]$/u.test(char);
const isDigit = (char: string | undefined) => char !== undefined && /^\p{Nd}$/u.test(char);
const isSpace = (char: string | undefined) => char === undefined || /^\s$/u.test(char);

interface Expectation {
  /** "start-end@depth" of closed quotations, depth counted among closed quotations only. */
  closed: string[];
  /** Starts of quotations the library left open (converted opening mark, no closing mark). */
  unclosed: number[];
  /** Offsets of marks the library wrote as apostrophes between letters, at a word start or before digits. */
  apostrophes: number[];
  /** Offset → the character the library wrote there. */
  written: Map<number, string>;
}

const positionsOf = (text: string) =>
  [...text].flatMap((_, i) => (QUOTE_LIKE.has(text[i]!) ? [i] : []));

/** Depth among closed spans only, so unclosed marks the libraries disagree about do not count. */
function closedKeys(spans: readonly { start: number; end: number }[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: { end: number }[] = [];
  return sorted.map((span) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= span.start) stack.pop();
    stack.push(span);
    return `${span.start}-${span.end}@${stack.length - 1}`;
  });
}

/**
 * Pairs up the marks of the expected output the way a reader would: the library's opening marks
 * open, closing marks close the innermost fitting open one; ’ after nothing open is an apostrophe.
 * Returns undefined when the quote-like characters of input and output do not correspond 1:1.
 */
function expectationFor(
  input: string,
  expected: string,
  pairs: readonly Pair[],
): Expectation | undefined {
  const at = positionsOf(input);
  const chars = [...expected].filter((char) => QUOTE_LIKE.has(char));
  if (chars.length !== at.length) return undefined;
  const opens = new Set(pairs.map(([open]) => open));
  const closes = new Set(pairs.map(([, close]) => close));
  const fits = (open: string, close: string) => pairs.some(([o, c]) => o === open && c === close);
  const stack: { start: number; mark: string }[] = [];
  const closed: { start: number; end: number }[] = [];
  const apostrophes: number[] = [];
  const written = new Map<number, string>();
  at.forEach((offset, k) => {
    const char = chars[k]!;
    written.set(offset, char);
    if (NOT_A_QUOTATION.has(char)) return;
    const before = input[offset - 1];
    const after = input[offset + 1];
    if (char === '’' && !opens.has('’')) {
      if ((isAlnum(before) && isAlnum(after)) || isSpace(before) || isDigit(after)) {
        apostrophes.push(offset);
        return;
      }
    }
    let target = -1;
    if (closes.has(char)) {
      for (let i = stack.length - 1; i >= 0; i--) {
        if (fits(stack[i]!.mark, char)) {
          target = i;
          break;
        }
      }
    }
    if (target >= 0) {
      closed.push({ start: stack[target]!.start, end: offset + 1 });
      stack.length = target;
    } else if (opens.has(char)) {
      stack.push({ start: offset, mark: char });
    }
  });
  return {
    closed: closedKeys(closed),
    unclosed: stack.map((entry) => entry.start),
    apostrophes,
    written,
  };
}

/** Differences between what the detector found and what the library's output says. */
function compare(input: string, scan: QuoteScan, expectation: Expectation): string[] {
  const problems: string[] = [];
  const found = closedKeys(scan.quotes.filter((q) => q.close !== ''));
  const want = expectation.closed;
  if (found.join() !== want.join())
    problems.push(`closed quotations ${found.join(' ')} ≠ expected ${want.join(' ')}`);
  const openAtEnd = new Set(scan.openAtEnd.map((q) => q.start));
  for (const start of expectation.unclosed) {
    if (!openAtEnd.has(start)) problems.push(`expected a quotation left open at ${start}`);
  }
  for (const start of openAtEnd) {
    // Libraries that pair nothing with a lone opening mark leave it straight: no contradiction.
    const written = expectation.written.get(start);
    if (!expectation.unclosed.includes(start) && written !== input[start]) {
      problems.push(`left open at ${start}, but the library wrote ${written ?? 'nothing'} there`);
    }
  }
  const boundaries = new Set(
    scan.quotes.flatMap((q) => (q.close === '' ? [q.start] : [q.start, q.end - 1])),
  );
  const reported = new Set(scan.unmatched.map((mark) => mark.offset));
  for (const offset of expectation.apostrophes) {
    if (boundaries.has(offset) || reported.has(offset))
      problems.push(`apostrophe at ${offset} read as a quotation mark`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Fixture cases

interface Case {
  id: string;
  lang: string;
  /** Paragraph texts given to the detector, and the library's output for each. */
  paragraphs: { input: string; expected: string }[];
  pairs: readonly Pair[];
}

/** Cases left out, and why; each is counted in the test names. */
const SKIPPED: {
  reason: string;
  applies: (source: string, input: string, options: Record<string, unknown>) => boolean;
}[] = [
  {
    reason: 'no quotation mark in the input: the case is about dashes, ellipses or symbols',
    applies: (_source, input) => positionsOf(input).length === 0,
  },
  {
    reason:
      'retext-smartypants {quotes: false}: backtick and double-apostrophe conversion, not quotation detection',
    applies: (source, _input, options) =>
      source === 'retext-smartypants' && options.quotes === false,
  },
];

/**
 * Cases whose expected output conflicts with the rules of the detector. Each is checked to still
 * differ, so the list cannot go stale.
 */
const knownDifferences: { id: string; reason: string }[] = [
  {
    id: 'markdown-it: Should not match quotes on different levels:',
    reason:
      'markdown-it pairs quotes only at the same emphasis level; the detector sees the flattened paragraph',
  },
  {
    id: 'markdown-it: Smartquotes should not overlap with other tags:',
    reason:
      'same: a quotation across emphasis boundaries is found (the caller splits it into segments)',
  },
  {
    id: 'markdown-it: Should be escapable:',
    reason: 'a backslash-escaped quote is an ordinary " in the flattened text',
  },
  { id: 'cmark-gfm #11', reason: 'same: backslash escapes are gone from the flattened text' },
  {
    id: 'markdown-it: Should not replace entities:',
    reason: '&quot; is an ordinary " in the flattened text',
  },
  {
    id: 'retext-smartypants: Curly quotes > should use correct quotes around work breaks #2',
    reason:
      'a lone " before two punctuation marks: retext curls it closing; by flanking it opens (reported unclosed)',
  },
  {
    id: 'retext-smartypants: Curly quotes > should use correct quotes around work breaks #3',
    reason: 'same, a lone " before ~ at the end',
  },
  {
    id: 'typograf #55 (ru): «Корпорация "Амбрелла"»',
    reason:
      'unbalanced input: typograf closes the outer « with the only »; the detector closes the innermost',
  },
  {
    id: 'typograf #58 (ru): """"""слово"""" """"сло"',
    reason:
      'degenerate runs of straight quotes: a closing run closes as many open marks as it has, typograf closes the outermost',
  },
];

const typografPairs = (locale: string): Pair[] => {
  const chars = typografChars.locales[locale];
  if (typeof chars !== 'object') return ENGLISH;
  return [...chars.left].map((open, i) => [open, [...chars.right][i]!] as const);
};

/** Every fixture case, keyed by source, with the skip reason of those left out. */
function fixtureCases(): Map<string, { cases: Case[]; skipped: { id: string; reason: string }[] }> {
  const sources = new Map<string, { cases: Case[]; skipped: { id: string; reason: string }[] }>();
  const add = (source: string, c: Case, input: string, options: Record<string, unknown> = {}) => {
    const entry = sources.get(source) ?? { cases: [], skipped: [] };
    sources.set(source, entry);
    const skip = SKIPPED.find((rule) => rule.applies(source, input, options));
    if (skip) entry.skipped.push({ id: c.id, reason: skip.reason });
    else entry.cases.push(c);
  };
  const zip = (inputs: string[], outputs: string[]) => {
    if (inputs.length !== outputs.length)
      throw new Error(`paragraph counts differ: ${inputs.length} vs ${outputs.length}`);
    return inputs.map((input, i) => ({ input, expected: outputs[i]! }));
  };

  for (const c of retextCases.cases) {
    const opening = c.options.openingQuotes as { double: string; single: string } | undefined;
    const closing = c.options.closingQuotes as { double: string; single: string } | undefined;
    const pairs: Pair[] =
      opening && closing
        ? [
            [opening.double, closing.double],
            [opening.single, closing.single],
          ]
        : ENGLISH;
    const id = `retext-smartypants: ${c.name}`;
    add(
      'retext-smartypants',
      {
        id,
        lang: 'en',
        paragraphs: zip(textParagraphs(c.input), textParagraphs(c.expected)),
        pairs,
      },
      c.input,
      c.options,
    );
  }
  smartquotesCases.cases.forEach((c, i) => {
    const id = `smartquotes.js #${i + 1}: ${c.input}`;
    add(
      'smartquotes.js',
      {
        id,
        lang: 'en',
        paragraphs: zip(textParagraphs(c.input), textParagraphs(c.expected)),
        pairs: ENGLISH,
      },
      c.input,
    );
  });
  for (const c of cmark) {
    const id = `cmark-gfm #${c.example}`;
    add(
      'cmark-gfm',
      {
        id,
        lang: 'en',
        paragraphs: zip(markdownParagraphs(c.markdown), htmlParagraphs(c.html)),
        pairs: ENGLISH,
      },
      c.markdown,
    );
  }
  for (const c of [...markdownIt.smartquotes, ...markdownIt.typographer]) {
    const id = `markdown-it: ${c.title || c.markdown.trim()}`;
    add(
      'markdown-it',
      {
        id,
        lang: 'en',
        paragraphs: zip(markdownParagraphs(c.markdown), htmlParagraphs(c.html)),
        pairs: ENGLISH,
      },
      c.markdown,
    );
  }
  markdownIt.custom_quotes_from_misc_test.forEach((c, i) => {
    // Custom replacement strings stand for “ ” ‘ ’; map them back before reading the output.
    const [ldq, rdq, lsq, rsq] = c.options.quotes as [string, string, string, string];
    const html = c.html
      .split(lsq)
      .join('‘')
      .split(ldq)
      .join('“')
      .split(rsq)
      .join('’')
      .split(rdq)
      .join('”');
    const id = `markdown-it custom quotes #${i + 1}`;
    add(
      'markdown-it',
      {
        id,
        lang: 'en',
        paragraphs: zip(markdownParagraphs(c.markdown), htmlParagraphs(html)),
        pairs: ENGLISH,
      },
      c.markdown,
    );
  });
  typografCases.cases.forEach((c, i) => {
    const id = `typograf #${i + 1} (${c.locale}): ${c.input.slice(0, 24).trim()}`;
    const input = decodeEntities(c.input); // as the text of a parsed document: entities decoded
    add(
      'typograf',
      {
        id,
        lang: c.locale,
        paragraphs: zip(textParagraphs(input), textParagraphs(c.expected)),
        pairs: typografPairs(c.locale),
      },
      input,
    );
  });
  return sources;
}

/** Runs a case paragraph by paragraph, carrying open quotations the way the caller does. */
function runCase(c: Case): string[] {
  const problems: string[] = [];
  let carry: string[] = [];
  c.paragraphs.forEach(({ input, expected }, index) => {
    const scan = findQuotes(input, c.lang, { carryOpen: carry });
    checkInvariants(input, scan);
    const next = c.paragraphs[index + 1]?.input.trimStart() ?? '';
    carry = scan.openAtEnd.filter((q) => next.startsWith(q.open)).map((q) => q.open);
    const expectation = expectationFor(input, expected, c.pairs);
    if (!expectation) {
      // Marks merged into primes ('' → ″): only acceptable when no quotation is expected at all.
      const quotations = [...expected].filter(
        (char) => QUOTE_LIKE.has(char) && !NOT_A_QUOTATION.has(char),
      );
      if (quotations.length > 0)
        problems.push(`¶${index + 1}: cannot align quote marks of ${JSON.stringify(expected)}`);
      else if (scan.quotes.length + scan.unmatched.length > 0)
        problems.push(`¶${index + 1}: expected no quotation at all`);
      return;
    }
    for (const problem of compare(input, scan, expectation))
      problems.push(`¶${index + 1} ${JSON.stringify(input)}: ${problem}`);
  });
  return problems;
}

const sources = fixtureCases();
const knownIds = new Set(knownDifferences.map((known) => known.id));

describe('fixture cases', () => {
  it('every known difference and skip names a real case', () => {
    const all = [...sources.values()].flatMap((source) => source.cases.map((c) => c.id));
    for (const known of knownDifferences) expect(all).toContain(known.id);
    expect(knownDifferences.length).toBeLessThanOrEqual(10);
  });

  for (const [source, { cases, skipped }] of sources) {
    const known = cases.filter((c) => knownIds.has(c.id));
    const checked = cases.length - known.length;
    describe(`${source}: ${checked} agree, ${skipped.length} skipped, ${known.length} known differences`, () => {
      for (const c of cases) {
        if (knownIds.has(c.id)) {
          it(`known difference: ${c.id}`, () => {
            expect(runCase(c), knownDifferences.find((k) => k.id === c.id)!.reason).not.toEqual([]);
          });
        } else {
          it(c.id, () => {
            expect(runCase(c)).toEqual([]);
          });
        }
      }
      const reasons = new Map<string, number>();
      for (const s of skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
      for (const [reason, count] of reasons) {
        it(`skips ${count}: ${reason}`, () => {
          expect(SKIPPED.map((rule) => rule.reason)).toContain(reason);
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// CLDR and the generated table

describe('quote-locales.json', () => {
  it('is what scripts/gen-quote-locales.ts makes of the CLDR fixture', () => {
    const committed = readFileSync(
      new URL('../../src/quotes/data/locales.json', import.meta.url),
      'utf8',
    );
    expect(generateQuoteLocalesJson(fixturePath('cldr-delimiters-all-locales.json'))).toBe(
      committed,
    );
  });

  it('stays small', () => {
    const committed = readFileSync(
      new URL('../../src/quotes/data/locales.json', import.meta.url),
      'utf8',
    );
    expect(Buffer.byteLength(committed)).toBeLessThan(8 * 1024);
  });
});

describe('typograf conventions', () => {
  it('finds the conventions typograf uses per locale (up to three levels)', () => {
    const failures: string[] = [];
    for (const [locale, chars] of Object.entries(typografChars.locales)) {
      if (typeof chars !== 'object') continue;
      const left = [...chars.left];
      const right = [...chars.right];
      let text = 'word';
      for (let level = left.length - 1; level >= 0; level--)
        text = `${left[level]}Level ${text}.${right[level]}`;
      text = `Intro ${text} outro`;
      const scan = findQuotes(text, locale);
      const depths = scan.quotes.map((q) => q.depth);
      const ok = scan.unmatched.length === 0 && depths.join() === left.map((_, i) => i).join();
      if (!ok) failures.push(`${locale}: ${text} → ${JSON.stringify(scan.quotes)}`);
      // French spacing: a no-break space inside the marks.
      if ((chars as { spacing?: boolean }).spacing) {
        const spaced = `Il a dit ${left[0]}\u202FBonjour ${left[1]}\u00A0toi\u00A0${right[1]} !\u202F${right[0]} hier`;
        const spacedScan = findQuotes(spaced, locale);
        if (
          spacedScan.quotes.map((q) => q.depth).join() !== '0,1' ||
          spacedScan.unmatched.length > 0
        ) {
          failures.push(`${locale} spaced: ${spaced} → ${JSON.stringify(spacedScan)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('paragraphs carried over', () => {
  it('the smartquotes.js multi-paragraph fixture', () => {
    const html = readFileSync(
      fixturePath('originals/smartquotes.js/fixture-multiparagraph.html'),
      'utf8',
    );
    const paragraphs = htmlParagraphs(html).map((p) => p.trim());
    expect(paragraphs).toHaveLength(4);
    let carry: string[] = [];
    const open = paragraphs.map((text, i) => {
      const scan = findQuotes(text, 'en', { carryOpen: carry });
      const next = paragraphs[i + 1] ?? '';
      carry = scan.openAtEnd.filter((q) => next.startsWith(q.open)).map((q) => q.open);
      return [scan.openAtEnd.length, scan.quotes.filter((q) => q.close !== '').length];
    });
    expect(open).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
  });
});
