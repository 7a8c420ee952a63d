/**
 * Nothing lost, for any document: fast-check generates explainers with quotations in many
 * conventions, apostrophes, claims, explicit quotations, comments, things that only look like
 * directives, inline markup and text in many scripts, each in two versions: annotated, and the
 * plain source text it annotates (the same Markdown without claims, quotations' directives and
 * comments). The pipeline must never throw, and the text of each source block on the page must
 * equal, character for character, the text of the same block in a plain CommonMark + GFM parse
 * of the plain version (mdast-util-to-string).
 */
import fc from 'fast-check';
import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../src/contract/explainer.ts';
import { MESSAGE_SOURCES, RULE_IDS } from '../../src/contract/messages.ts';
import { createProcessor, processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { fcRuns } from '../helpers/fc-runs.ts';

/** A piece of a document: the annotated Markdown and the plain Markdown of its source text. */
interface Piece {
  annotated: string;
  plain: string;
}
const same = (text: string): Piece => ({ annotated: text, plain: text });
const join = (pieces: readonly Piece[], by = ' '): Piece => ({
  annotated: pieces.map((p) => p.annotated).join(by),
  plain: pieces.map((p) => p.plain).join(by),
});

const WORDS = [
  'the',
  'council',
  'said',
  'figures',
  "Britain's",
  "O'Brien",
  "users'",
  "'90s",
  "it's",
  'naïve',
  'Zürich',
  'Straße',
  'façade',
  '東京',
  'مرحبا',
  'שלום',
  'Ελλάδα',
  'Москва',
  '😀',
  '👩🏽‍💻',
  'e\u0301',
  'ﬁne',
  '10:30',
  '3:1',
  'Note:this',
  'https://example.com/a',
  'AT&amp;T',
  '5%',
  '£14m',
  '—',
  '…',
  'x²',
  '\u00a0nbsp',
];

const word = fc.constantFrom(...WORDS).map(same);
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => join(w));

/** Quotation marks in several conventions, and a lone mark now and then. */
const MARKS: Array<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“'],
  ['「', '」'],
];
const quoted = (inner: fc.Arbitrary<Piece>) =>
  fc.tuple(fc.constantFrom(...MARKS), inner).map(([[open, close], p]) => ({
    annotated: `${open}${p.annotated}${close}`,
    plain: `${open}${p.plain}${close}`,
  }));

/** Inline content that may nest once: words, quotations, emphasis, code, links. */
const simpleInline: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: words(4) },
  { weight: 2, arbitrary: quoted(words(3)) },
  {
    weight: 1,
    arbitrary: words(2).map((p) => ({ annotated: `*${p.annotated}*`, plain: `*${p.plain}*` })),
  },
  {
    weight: 1,
    arbitrary: words(2).map((p) => ({ annotated: `**${p.annotated}**`, plain: `**${p.plain}**` })),
  },
  { weight: 1, arbitrary: fc.constantFrom('`code`', '`a "b" c`', '`:claim[x]`').map(same) },
  {
    weight: 1,
    arbitrary: words(2).map((p) => ({
      annotated: `[${p.annotated}](https://example.com/l)`,
      plain: `[${p.plain}](https://example.com/l)`,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(':foo[bar]', ':x', '::not-leaf', 'a:b[c]{d=e}').map(same),
  },
  { weight: 1, arbitrary: fc.constantFrom('"', '“', '‘', '«').map(same) },
);

/** Claims and explicit quotations: markup in the annotated version, plain text in the other. */
const annotation: fc.Arbitrary<Piece> = fc.oneof(
  fc.array(simpleInline, { minLength: 1, maxLength: 3 }).map((inner) => {
    const p = join(inner);
    return { annotated: `:claim[${p.annotated}]{rating=false}`, plain: p.plain };
  }),
  quoted(words(3)).map((p) => ({
    annotated: `:quote[${p.annotated}]{by="Andrew Parker"}`,
    plain: p.plain,
  })),
);

const inline = fc
  .array(fc.oneof({ weight: 5, arbitrary: simpleInline }, { weight: 1, arbitrary: annotation }), {
    minLength: 1,
    maxLength: 8,
  })
  .map((pieces) => join(pieces));

/** A paragraph, sometimes over two lines (a soft line break). */
const paragraph = fc
  .tuple(inline, fc.option(inline, { nil: undefined }))
  .map(([a, b]) => (b ? join([a, b], '\n') : a));

/**
 * Stands for a list's bullet until the document is put together: successive lists get different
 * bullets, so taking out a comment between two lists does not join them into one.
 */
const LIST = '\u0000';
function bullets(text: string): string {
  let n = -1;
  return text.replace(new RegExp(`^${LIST}`, 'gm'), (_, offset: number) => {
    if (offset === 0 || text.slice(0, offset).endsWith('\n\n')) n += 1;
    return '-+*'[n % 3]!;
  });
}

const block: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  {
    weight: 1,
    arbitrary: inline.map((p) => ({ annotated: `## ${p.annotated}`, plain: `## ${p.plain}` })),
  },
  {
    weight: 1,
    arbitrary: inline.map((p) => ({ annotated: `> ${p.annotated}`, plain: `> ${p.plain}` })),
  },
  {
    weight: 1,
    arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => ({
      annotated: items.map((p) => `${LIST} ${p.annotated}`).join('\n'),
      plain: items.map((p) => `${LIST} ${p.plain}`).join('\n'),
    })),
  },
);

/** Comments are analysis, not source: they are in the annotated version only. */
const comment: fc.Arbitrary<Piece> = fc.oneof(
  paragraph.map((p) => ({ annotated: `:::comment\n${p.annotated}\n:::`, plain: '' })),
  words(5).map((p) => ({ annotated: `Comment: ${p.annotated}`, plain: '' })),
);

const documentArb = fc
  .array(fc.tuple(block, fc.option(comment, { nil: undefined, freq: 3 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((rows) => {
    const pieces = rows.flatMap(([b, c]) => (c ? [b, c] : [b]));
    return {
      annotated: bullets(pieces.map((p) => p.annotated).join('\n\n') + '\n'),
      plain: bullets(
        pieces
          .map((p) => p.plain)
          .filter((text) => text !== '')
          .join('\n\n') + '\n',
      ),
    };
  });

const plainParser = unified().use(remarkParse).use(remarkGfm);

/** The text of some HTML as a reader gets it: every text node, without the newlines between elements. */
function pageText(html: string): string {
  const BETWEEN = new Set(['ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr']);
  const walk = (node: HastNodes, parent?: Element): string => {
    if (node.type === 'text')
      return parent && BETWEEN.has(parent.tagName) && node.value === '\n' ? '' : node.value;
    if (node.type === 'element') return node.children.map((child) => walk(child, node)).join('');
    if (node.type === 'root') return node.children.map((child) => walk(child)).join('');
    return '';
  };
  return walk(fromHtml(html, { fragment: true }));
}

const processor = createProcessor(testSettings);

describe('nothing lost', () => {
  it('keeps the source text of 2,000 generated documents, character for character', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (generated) => {
        const { explainer, file } = await processExplainer(
          { path: 'generated.md', value: minimalFrontmatter + generated.annotated },
          testSettings,
          processor,
        );
        expect(file.messages.filter((m) => m.fatal === true)).toEqual([]);
        const plain = plainParser.parse(generated.plain) as Root;
        const expected = plain.children.map((node) => toString(node));
        expect(explainer!.blocks.map((b) => b.text)).toEqual(expected);
        expect(explainer!.blocks.map((b) => pageText(b.html))).toEqual(expected);
      }),
      { numRuns: fcRuns(2000), seed: Number(process.env.FC_SEED ?? 20261127) },
    );
  }, 240_000);

  it('never throws on 1,000 strings of Markdown punctuation, marks and any Unicode, and reports well-formed messages and models', async () => {
    const junk = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '\n',
            '\n\n',
            ':',
            '::',
            ':::',
            '[',
            ']',
            '{',
            '}',
            '#',
            '"',
            "'",
            '“',
            '”',
            '«',
            '*',
            '_',
            '`',
            '<',
            '>',
            '-',
            '|',
            '\\',
            '&',
            '\r\n',
            '\t',
            ' ',
            'comment',
            'claim',
            'quote',
            'on=',
            'rating=',
            'by="',
            // Whole directives that are errors (unknown rating, repeated id, `on=` to nothing).
            ':claim[a]{#d rating=nope}',
            ':quote[b]{#d}',
            ':::comment{on=nowhere}',
          ),
          fc.string({ unit: 'grapheme', maxLength: 4 }),
          fc.string({ unit: 'binary', maxLength: 2 }),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(junk, async (body) => {
        const value = minimalFrontmatter + body;
        const { explainer, file } = await processExplainer(
          { path: 'junk.md', value },
          testSettings,
          processor,
        );
        // Every message names a known rule and its source, at a line of the file.
        const lines = value.split(/\r\n|\r|\n/).length;
        for (const m of file.messages) {
          expect(RULE_IDS, m.reason).toContain(m.ruleId);
          expect(MESSAGE_SOURCES, m.reason).toContain(m.source);
          expect(m.line ?? 1, m.reason).toBeGreaterThanOrEqual(1);
          expect(m.line ?? 1, m.reason).toBeLessThanOrEqual(lines);
        }
        // A model exactly when there is no error, and a valid one: its own schema, one id each,
        // every annotation in a row of the page.
        expect(explainer === undefined).toBe(file.messages.some((m) => m.fatal === true));
        if (!explainer) return;
        expect(explainerSchema.safeParse(explainer).error).toBeUndefined();
        const ids = [...explainer.blocks, ...explainer.annotations].map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
        const blockIds = new Set(explainer.blocks.map((b) => b.id));
        for (const a of explainer.annotations) expect(blockIds, a.id).toContain(a.blockId);
      }),
      { numRuns: fcRuns(1000), seed: Number(process.env.FC_SEED ?? 20261127) },
    );
  }, 240_000);
});
