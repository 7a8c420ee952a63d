/**
 * A paragraph as the attribution rules see it: words and punctuation with their offsets, each
 * quotation one opaque token (so nothing inside a quotation is taken for a reporting verb or a
 * speaker), split into sentences. Linear in the length of the text.
 */
import type { Lexicon } from './lexicon/shape.ts';

/** A quotation's place in its paragraph (UTF-16 offsets, end-exclusive, marks included). */
export interface QuoteRange {
  start: number;
  end: number;
  /** The quotation's text where the paragraph holds a stand-in (an explicit `:quote`). */
  text?: string;
}

export type TokenKind = 'word' | 'punct' | 'quote' | 'object';

/** Every token has every field (one object shape, which keeps the rules' loops fast). */
export interface Token {
  kind: TokenKind;
  text: string;
  /** `text` in lower case, worked out once. */
  lower: string;
  start: number;
  end: number;
  /** For a quote token: its index in the paragraph's list of quotations. */
  quote: number | undefined;
  /** A word that ends in an abbreviation's full stop ("Mr.", "U.S."). */
  abbreviation: boolean;
  /** True when a line break comes right before this token. */
  afterBreak: boolean;
}

/** A token's text in lower case; '' for no token. */
export const lowerOf = (token: Token | undefined) => token?.lower ?? '';

export interface Sentence {
  /** Index of the first token. */
  from: number;
  /** Index after the last token. */
  to: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.&][\p{L}\p{N}\p{M}]+)*/uy;
/** A number written with thousands separators ("250,000"): one word, not three. */
const GROUPED_NUMBER = /[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])/y;
const SPACE = /\s/u;
const OBJECT = 0xfffc; // the object replacement character

/** Is the word's first letter a capital (names, sentence starts)? */
export const isCapitalised = (word: string) => /^\p{N}*\p{Lu}/u.test(word);
export const isLower = (word: string) => /^\p{Ll}/u.test(word);
/** The text without its accents and other combining marks ("Lucía" → "Lucia"). */
export const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
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
  let afterBreak = false;
  const push = (kind: TokenKind, written: string, start: number, end: number, extra = false) => {
    tokens.push({
      kind,
      text: written,
      lower: written.toLowerCase(),
      start,
      end,
      quote: kind === 'quote' ? next : undefined,
      abbreviation: kind === 'word' && extra,
      afterBreak,
    });
    afterBreak = false;
  };
  while (at < text.length) {
    const quote = quotes[next];
    if (quote && at >= quote.start) {
      const { start, end } = quote;
      push('quote', quote.text ?? text.slice(start, end), start, end);
      at = Math.max(at, quote.end);
      next += 1;
      continue;
    }
    const limit = quote ? quote.start : text.length;
    const code = text.charCodeAt(at);
    if (isSpace(code, text, at)) {
      if (code === 10 || code === 13) afterBreak = true;
      at += 1;
      continue;
    }
    if (code === OBJECT) {
      push('object', text[at]!, at, at + 1);
      at += 1;
      continue;
    }
    const word = wordEnd(text, at);
    if (word > at) {
      const end = pluralPossessive(text, at, Math.min(word, limit), limit);
      const abbreviation =
        text[end] === '.' &&
        end < limit &&
        isAbbreviation(text.slice(at, end), lexicon) &&
        !(lexicon.lang === 'en' && sentenceEndingI(text, at, end, limit)) &&
        !numberAfterNoun(text, at, end, lexicon);
      const to = abbreviation ? end + 1 : suspendedHyphen(text, end, limit, lexicon);
      // One written word read as two: "a-t-elle" → "a", "elle"; "Christie's been" → "Christie", "'s".
      const split = hasContraction(text, at, to, lexicon) ?? subjectClitic(text, at, to, lexicon);
      if (split) {
        push('word', text.slice(at, split.firstEnd), at, split.firstEnd);
        push('word', text.slice(split.secondStart, to), split.secondStart, to);
      } else push('word', text.slice(at, to), at, to, abbreviation);
      at = to;
      continue;
    }
    push('punct', text[at]!, at, at + 1);
    at += 1;
  }
  return tokens;
}

/** A suspended hyphen's word: its hyphen, a space or a comma, and the next word. */
const SUSPENDED = /^-(?:,?\s+)([\p{L}&]+)/u;

/**
 * Where a word ends with a suspended hyphen taken in ("Städte- und Gemeindebund", "pre- and
 * post-war"): a hyphen right after its letters, then a space (or a comma and a space) and a
 * word that joins it to the next word of the compound (`coordinators`, or another word with its
 * own hyphen: "Bund-, Länder- und Gemeinde…"). A hyphen with a space before it is a dash.
 */
function suspendedHyphen(text: string, end: number, limit: number, lexicon: Lexicon): number {
  if (text.charCodeAt(end) !== 45 || end + 1 >= limit) return end;
  const next = SUSPENDED.exec(text.slice(end, Math.min(limit, end + 40)));
  if (!next) return end;
  const joined =
    lexicon.coordinators.has(next[1]!.toLowerCase()) ||
    (/^,/u.test(next[0].slice(1)) && text.charCodeAt(end + next[0].length) === 45);
  return joined ? end + 1 : end;
}

/** The last letters of a word that takes its possessive apostrophe alone. */
const SIBILANT = /[sxzß]/iu;

/**
 * Where a word ends with the apostrophe of a plural possessive ("Fox News’ Bret Baier", "the
 * parents’ money") or of a German name's genitive ("Scholz’ Sprecher", "Marx’ Thesen") taken in:
 * an apostrophe after a final s, x, z or ß, followed by a space or the end.
 */
function pluralPossessive(text: string, from: number, end: number, limit: number): number {
  const mark = text.charCodeAt(end);
  if (end >= limit || (mark !== 0x2019 && mark !== 39)) return end;
  if (end - from < 2 || !SIBILANT.test(text[end - 1]!)) return end;
  return end + 1 === limit || (end + 1 < text.length && SPACE.test(text[end + 1]!)) ? end + 1 : end;
}

/** Where the first of two words written as one ends, and the second starts (`tokenize`). */
interface Split {
  firstEnd: number;
  secondStart: number;
}

/**
 * A capitalised word and its "'s" that means "has" ("Christie's been making …": the next word is
 * one of `hasContractionBefore`); undefined for a possessive or any other word.
 */
function hasContraction(
  text: string,
  from: number,
  to: number,
  lexicon: Lexicon,
): Split | undefined {
  // (Most words end otherwise: looked at without a regular expression.)
  const apostrophe = text[to - 2];
  if (text[to - 1] !== 's' || (apostrophe !== "'" && apostrophe !== '’')) return undefined;
  if (lexicon.hasContractionBefore.size === 0 || !/^\p{Lu}\p{L}+['’]s$/u.test(text.slice(from, to)))
    return undefined;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(to, to + 20));
  return next && lexicon.hasContractionBefore.has(next[1]!)
    ? { firstEnd: to - 2, secondStart: to - 2 }
    : undefined;
}

/** A subject pronoun hyphenated onto a verb ("a-t-elle", "dit-il"): the verb, then it. */
function subjectClitic(
  text: string,
  from: number,
  to: number,
  lexicon: Lexicon,
): Split | undefined {
  if (lexicon.subjectClitics.size === 0) return undefined;
  const hyphen = text.lastIndexOf('-', to - 1);
  if (hyphen <= from) return undefined;
  if (!lexicon.subjectClitics.has(text.slice(hyphen + 1, to).toLowerCase())) return undefined;
  const euphonic = text.slice(hyphen - 2, hyphen) === '-t' && hyphen - 2 > from;
  return { firstEnd: euphonic ? hyphen - 2 : hyphen, secondStart: hyphen + 1 };
}

/**
 * Where the word (a match of WORD) that starts at `at` ends; `at` when none does. Words of ASCII
 * letters and digits, most of any text, are read without the regular expression, which is
 * asked as soon as another character could be part of the word.
 */
function wordEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first >= 48 && first <= 57) {
    GROUPED_NUMBER.lastIndex = at;
    if (GROUPED_NUMBER.test(text)) return GROUPED_NUMBER.lastIndex;
  }
  let end = at;
  for (let from = at; ;) {
    let to = from;
    while (to < text.length && isAsciiLetterOrDigit(text.charCodeAt(to))) to += 1;
    const after = to < text.length ? text.charCodeAt(to) : -1;
    if (after >= 128) {
      WORD.lastIndex = at;
      const match = WORD.exec(text);
      // Not from the middle of a surrogate pair, where a Unicode expression starts its match.
      return match?.index === at ? at + match[0].length : at;
    }
    // Nothing after the joining character at `from - 1` (or no word at all): it is no part.
    if (to === from) return end;
    end = to;
    if (!ASCII_JOINERS.includes(after)) return end;
    from = to + 1;
  }
}
/** WORD's joining characters inside the ASCII range: - ' . & */
const ASCII_JOINERS = [45, 39, 46, 38];
const isAsciiLetterOrDigit = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** `\s` at `text[at]`, with its character code given: ASCII without a regular expression. */
const isSpace = (code: number, text: string, at: number) =>
  code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[at]!);

function isAbbreviation(word: string, lexicon: Lexicon): boolean {
  if (lexicon.abbreviations.has(word.toLowerCase())) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Laurence H. Tribe"
  if (word.includes('.')) return true; // "U.S", "a.m"
  // Ordinals written with a full stop, as in German: "zum 1. Januar".
  return lexicon.ordinalFullStop && /^\d{1,2}$/.test(word);
}

/**
 * A number with a full stop where ordinals take one, right after a noun and not an article or a
 * preposition ("ein Verbot bis Klasse 8. Schulleiterin Ursula Dietz zieht …"; not "am 8. Mai",
 * "Am 8. Mai", "der 3. Platz"): a number the noun names, whose full stop ends the sentence.
 */
function numberAfterNoun(text: string, at: number, end: number, lexicon: Lexicon): boolean {
  if (!lexicon.ordinalFullStop || !/^\d{1,2}$/.test(text.slice(at, end))) return false;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (!before || !/^\p{Lu}/u.test(before)) return false;
  const lower = before.toLowerCase();
  return !lexicon.determiners.has(lower) && !lexicon.prepositions.has(lower);
}

/**
 * English "I" whose full stop ends the sentence, not an initial: with no capitalised word after
 * it on its line, or after a word that is no name ("“It is simple,” said I. “Quite.”"; not
 * "Henry I. Tribe").
 */
function sentenceEndingI(text: string, at: number, end: number, limit: number): boolean {
  if (end - at !== 1 || text[at] !== 'I') return false;
  if (!/^[ \t]+\p{Lu}/u.test(text.slice(end + 1, Math.min(limit, end + 4)))) return true;
  return /(?:^|[^\p{L}])\p{Ll}+\s+$/u.test(text.slice(Math.max(0, at - 30), at));
}

const TERMINAL = /[.!?…]$/u;

/** The text of a quotation without its marks (its first and last characters), trimmed. */
export function innerOf(quoteText: string): string {
  // The first character may take two UTF-16 units; a closing mark (CLOSING below) takes one.
  const first = (quoteText.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  if (quoteText.length <= first) return quoteText.trim();
  const close = CLOSING.test(quoteText) ? 1 : 0;
  return quoteText.slice(first, quoteText.length - close).trim();
}
const CLOSING = /[\p{Pf}\p{Pi}"'’‘»«›‹」』]$/u;

/** Does the quotation end its sentence inside its marks ("… madness.")? */
export const endsWithTerminal = (quoteText: string) => TERMINAL.test(innerOf(quoteText));

/**
 * Split tokens into sentences: after . ! ? … (not an abbreviation's full stop) followed by a
 * capital, a digit, a quotation or the end; after a quotation that ends with such a mark and is
 * followed by a capitalised word or another quotation; and at every line break.
 */
export function sentencesOf(tokens: readonly Token[], lexicon?: Lexicon): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    let boundary = false;
    if (next?.afterBreak) boundary = true;
    else if (token.abbreviation && lexicon && endsAbbreviatedSentence(token, next, lexicon))
      boundary = true;
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

/**
 * "… attacks in the U.S. He says …": a dotted abbreviation ("U.S.", "p.m."; not an initial or
 * a title) or one that ends a name ("said a statement from Acme Corp. Its chief executive …")
 * followed by a capitalised pronoun, article or sentence opener ends the sentence.
 */
function endsAbbreviatedSentence(token: Token, next: Token | undefined, lexicon: Lexicon) {
  const closing = lexicon.closingAbbreviations.has(token.text.slice(0, -1).toLowerCase());
  if (!closing && !/\p{L}\.\p{L}+\.$/u.test(token.text)) return false;
  if (next?.kind !== 'word' || !isCapitalised(next.text)) return false;
  const word = next.lower;
  return lexicon.pronouns.has(word) || lexicon.determiners.has(word) || lexicon.openers.has(word);
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

/** Index of the last token in [from, to) that matches, or -1. */
export function findLastFrom(
  tokens: readonly Token[],
  from: number,
  to: number,
  match: (token: Token, index: number) => boolean,
): number {
  for (let i = Math.min(to, tokens.length) - 1; i >= Math.max(from, 0); i -= 1) {
    if (match(tokens[i]!, i)) return i;
  }
  return -1;
}

/**
 * A character a word may not follow for it to count as a word of its own (`casedWords`): also
 * those of a handle, hashtag or address ("@mike_pence" writes no "pence" or "mike" in lower
 * case, so "Pence" and "Mike" stay names).
 */
const JOINED = /[\p{L}\p{N}'’_@#/-]/u;
/** JOINED's characters inside the ASCII range besides letters and digits: ' - _ @ # / */
const JOINED_ASCII = new Set([39, 45, 95, 64, 35, 47]);
/** A letter or a combining mark (a word goes on across either). */
export const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LOWER_FIRST = /^\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * The words the texts write in lower case (`lower`), and the capitalised words they write more
 * than once (`repeated`). A word is a lower-case or capital letter with the letters and marks
 * after it, not right after a letter, digit, apostrophe or hyphen ("ve" of "we’ve" is none).
 * One pass, with no regular expression for ASCII characters (most of any text).
 */
export function casedWords(texts: readonly string[]): {
  lower: ReadonlySet<string>;
  repeated: ReadonlySet<string>;
} {
  const lower = new Set<string>();
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const charAt = (text: string, at: number) => String.fromCodePoint(text.codePointAt(at)!);
  const widthAt = (text: string, at: number) => ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  for (const text of texts) {
    // Whether the character before `at` joins a word to it (see JOINED).
    let joined = false;
    for (let at = 0; at < text.length;) {
      const code = text.charCodeAt(at);
      const ascii = code < 128;
      const char = ascii ? '' : charAt(text, at);
      const width = ascii ? 1 : widthAt(text, at);
      const small = ascii ? code >= 97 && code <= 122 : LOWER_FIRST.test(char);
      const capital = !small && (ascii ? code >= 65 && code <= 90 : UPPER_FIRST.test(char));
      if (joined || (!small && !capital)) {
        joined = ascii ? isAsciiLetterOrDigit(code) || JOINED_ASCII.has(code) : JOINED.test(char);
        at += width;
        continue;
      }
      let end = at + width;
      let last = char || text[at]!;
      while (end < text.length) {
        const next = text.charCodeAt(end);
        if (next < 128) {
          if (!(next >= 97 && next <= 122) && !(next >= 65 && next <= 90)) break;
          last = text[end]!;
          end += 1;
        } else {
          const letter = charAt(text, end);
          if (!LETTER_OR_MARK.test(letter)) break;
          last = letter;
          end += letter.length;
        }
      }
      const word = text.slice(at, end);
      if (small) lower.add(word);
      else {
        if (seen.has(word)) repeated.add(word);
        seen.add(word);
      }
      // A word that ends in a combining mark joins nothing to what follows.
      joined = JOINED.test(last);
      at = end;
    }
  }
  return { lower, repeated };
}
