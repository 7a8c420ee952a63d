import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Nodes, Paragraph, PhrasingContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateQuoteLocalesJson } from '../../scripts/gen-quote-locales.ts';
import { findQuotes, quoteMarksFor, type QuoteScan } from '../../src/quotes/marks/index.ts';

// ---------------------------------------------------------------------------------------------
// Fixtures (read in place, never copied)

const fixtureUrl = (name: string) =>
  new URL(`../../../shared/fixtures/typography/${name}`, import.meta.url);
const fixture = <T>(name: string): T => JSON.parse(readFileSync(fixtureUrl(name), 'utf8')) as T;

interface CldrEntry {
  quotationStart: string;
  quotationEnd: string;
  alternateQuotationStart: string;
  alternateQuotationEnd: string;
}
const cldr = fixture<{ locales: Record<string, CldrEntry> }>('cldr-delimiters-all-locales.json');
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

const OBJECT = '\uFFFC';

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
// Invariants every scan must keep

function invariantProblems(text: string, scan: QuoteScan): string[] {
  const problems: string[] = [];
  const fail = (what: string, value: unknown) => problems.push(`${what}: ${JSON.stringify(value)}`);
  let previous = -1;
  const enclosing: { end: number }[] = [];
  for (const q of scan.quotes) {
    if (q.start < previous) fail('quotes not sorted by start', q);
    previous = q.start;
    if (q.start < 0 || q.end <= q.start || q.end > text.length) fail('span out of range', q);
    if (text[q.start] !== q.open) fail('open is not the mark at start', q);
    if (q.close === '' ? q.end !== text.length : text[q.end - 1] !== q.close)
      fail('close/end disagree', q);
    while (enclosing.length > 0 && enclosing[enclosing.length - 1]!.end <= q.start) enclosing.pop();
    if (enclosing.length > 0 && q.end > enclosing[enclosing.length - 1]!.end)
      fail('quotations overlap', q);
    if (q.depth !== enclosing.length) fail(`depth is not ${enclosing.length}`, q);
    enclosing.push(q);
  }
  const quotes = new Set(scan.quotes);
  const openMarks = new Set(
    scan.unmatched.filter((m) => m.kind === 'open').map((m) => `${m.offset}${m.mark}`),
  );
  for (const q of scan.openAtEnd) {
    if (!quotes.has(q) || q.close !== '') fail('openAtEnd entry is not an unclosed quotation', q);
    if (!openMarks.has(`${q.start}${q.open}`)) fail('openAtEnd entry not reported unmatched', q);
  }
  if (scan.openAtEnd.length !== scan.quotes.filter((q) => q.close === '').length)
    fail('unclosed quotations missing from openAtEnd', scan.openAtEnd);
  let last = -1;
  for (const mark of scan.unmatched) {
    if (mark.offset < last) fail('unmatched not sorted', mark);
    last = mark.offset;
    if (text[mark.offset] !== mark.mark) fail('unmatched mark is not at its offset', mark);
  }
  return problems;
}

function checkInvariants(text: string, scan: QuoteScan): void {
  expect(invariantProblems(text, scan), text.slice(0, 60)).toEqual([]);
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
    expect(
      generateQuoteLocalesJson(fileURLToPath(fixtureUrl('cldr-delimiters-all-locales.json'))),
    ).toBe(committed);
  });

  it('stays small', () => {
    const committed = readFileSync(
      new URL('../../src/quotes/data/locales.json', import.meta.url),
      'utf8',
    );
    expect(Buffer.byteLength(committed)).toBeLessThan(8 * 1024);
  });
});

describe('quoteMarksFor', () => {
  const locales = Object.entries(cldr.locales);

  it(`gives CLDR's marks for all ${locales.length} CLDR locales`, () => {
    const wrong = locales.filter(([tag, d]) => {
      const marks = quoteMarksFor(tag);
      return (
        marks.primary.join('') !== d.quotationStart + d.quotationEnd ||
        marks.alternate.join('') !== d.alternateQuotationStart + d.alternateQuotationEnd
      );
    });
    expect(wrong.map(([tag]) => tag)).toEqual([]);
  });

  it('falls back de-CH → de → en, whatever the spelling', () => {
    expect(quoteMarksFor('de-CH')).toEqual({ primary: ['„', '“'], alternate: ['‚', '‘'] });
    expect(quoteMarksFor('de-DE-1996')).toEqual(quoteMarksFor('de'));
    expect(quoteMarksFor('DE_at')).toEqual(quoteMarksFor('de'));
    expect(quoteMarksFor('fr-CH')).toEqual({ primary: ['«', '»'], alternate: ['‹', '›'] });
    expect(quoteMarksFor('fr-u-nu-latn')).toEqual(quoteMarksFor('fr'));
    expect(quoteMarksFor('zh-TW')).toEqual({ primary: ['「', '」'], alternate: ['『', '』'] });
    expect(quoteMarksFor('xx-YY')).toEqual({ primary: ['“', '”'], alternate: ['‘', '’'] });
    expect(quoteMarksFor('')).toEqual(quoteMarksFor('en'));
    expect(quoteMarksFor('not a tag!')).toEqual(quoteMarksFor('en'));
  });

  it('returns fresh arrays', () => {
    quoteMarksFor('de').primary[0] = 'x';
    expect(quoteMarksFor('de').primary[0]).toBe('„');
  });
});

describe('every CLDR convention, in its language', () => {
  it('finds a nested quotation written with each locale’s primary and alternate marks', () => {
    const failures: string[] = [];
    for (const [tag, d] of Object.entries(cldr.locales)) {
      const text = `He said ${d.quotationStart}Outer ${d.alternateQuotationStart}inner${d.alternateQuotationEnd} text.${d.quotationEnd} Then`;
      const scan = findQuotes(text, tag);
      const got = scan.quotes.map((q) => `${q.start}-${q.end}@${q.depth}`).join(' ');
      const want = `8-${text.length - 5}@0 15-22@1`;
      if (got !== want || scan.unmatched.length > 0) failures.push(`${tag}: ${text} → ${got}`);
    }
    expect(failures).toEqual([]);
  });

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

// ---------------------------------------------------------------------------------------------
// Hand-written cases

/** The quoted stretches, as [text of the quotation, depth]. */
const quoted = (text: string, lang?: string) =>
  findQuotes(text, lang).quotes.map((q) => [text.slice(q.start, q.end), q.depth] as const);

describe('seed sentences', () => {
  it('Britain’s 5G: an apostrophe', () => {
    expect(findQuotes("Britain's 5G network")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
  });

  it('hidden ’backdoors’ granting: a quotation ending in s', () => {
    expect(quoted("with hidden 'backdoors' granting access")).toEqual([["'backdoors'", 0]]);
  });

  it('users’ data: a plural possessive, not a stray mark', () => {
    expect(findQuotes("the users' data and the ministers'")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
    expect(findQuotes('the users’ data')).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
  });

  it('a plural possessive inside a quotation leaves the closing to a better mark', () => {
    expect(quoted("'The ministers' decision was final,' he said.")).toEqual([
      ["'The ministers' decision was final,'", 0],
    ]);
    expect(quoted('‘We protect our users’ data,’ she said.')).toEqual([
      ['‘We protect our users’ data,’', 0],
    ]);
    expect(quoted("He quoted 'the ministers' at length.")).toEqual([["'the ministers'", 0]]);
  });

  it('O’Brien, the UK’s, and a quotation ending after a full stop', () => {
    const text =
      'Robert O\'Brien argued that Huawei would "steal wholesale state secrets, whether they are the UK\'s nuclear secrets or secrets from MI6 or MI5."';
    const scan = findQuotes(text, 'en-GB');
    expect(scan.unmatched).toEqual([]);
    expect(scan.quotes).toEqual([
      { start: text.indexOf('"'), end: text.length, open: '"', close: '"', depth: 0 },
    ]);
  });

  it('It’s unclear', () => {
    expect(findQuotes("It's unclear whether it’s true")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
  });
});

describe('conventions', () => {
  it('German „…“ with ‚…‘ inside', () => {
    expect(quoted('Er sagte: „Er sagte ‚nie wieder‘ am Montag“.', 'de')).toEqual([
      ['„Er sagte ‚nie wieder‘ am Montag“', 0],
      ['‚nie wieder‘', 1],
    ]);
  });

  it('German reads “ as closing, English as opening', () => {
    expect(quoted('„Ja“, sagte er, „gut“.', 'de').map(([q]) => q)).toEqual(['„Ja“', '„gut“']);
    expect(quoted('He said “yes” and “no”.', 'en').map(([q]) => q)).toEqual(['“yes”', '“no”']);
    // English quotes in a German text still pair by flanking.
    expect(quoted('Er las “Faust” gestern.', 'de').map(([q]) => q)).toEqual(['“Faust”']);
  });

  it('German and Danish »…«, French «…», Swedish »…»', () => {
    expect(quoted('Er sagte: »Nie ›wieder‹ das.«', 'de')).toEqual([
      ['»Nie ›wieder‹ das.«', 0],
      ['›wieder‹', 1],
    ]);
    expect(quoted('Han sagde »Det er ›nok‹ nu« og gik.', 'da')).toEqual([
      ['»Det er ›nok‹ nu«', 0],
      ['›nok‹', 1],
    ]);
    expect(quoted('Han sa »Hej» och gick.', 'sv')).toEqual([['»Hej»', 0]]);
    // Spaced guillemets: the language decides.
    expect(quoted('Il a dit « oui » puis « non ».', 'fr').map(([q]) => q)).toEqual([
      '« oui »',
      '« non »',
    ]);
    expect(quoted('Er sagte » ja « und ging.', 'de').map(([q]) => q)).toEqual(['» ja «']);
  });

  it('French « Il a dit “jamais” hier »', () => {
    expect(quoted('Il a répondu : « Il a dit “jamais” hier ».', 'fr')).toEqual([
      ['« Il a dit “jamais” hier »', 0],
      ['“jamais”', 1],
    ]);
  });

  it('French with no-break spaces and a nested ‹…›', () => {
    expect(
      quoted('«\u202FIl a dit ‹\u00A0jamais\u00A0› hier\u202F»', 'fr-CH').map(([, d]) => d),
    ).toEqual([0, 1]);
  });

  it('Japanese 「…『…』…」', () => {
    expect(quoted('彼は「昨日『もう二度と』と言った」と話した。', 'ja')).toEqual([
      ['「昨日『もう二度と』と言った」', 0],
      ['『もう二度と』', 1],
    ]);
  });

  it('Polish and Hungarian „…”, Swedish and Finnish ”…”', () => {
    expect(quoted('Powiedział: „Nigdy «więcej»”.', 'pl')).toEqual([
      ['„Nigdy «więcej»”', 0],
      ['«więcej»', 1],
    ]);
    expect(quoted('Azt mondta: „Soha »többé«”.', 'hu')).toEqual([
      ['„Soha »többé«”', 0],
      ['»többé«', 1],
    ]);
    expect(quoted('Han sa: ”Aldrig ’igen’ i dag”.', 'sv')).toEqual([
      ['”Aldrig ’igen’ i dag”', 0],
      ['’igen’', 1],
    ]);
    expect(quoted('”Ei”, hän sanoi, ”ei koskaan”.', 'fi').map(([q]) => q)).toEqual([
      '”Ei”',
      '”ei koskaan”',
    ]);
  });

  it('straight quotes in a language of curly ones, and mixed straight/curly pairs', () => {
    expect(quoted('Sie sagte "nein" und ging.', 'de')).toEqual([['"nein"', 0]]);
    expect(quoted('他说"你好"然后走了', 'zh')).toEqual([['"你好"', 0]]);
    expect(quoted('He said “hello" and left.').map(([q]) => q)).toEqual(['“hello"']);
  });

  it('triple nesting', () => {
    expect(quoted(`"He said 'she wrote "no" twice' today"`).map(([, d]) => d)).toEqual([0, 1, 2]);
    expect(
      quoted('«Он сказал: „Она написала ‚нет‘ дважды“ сегодня»', 'ru').map(([, d]) => d),
    ).toEqual([0, 1, 2]);
  });
});

describe('apostrophes and primes', () => {
  it('elided years and words', () => {
    for (const text of [
      "the '90s",
      'the ’90s and ’00s',
      "in '95.",
      "'tis the season",
      '’Tis true',
      "give 'em hell",
      "rock 'n' roll",
      'rock ’n’ roll',
      "rock'n'roll",
      "'s-Hertogenbosch",
    ]) {
      expect(findQuotes(text), text).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    }
  });

  it('an elided year inside a quotation', () => {
    expect(quoted(`She said, "I don't like '80s music."`)).toEqual([
      [`"I don't like '80s music."`, 0],
    ]);
  });

  it('feet and inches', () => {
    for (const text of [
      `He is 6'2" tall`,
      `He is 5' 11" tall`,
      `a 12" pizza`,
      `6′2″`,
      `5'' and 7'''`,
    ]) {
      expect(findQuotes(text), text).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    }
    expect(quoted(`"He is 6'2" tall," she said.`)).toEqual([[`"He is 6'2" tall,"`, 0]]);
    expect(quoted(`He scored "10" points.`)).toEqual([[`"10"`, 0]]);
    expect(quoted(`It was 'number 1'.`)).toEqual([[`'number 1'`, 0]]);
  });

  it('possessives after brackets, quotations and inline code', () => {
    expect(findQuotes("[a]'s b'")).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    expect(quoted(`the "Times"'s editor`)).toEqual([['"Times"', 0]]);
    expect(findQuotes(`${OBJECT}'s value`)).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
  });

  it('a lone single quote mid-sentence is an elision, at the start or after a colon a quotation', () => {
    expect(findQuotes("Marshiness of 'Ammercloth's")).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
    expect(findQuotes("He said: 'We will stay").openAtEnd.map((q) => q.start)).toEqual([9]);
    expect(findQuotes("'We will stay").openAtEnd.map((q) => q.start)).toEqual([0]);
  });
});

describe('unmatched marks', () => {
  it('an unclosed quotation runs to the end and is reported', () => {
    const text = 'He said “we will';
    const scan = findQuotes(text);
    expect(scan.quotes).toEqual([{ start: 8, end: text.length, open: '“', close: '', depth: 0 }]);
    expect(scan.openAtEnd).toEqual(scan.quotes);
    expect(scan.unmatched).toEqual([{ offset: 8, mark: '“', kind: 'open' }]);
  });

  it('a closing mark with nothing open is reported', () => {
    expect(findQuotes('we will” he said').unmatched).toEqual([
      { offset: 7, mark: '”', kind: 'close' },
    ]);
    expect(findQuotes('fin » puis', 'fr').unmatched).toEqual([
      { offset: 4, mark: '»', kind: 'close' },
    ]);
    expect(findQuotes('Ende“ und', 'de').unmatched).toEqual([
      { offset: 4, mark: '“', kind: 'close' },
    ]);
  });

  it('a closing mark closes the innermost quotation it fits; the ones inside are dropped', () => {
    const scan = findQuotes('“a ‘b” c’');
    expect(scan.quotes.map((q) => [q.start, q.end, q.depth])).toEqual([[0, 6, 0]]);
    expect(scan.unmatched).toEqual([{ offset: 3, mark: '‘', kind: 'open' }]);
    const crossed = findQuotes(`'foo "bar' baz"`);
    expect(crossed.quotes.map((q) => [q.start, q.end])).toEqual([[0, 10]]);
    expect(crossed.unmatched.map((m) => [m.offset, m.kind])).toEqual([
      [5, 'open'],
      [14, 'close'],
    ]);
  });

  it('marks that are no quotation marks are not reported', () => {
    for (const text of ['foo"bar', 'עם צה”ל ועם צה״ל', 'depression. "', 'end "  ']) {
      expect(findQuotes(text, 'he'), text).toEqual({ quotes: [], unmatched: [], openAtEnd: [] });
    }
    expect(quoted('Il a dit " bonjour " hier', 'fr')).toEqual([['" bonjour "', 0]]);
  });

  it('a mismatched closer is reported, never thrown', () => {
    const scan = findQuotes('„Hallo」 Welt“', 'de');
    expect(scan.quotes.map((q) => [q.open, q.close])).toEqual([['„', '“']]);
    expect(scan.unmatched).toEqual([{ offset: 6, mark: '」', kind: 'close' }]);
  });
});

describe('paragraphs carried over', () => {
  it('news style: each paragraph reopens, only the last closes', () => {
    const paragraphs = [
      '“We will fight,” he said. “We will not stop.',
      '“We will win.',
      '“And then we rest.”',
    ];
    let carry: string[] = [];
    const results = paragraphs.map((text, i) => {
      const scan = findQuotes(text, 'en', { carryOpen: carry });
      checkInvariants(text, scan);
      const next = paragraphs[i + 1] ?? '';
      carry = scan.openAtEnd.filter((q) => next.startsWith(q.open)).map((q) => q.open);
      return scan.openAtEnd.map((q) => q.start);
    });
    expect(results).toEqual([[26], [0], []]);
  });

  it('the smartquotes.js multi-paragraph fixture', () => {
    const html = readFileSync(
      fixtureUrl('originals/smartquotes.js/fixture-multiparagraph.html'),
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

  it('a carried mark forces the reopening mark to open, French » too', () => {
    // Without the carry, ’ and » at the start of this paragraph would not read as opening.
    expect(
      findQuotes("'Tis done,' he said.", 'en', { carryOpen: ["'"] }).quotes.map((q) => [
        q.start,
        q.end,
      ]),
    ).toEqual([[0, 11]]);
    const french = findQuotes('» Et la suite. »', 'fr', { carryOpen: ['«'] });
    expect(french.quotes.map((q) => [q.open, q.close, q.depth])).toEqual([['»', '»', 0]]);
    expect(french.unmatched).toEqual([]);
    // A carried mark the paragraph does not start with is ignored.
    expect(findQuotes('No reopening here.', 'en', { carryOpen: ['“'] })).toEqual({
      quotes: [],
      unmatched: [],
      openAtEnd: [],
    });
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    const odd = [
      '',
      '"',
      "'",
      '“',
      '”',
      '»',
      '«',
      OBJECT,
      `${OBJECT}"${OBJECT}`,
      '\uD83D',
      '\uDE00"',
      '"😀"',
      "😀's",
      '""""',
      "''''",
      '" "',
      '\u0000"',
    ];
    for (const text of odd) {
      const scan = findQuotes(text, 'en');
      checkInvariants(text, scan);
    }
    expect(findQuotes('"😀"').quotes).toEqual([
      { start: 0, end: 4, open: '"', close: '"', depth: 0 },
    ]);
    expect(() => findQuotes('“x”', 'not a tag!')).not.toThrow();
    expect(() => findQuotes(undefined as unknown as string)).not.toThrow();
    expect(() =>
      findQuotes('“x”', 'en', { carryOpen: [1, null, '“'] as unknown as string[] }),
    ).not.toThrow();
  });

  it('keeps its invariants on random text', () => {
    const alphabet = [
      ...'"\'“”‘’„‚«»‹›「」『』 aBs1.,!?-()[]\n\u00A0',
      OBJECT,
      '😀',
      '\uD83D',
      'é',
    ];
    const langs = ['en', 'de', 'fr', 'da', 'sv', 'ja', 'pl', 'ar', 'ru', 'he'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        fc.constantFrom(...langs),
        (chars, lang) => {
          const text = chars.join('');
          checkInvariants(text, findQuotes(text, lang, { carryOpen: ['“', "'"] }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds a quotation planted in random text, so a detector that finds nothing fails', () => {
    const plain = fc.constantFrom(...'aBs1 .,!?-()\u00A0é'.split(''), '😀');
    const word = fc
      .array(fc.constantFrom(...'abcdefghXYZ'.split('')), { minLength: 1, maxLength: 8 })
      .map((letters) => letters.join(''));
    const langs = ['en', 'de', 'fr', 'da', 'sv', 'ja', 'pl', 'ar', 'ru', 'he'];
    fc.assert(
      fc.property(
        fc.array(plain, { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.array(plain, { maxLength: 30 }),
        fc.constantFrom(...langs),
        (before, words, after, lang) => {
          const [open, close] = quoteMarksFor(lang).primary;
          const start = before.join('').length + 1;
          const text = `${before.join('')} ${open}${words.join(' ')}${close} ${after.join('')}`;
          const end = start + open.length + words.join(' ').length + close.length;
          expect(findQuotes(text, lang), `${lang}: ${text}`).toEqual({
            quotes: [{ start, end, open, close, depth: 0 }],
            unmatched: [],
            openAtEnd: [],
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('performance', () => {
  const timed = (text: string, lang = 'en') => {
    const started = performance.now();
    const scan = findQuotes(text, lang);
    return { scan, ms: performance.now() - started };
  };

  it('scans a paragraph of 10,000 quotations in well under a second', () => {
    const text = Array.from(
      { length: 10_000 },
      (_, i) => `“Quote ${i} with ‘inner’ and it’s fine,” said the users' friend.`,
    ).join(' ');
    const { scan, ms } = timed(text);
    expect(scan.quotes).toHaveLength(20_000);
    expect(scan.unmatched).toEqual([]);
    expect(ms).toBeLessThan(2000);
  });

  it('stays linear on pathological input', () => {
    const n = 10_000;
    const cases = [
      '“'.repeat(n) + '”'.repeat(n), // 10,000 levels deep
      '„'.repeat(n) + '»', // nothing fits
      '‘'.repeat(n) + ' x ' + '”'.repeat(n), // every closer searches
      `'a `.repeat(n) + `users' `.repeat(n), // plural possessives with single quotes open
      '"'.repeat(n * 5), // one long run
      `${'1'.repeat(n)}"`.repeat(20),
      ' '.repeat(n * 5) + "'x",
    ];
    for (const text of cases) {
      const { scan, ms } = timed(text);
      checkInvariants(text, scan);
      expect(ms, text.slice(0, 20)).toBeLessThan(2000);
    }
  });
});
