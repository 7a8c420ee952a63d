/**
 * Characters around a mark: code points on either side, their class (space, punctuation,
 * other) and flanking, as in CommonMark smart punctuation.
 */
export const SPACE = 0;
export const PUNCT = 1;
export const OTHER = 2;
export type CharClass = typeof SPACE | typeof PUNCT | typeof OTHER;

const RE_SPACE = /^\s$/u;
const RE_PUNCT = /^[\p{P}\p{S}]$/u;
const RE_ALNUM = /^[\p{L}\p{N}\p{M}]$/u;
const RE_LETTER = /^[\p{L}\p{M}]$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_CJK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}]$/u;

/** Code point ending just before `index`; -1 at the start. */
export function cpBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Code point starting at `index`; -1 at the end. */
export function cpAt(text: string, index: number): number {
  return index >= text.length ? -1 : (text.codePointAt(index) ?? -1);
}

export function classOf(cp: number): CharClass {
  if (cp < 0) return SPACE;
  if (cp < 0x80) {
    if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return SPACE;
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))
      return OTHER;
    return cp > 0x20 && cp < 0x7f ? PUNCT : OTHER;
  }
  const char = String.fromCodePoint(cp);
  if (RE_SPACE.test(char)) return SPACE;
  return RE_PUNCT.test(char) ? PUNCT : OTHER;
}

export function isAlnum(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80)
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return RE_ALNUM.test(String.fromCodePoint(cp));
}

export function isLetter(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return RE_LETTER.test(String.fromCodePoint(cp));
}

export function isDigit(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return RE_DIGIT.test(String.fromCodePoint(cp));
}

export const isCjk = (cp: number) => cp >= 0x2e80 && RE_CJK.test(String.fromCodePoint(cp));
export const isHebrew = (cp: number) =>
  cp >= 0x0590 && cp <= 0x05ff && RE_LETTER.test(String.fromCodePoint(cp));

/** Whether anything but spaces follows `index`. */
export function textFollows(text: string, index: number): boolean {
  for (let at = index; at < text.length; at++)
    if (classOf(text.charCodeAt(at)) !== SPACE) return true;
  return false;
}

/** A space (or the start) before and something after: the mark can open. */
export function leftFlanking(before: CharClass, after: CharClass): boolean {
  return after !== SPACE && (after !== PUNCT || before !== OTHER);
}

/** Something before and a space, punctuation or the end after: the mark can close. */
export function rightFlanking(before: CharClass, after: CharClass): boolean {
  return before !== SPACE && (before !== PUNCT || after !== OTHER);
}
