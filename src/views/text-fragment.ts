/**
 * Links into the original article with a text fragment (`#:~:text=`), so a browser that supports
 * them scrolls to the quoted passage and highlights it. See https://wicg.github.io/scroll-to-text-fragment/.
 */

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

/** The `text=` directive value for a passage: `start` or `start,end`. */
export function textDirective(passage: string): string {
  const words = passage.replace(OUTER_MARKS, '').split(/\s+/u).filter(Boolean);
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
