/**
 * W3C text-quote selectors (`exact`, with optional `prefix` and `suffix`) over a plain string:
 * exact matching and describing with `@apache-annotator/selector`, the closest passage with
 * `approx-string-match` (Myers' bit-parallel edit distance). No matching of our own.
 */
import {
  describeTextQuote,
  textQuoteSelectorMatcher,
  type Chunk,
  type Chunker,
} from '@apache-annotator/selector';
import search from 'approx-string-match';

export interface Quote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A span of the text, end-exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** The whole text as the one chunk the annotator's algorithms walk. */
function chunkerOf(text: string): () => Chunker<Chunk<string>> {
  const chunk = { data: text };
  return () => ({
    currentChunk: chunk,
    nextChunk: () => null,
    previousChunk: () => null,
    precedesCurrentChunk: () => false,
  });
}

/** Every place the selector matches exactly (prefix and suffix included), in text order. */
export async function matchQuote(text: string, quote: Quote): Promise<Range[]> {
  const found: Range[] = [];
  const matcher = textQuoteSelectorMatcher({
    type: 'TextQuoteSelector',
    exact: quote.exact,
    ...(quote.prefix ? { prefix: quote.prefix } : {}),
    ...(quote.suffix ? { suffix: quote.suffix } : {}),
  });
  for await (const match of matcher(chunkerOf(text)())) {
    found.push({ start: match.startIndex, end: match.endIndex });
  }
  return found;
}

/**
 * The selector for one range of the text: its words, with as many words before and after as
 * make it match only there.
 */
export async function describeRange(text: string, range: Range): Promise<Quote> {
  const scope = chunkerOf(text);
  const chunk = scope().currentChunk;
  const selector = await describeTextQuote(
    { startChunk: chunk, startIndex: range.start, endChunk: chunk, endIndex: range.end },
    scope,
  );
  return {
    exact: selector.exact,
    ...(selector.prefix ? { prefix: selector.prefix } : {}),
    ...(selector.suffix ? { suffix: selector.suffix } : {}),
  };
}

/** A passage close to a quote: where, and how many characters differ. */
export interface Near extends Range {
  errors: number;
}

/** At most this share of a quote's characters may differ in a passage called close to it. */
export const MAX_ERROR_SHARE = 0.34;

/** A letter, mark or digit: a passage is widened to whole words of these. */
const WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * The range widened so that it cuts no word in two, without white space at its ends (the best
 * match for "30%" in "30 per cent" ends with the space that stands for the "%").
 */
function wholeWords(text: string, range: Range): Range {
  let { start, end } = range;
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start -= 1;
  while (end < text.length && end > 0 && WORD.test(text[end]!) && WORD.test(text[end - 1]!))
    end += 1;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/**
 * How many characters differ between a passage and a pattern: the closest match of the pattern
 * in the passage, plus the passage's characters that match leaves out.
 */
function differences(passage: string, pattern: string): number {
  return search(passage, pattern, pattern.length).reduce(
    (fewest, m) => Math.min(fewest, m.errors + passage.length - (m.end - m.start)),
    Math.max(passage.length, pattern.length),
  );
}

/**
 * The passages nearest to `pattern` with at most {@link MAX_ERROR_SHARE} of it different,
 * widened to whole words, fewest differences first; overlapping candidates collapse to their
 * best one.
 */
export function closestPassages(text: string, pattern: string): Near[] {
  if (pattern.length === 0) return [];
  const most = Math.max(1, Math.floor(pattern.length * MAX_ERROR_SHARE));
  const matches = search(text, pattern, most)
    .map((m) => {
      const range = wholeWords(text, m);
      const widened = range.start !== m.start || range.end !== m.end;
      return {
        ...range,
        errors: widened ? differences(text.slice(range.start, range.end), pattern) : m.errors,
      };
    })
    .filter((m) => m.errors <= most)
    .sort((a, b) => a.errors - b.errors || a.start - b.start || b.end - a.end);
  const kept: Near[] = [];
  for (const match of matches) {
    if (kept.some((k) => match.start < k.end && k.start < match.end)) continue;
    kept.push(match);
  }
  return kept;
}
