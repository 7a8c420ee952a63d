/**
 * Generated explainers for the nothing-lost properties: fast-check arbitraries that make a
 * document in two versions, annotated (claims, explicit quotations, comments) and the plain
 * source text it annotates, with quotations in many conventions, apostrophes, things that only
 * look like directives, inline markup, footnotes and text in many scripts.
 */
import fc from 'fast-check';
import type { Element, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A piece of a document: the annotated Markdown and the plain Markdown of its source text. */
export interface Piece {
  annotated: string;
  plain: string;
}
const same = (text: string): Piece => ({ annotated: text, plain: text });
const join = (pieces: readonly Piece[], by = ' '): Piece => ({
  annotated: pieces.map((p) => p.annotated).join(by),
  plain: pieces.map((p) => p.plain).join(by),
});

export const WORDS = [
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

/** Footnote labels: references to them, and their definitions, are source text. */
export const FOOTNOTE_LABELS = ['1', '2', 'note'];

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
  { weight: 1, arbitrary: fc.constantFrom(...FOOTNOTE_LABELS.map((l) => `[^${l}]`)).map(same) },
);

/** Claims and explicit quotations: markup in the annotated version, plain text in the other. */
const annotation: fc.Arbitrary<Piece> = fc.oneof(
  // Not of footnote references alone: a claim of no words is an error (`claim-empty`).
  fc
    .array(simpleInline, { minLength: 1, maxLength: 3 })
    .filter((inner) => inner.some((piece) => !/^\[\^[^\]]+\]$/.test(piece.plain)))
    .map((inner) => {
      const p = join(inner);
      return { annotated: `:claim[${p.annotated}]{rating=false}`, plain: p.plain };
    }),
  quoted(words(3)).map((p) => ({
    annotated: `:quote[${p.annotated}]{by="Andrew Parker"}`,
    plain: p.plain,
  })),
);

/**
 * A claim or quotation of words inside a link's words (its note link must not end up inside the
 * link). Of words only: with a link inside a directive's label inside a link, the outer one
 * stays a link (micromark reads the label apart; the page keeps the inner one's words as text),
 * where the plain text's link in a link leaves the outer one's brackets and address as text.
 */
const linkedAnnotation: fc.Arbitrary<Piece> = fc
  .tuple(
    words(1),
    fc.oneof(
      words(3).map((p) => ({ annotated: `:claim[${p.annotated}]{rating=false}`, plain: p.plain })),
      quoted(words(3)).map((p) => ({
        annotated: `:quote[${p.annotated}]{by="Andrew Parker"}`,
        plain: p.plain,
      })),
    ),
  )
  .map(([before, p]) => ({
    annotated: `[${before.annotated} ${p.annotated} end](https://example.com/m)`,
    plain: `[${before.plain} ${p.plain} end](https://example.com/m)`,
  }));

const inline = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: simpleInline },
      { weight: 2, arbitrary: annotation },
      { weight: 1, arbitrary: linkedAnnotation },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((pieces) => join(pieces));

/** A paragraph, sometimes over two lines (a soft line break). */
export const paragraph = fc
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
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...FOOTNOTE_LABELS), inline).map(([label, p]) => ({
      annotated: `[^${label}]: ${p.annotated}`,
      plain: `[^${label}]: ${p.plain}`,
    })),
  },
);

/** Comments are analysis, not source: they are in the annotated version only. */
const comment: fc.Arbitrary<Piece> = fc.oneof(
  paragraph.map((p) => ({ annotated: `:::comment\n${p.annotated}\n:::`, plain: '' })),
  words(5).map((p) => ({ annotated: `Comment: ${p.annotated}`, plain: '' })),
);

export const documentArb = fc
  .array(fc.tuple(block, fc.option(comment, { nil: undefined, freq: 3 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((rows) => {
    const pieces = rows.flatMap(([b, c]) => (c ? [b, c] : [b]));
    // Every footnote referred to has its note (a reference to none is an error of its own,
    // `missing-definition`, tested apart): a note for each label that has none yet.
    const text = pieces.map((p) => p.annotated).join('\n\n');
    const defined = new Set([...text.matchAll(/(?:^|\n)\[\^([^\]\s]+)\]:/g)].map((m) => m[1]));
    for (const label of new Set([...text.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]!)))
      if (!defined.has(label))
        pieces.push({ annotated: `[^${label}]: A note.`, plain: `[^${label}]: A note.` });
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

/**
 * The text of some HTML as a reader gets it: every text node, without the newlines between
 * elements, and without the footnote links the page adds (a reference's number, the way back).
 */
export function pageText(html: string): string {
  const BETWEEN = new Set(['ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr']);
  const walk = (node: HastNodes, parent?: Element): string => {
    if (node.type === 'text')
      return parent && BETWEEN.has(parent.tagName) && node.value === '\n' ? '' : node.value;
    if (node.type === 'element') {
      const { properties } = node;
      if ('dataFootnoteRef' in properties || 'dataFootnoteBackref' in properties) return '';
      return node.children.map((child) => walk(child, node)).join('');
    }
    if (node.type === 'root') return node.children.map((child) => walk(child)).join('');
    return '';
  };
  return walk(fromHtml(html, { fragment: true }));
}
