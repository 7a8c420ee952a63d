/**
 * Cutting text for titles, slugs, excerpts and messages without breaking a character: every cut
 * falls on a grapheme boundary (`Intl.Segmenter`), so no surrogate pair, combining sequence or
 * emoji ZWJ sequence is ever split. Lengths are JavaScript string lengths (UTF-16 units).
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * True when a cut between code units `before` and `after` can only be a grapheme boundary:
 * below U+0300 nothing extends or joins a character, except CR LF.
 */
const surelyBoundary = (before: number, after: number) =>
  before < 0x300 && after < 0x300 && !(before === 0x0d && after === 0x0a);

/** The longest run of whole graphemes from the start of `text` at most `max` units long. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (surelyBoundary(text.charCodeAt(max - 1), text.charCodeAt(max))) return text.slice(0, max);
  let end = 0;
  for (const { index } of graphemes.segment(text)) {
    if (index > max) break;
    end = index;
  }
  return text.slice(0, end);
}

/** `text`, or its first whole graphemes and `…` when it is longer than `max` units. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${cutText(text, max - 1).trimEnd()}…`;
}
