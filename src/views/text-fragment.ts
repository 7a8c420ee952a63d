/**
 * Links into the original article with a text fragment (`#:~:text=`), so a browser that supports
 * them scrolls to the quoted passage and highlights it. See https://wicg.github.io/scroll-to-text-fragment/.
 *
 * A passage that occurs more than once in the article ("on time" twice) gets the words around it
 * as the directive's prefix and suffix (`text=said%20%22-,on%20time,-%22%20in`), as few as make
 * it unique, so each link lands on its own occurrence. The explainer's source text stands for
 * the article (it is kept verbatim); context never reaches across a block.
 */
import { readableText, type Explainer } from '../contract/explainer.ts';

/** Quotation marks and spaces around a quotation; the original may not use the same marks. */
const OUTER_MARKS = /^[\s"'“”‘’„‚«»‹›「」『』]+|[\s"'“”‘’„‚«»‹›「」『』]+$/gu;

/** Longer passages are matched by their first and last words (`start,end`), not all of them. */
const RANGE_WORDS = 5;

/**
 * Percent-encode one part of a text directive: everything `encodeURIComponent` encodes, and also
 * `-`, which the directive syntax uses for its prefix and suffix (`&` and `,` are encoded already).
 */
export function encodeTextPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The words of a passage without its outer quotation marks, one space apart. */
const wordsOf = (passage: string) => passage.replace(OUTER_MARKS, '').split(/\s+/u).filter(Boolean);

/** The `text=` directive value for a passage: `start` or `start,end`. */
export function textDirective(passage: string): string {
  const words = wordsOf(passage);
  if (words.length <= RANGE_WORDS * 2) return encodeTextPart(words.join(' '));
  const start = words.slice(0, RANGE_WORDS).join(' ');
  const end = words.slice(-RANGE_WORDS).join(' ');
  return `${encodeTextPart(start)},${encodeTextPart(end)}`;
}

/**
 * `url` with a text fragment for `passage`, replacing any fragment the URL had. Undefined when
 * there is no URL or the passage has no words.
 */
export function textFragmentUrl(url: string | undefined, passage: string): string | undefined {
  if (!url) return undefined;
  const directive = textDirective(passage);
  if (!directive) return undefined;
  return `${url.replace(/#.*$/s, '')}#:~:text=${directive}`;
}

/** At most this many words of context on each side. */
const MAX_CONTEXT = 6;

/** Where a passage occurs: the block, and the offset in its text (whitespace squashed). */
interface Occurrence {
  block: number;
  at: number;
}

/** The `n` words before and after an occurrence of `length` characters, within its block. */
function contextOf(texts: readonly string[], o: Occurrence, length: number, n: number) {
  const text = texts[o.block]!;
  const before = text.slice(0, o.at).split(' ').filter(Boolean);
  const after = text
    .slice(o.at + length)
    .split(' ')
    .filter(Boolean);
  return { prefix: before.slice(-n).join(' '), suffix: after.slice(0, n).join(' ') };
}

/**
 * The `text=` directive of each span, unique in the document: `spans` are in reading order,
 * each with the index of its block in `blocks` (the blocks' plain text). Undefined for a span
 * without words.
 */
export function uniqueTextDirectives(
  blocks: readonly string[],
  spans: readonly { block: number; passage: string }[],
): (string | undefined)[] {
  const texts = blocks.map((text) => text.replace(/\s+/gu, ' '));
  /** Where the next search for a passage in a block starts: spans are in reading order. */
  const next = new Map<string, number>();
  return spans.map(({ block, passage }) => {
    const words = wordsOf(passage).join(' ');
    if (!words) return undefined;
    const plain = textDirective(passage);
    const all: Occurrence[] = [];
    texts.forEach((text, b) => {
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
        all.push({ block: b, at });
      }
    });
    const key = `${block}\u0000${words}`;
    const at = texts[block]?.indexOf(words, next.get(key) ?? 0) ?? -1;
    if (at < 0) return plain;
    next.set(key, at + words.length);
    if (all.length <= 1) return plain;
    const others = all.filter((o) => o.block !== block || o.at !== at);
    for (let n = 1; n <= MAX_CONTEXT; n += 1) {
      const own = contextOf(texts, { block, at }, words.length, n);
      const clash = others.some((o) => {
        const other = contextOf(texts, o, words.length, n);
        return other.prefix === own.prefix && other.suffix === own.suffix;
      });
      if (!clash) {
        const prefix = own.prefix ? `${encodeTextPart(own.prefix)}-,` : '';
        const suffix = own.suffix ? `,-${encodeTextPart(own.suffix)}` : '';
        return `${prefix}${plain}${suffix}`;
      }
    }
    return plain;
  });
}

/**
 * Each quotation's and claim's link to its passage in the original article (`source.url`), by
 * annotation id, unique on that page (see {@link uniqueTextDirectives}). Empty without a URL.
 */
export function originalLinks(explainer: Explainer): Map<string, string> {
  const links = new Map<string, string>();
  const url = explainer.source.url;
  if (!url) return links;
  const blockIndex = new Map(explainer.blocks.map((b, index) => [b.id, index]));
  const spans = explainer.annotations.flatMap((a) =>
    a.kind === 'comment' || !blockIndex.has(a.blockId)
      ? []
      : [{ id: a.id, block: blockIndex.get(a.blockId)!, passage: a.text }],
  );
  // Each block's parts (cells, items, paragraphs) apart, as the original page shows them: a
  // prefix or suffix never runs two of them together.
  const directives = uniqueTextDirectives(explainer.blocks.map(readableText), spans);
  const base = url.replace(/#.*$/s, '');
  spans.forEach((span, index) => {
    const directive = directives[index];
    if (directive) links.set(span.id, `${base}#:~:text=${directive}`);
  });
  return links;
}
