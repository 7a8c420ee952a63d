/**
 * A paragraph as the attribution rules see it: words and punctuation with their offsets, each
 * quotation one opaque token (so nothing inside a quotation is taken for a reporting verb or a
 * speaker), split into sentences. Linear in the length of the text.
 */
import type { Lexicon } from './attribution-lexicon.ts';

/** A quotation's place in its paragraph (UTF-16 offsets, end-exclusive, marks included). */
export interface QuoteRange {
  start: number;
  end: number;
  /** The quotation's text where the paragraph holds a stand-in (an explicit `:quote`). */
  text?: string;
}

export type TokenKind = 'word' | 'punct' | 'quote' | 'object';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** For a quote token: its index in the paragraph's list of quotations. */
  quote?: number;
  /** A word that ends in an abbreviation's full stop ("Mr.", "U.S."). */
  abbreviation?: boolean;
  /** True when a line break comes right before this token. */
  afterBreak?: boolean;
}

export interface Sentence {
  /** Index of the first token. */
  from: number;
  /** Index after the last token. */
  to: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.&][\p{L}\p{N}\p{M}]+)*/uy;
const SPACE = /\s/u;
const OBJECT = '\uFFFC';

/** Is the word's first letter a capital (names, sentence starts)? */
export const isCapitalised = (word: string) => /^\p{N}*\p{Lu}/u.test(word);
export const isLower = (word: string) => /^\p{Ll}/u.test(word);
/** An acronym or a code such as `US`, `NSA`, `MI5`, `AFL-CIO`. */
export const isAcronym = (word: string) =>
  /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&-]*$/u.test(word) && /\p{Lu}.*[\p{Lu}\p{N}]/u.test(word);

/**
 * Tokens of `text` with each range of `quotes` (top-level quotations, sorted, not overlapping) as
 * one `quote` token. An object replacement character (inline code, images, explicit quotations
 * the caller did not list) is an `object` token.
 */
export function tokenize(text: string, quotes: readonly QuoteRange[], lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let next = 0;
  let sawBreak = false;
  const push = (token: Token) => {
    if (sawBreak) token.afterBreak = true;
    sawBreak = false;
    tokens.push(token);
  };
  while (at < text.length) {
    const quote = quotes[next];
    if (quote && at >= quote.start) {
      const { start, end } = quote;
      const written = quote.text ?? text.slice(start, end);
      push({ kind: 'quote', text: written, start, end, quote: next });
      at = Math.max(at, quote.end);
      next += 1;
      continue;
    }
    const limit = quote ? quote.start : text.length;
    const char = text[at]!;
    if (SPACE.test(char)) {
      if (char === '\n' || char === '\r') sawBreak = true;
      at += 1;
      continue;
    }
    if (char === OBJECT) {
      push({ kind: 'object', text: char, start: at, end: at + 1 });
      at += 1;
      continue;
    }
    WORD.lastIndex = at;
    const match = WORD.exec(text);
    if (match && match.index === at) {
      let end = Math.min(at + match[0].length, limit);
      const word = text.slice(at, end);
      let abbreviation = false;
      if (text[end] === '.' && end < limit && isAbbreviation(word, lexicon)) {
        end += 1;
        abbreviation = true;
      }
      push({ kind: 'word', text: text.slice(at, end), start: at, end, abbreviation });
      at = end;
      continue;
    }
    push({ kind: 'punct', text: char, start: at, end: at + 1 });
    at += 1;
  }
  return tokens;
}

function isAbbreviation(word: string, lexicon: Lexicon): boolean {
  if (lexicon.abbreviations.has(word.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Laurence H. Tribe"
  if (word.includes('.')) return true; // "U.S", "a.m"
  // German ordinals: "zum 1. Januar".
  return lexicon.lang === 'de' && /^\d{1,2}$/.test(word);
}

const TERMINAL = /[.!?…]$/u;

/** The text of a quotation without its marks, trimmed. */
export function innerOf(quoteText: string): string {
  const chars = [...quoteText];
  const open = chars.length > 1 ? 1 : 0;
  const close = chars.length > 1 && /[\p{Pf}\p{Pi}"'’‘»«›‹」』]$/u.test(quoteText) ? 1 : 0;
  return chars
    .slice(open, chars.length - close)
    .join('')
    .trim();
}

/** Does the quotation end its sentence inside its marks ("… madness.")? */
export const endsWithTerminal = (quoteText: string) => TERMINAL.test(innerOf(quoteText));

/**
 * Split tokens into sentences: after . ! ? … (not an abbreviation's full stop) followed by a
 * capital, a digit, a quotation or the end; after a quotation that ends with such a mark and is
 * followed by a capitalised word or another quotation; and at every line break.
 */
export function sentencesOf(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    let boundary = false;
    if (next?.afterBreak) boundary = true;
    else if (token.kind === 'punct' && /[.!?…]/u.test(token.text)) {
      boundary =
        !next ||
        next.kind === 'quote' ||
        (next.kind === 'word' && (isCapitalised(next.text) || /^\p{N}/u.test(next.text))) ||
        (next.kind === 'punct' && /[([]/u.test(next.text));
      // "…?!" or ".)": the sentence ends after the last of them.
      if (next?.kind === 'punct' && /[.!?…)\]]/u.test(next.text)) boundary = false;
    } else if (token.kind === 'quote' && endsWithTerminal(token.text)) {
      boundary =
        !!next && (next.kind === 'quote' || (next.kind === 'word' && isCapitalised(next.text)));
    }
    if (boundary || !next) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  return sentences;
}

/** Index of the first token in [from, to) that matches, or -1. */
export function findFrom(
  tokens: readonly Token[],
  from: number,
  to: number,
  match: (token: Token, index: number) => boolean,
): number {
  for (let i = Math.max(from, 0); i < Math.min(to, tokens.length); i += 1) {
    if (match(tokens[i]!, i)) return i;
  }
  return -1;
}
