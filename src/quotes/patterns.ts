/**
 * Finding the text's own words (a role, a surname, a name) without compiling a pattern of them.
 *
 * A pattern with Unicode property classes (`\p{L}`) takes V8 one to nine milliseconds to
 * compile, far more than running it over a paragraph, and V8 keeps compiled patterns by their
 * source only for a while. Made afresh from each document's roles and names, the attribution's
 * patterns cost five to seven times the rest of its work on text it had not seen (PolNeAR train
 * and dev, our articles and two probe rounds, 938 files: 19-20 s the first time through, 2.9 s
 * the third). Here the words are found by string search (`placesOf`), and what must be around
 * them is read by patterns that never change (`rolePlaces`, `wordsBeforeEach`, `setOffIn`):
 * 3.7-4.0 s the first time, 1.8 s after, every attribution the same. The few patterns still made
 * of words are kept once made (`pattern`), and `allMatches` runs a kept one without the copy of
 * it that `String.prototype.matchAll` makes, which V8 may compile again.
 */

/** At most this many patterns are kept; the oldest goes first. */
const LIMIT = 4096;
const kept = new Map<string, RegExp>();

/** The pattern for this source and these flags, compiled the first time it is asked for. */
export function pattern(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let found = kept.get(key);
  if (!found) {
    found = new RegExp(source, flags);
    if (kept.size >= LIMIT) kept.delete(kept.keys().next().value!);
    kept.set(key, found);
  }
  return found;
}

/** Every match of a global pattern in the text, in order, as `text.matchAll(global)` gives them. */
export function allMatches(global: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    matches.push(match);
    // (An empty match moves on by one character, as `matchAll` does.)
    if (match[0] === '') {
      const code = text.codePointAt(global.lastIndex) ?? 0;
      global.lastIndex += global.unicode && code > 0xffff ? 2 : 1;
    }
  }
  global.lastIndex = 0;
  return matches;
}

/**
 * Every place the text writes `word`, left to right, each once (an empty word at every place):
 * with a check of what is around each place, what a pattern made of the word would find,
 * without compiling one.
 */
export function* placesOf(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    yield at;
    if (at >= text.length) return;
  }
}

export interface TextRange {
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
/** The length of the letter that ends at `at` (2 for one of two UTF-16 units), or 0. */
export function letterBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  const letter = pair ? text.slice(at - 2, at) : text.charAt(at - 1);
  return LETTER.test(letter) ? letter.length : 0;
}
const LETTER_AT = /\p{L}/uy;
const letterAt = (text: string, at: number) => {
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text);
};
const SPACE = /\s/u;
/** The word as written at the end of `text.slice(0, at)`, its first letter in either case: where it starts. */
function wordEndingAt(text: string, at: number, word: string): number | undefined {
  const rest = word.slice(1);
  const start = at - rest.length;
  if (start < 1 || text.slice(start, at) !== rest) return undefined;
  for (const first of new Set([word.charAt(0).toUpperCase(), word.charAt(0)]))
    if (start - first.length >= 0 && text.slice(start - first.length, start) === first)
      return start - first.length;
  return undefined;
}

/**
 * Where the text writes a role as words of their own: its words with their first letters in
 * either case and white space between them, the last word perhaps ending a compound
 * ("Oberbürgermeisterin" for "bürgermeisterin") when `compound`; or one of its abbreviations.
 * In order, as a pattern of the words would find them.
 */
export function rolePlaces(
  text: string,
  words: readonly string[],
  compound: boolean,
  abbreviations: readonly string[],
): TextRange[] {
  const places: TextRange[] = [];
  const last = words.at(-1)!;
  const needle = last.slice(1);
  for (const at of placesOf(text, needle)) {
    const end = at + needle.length;
    let start = letterAt(text, end) ? undefined : wordEndingAt(text, end, last);
    if (start === undefined) continue;
    for (
      let size = letterBefore(text, start);
      compound && size > 0;
      size = letterBefore(text, start)
    )
      start -= size;
    for (let k = words.length - 2; k >= 0 && start !== undefined; k -= 1) {
      let space: number = start;
      while (space > 0 && SPACE.test(text.charAt(space - 1))) space -= 1;
      start = space < start ? wordEndingAt(text, space, words[k]!) : undefined;
    }
    if (start !== undefined && letterBefore(text, start) === 0) places.push({ start, end });
  }
  for (const abbreviation of abbreviations)
    for (const at of placesOf(text, abbreviation)) {
      const end = at + abbreviation.length;
      if (letterBefore(text, at) === 0 && !letterAt(text, end)) places.push({ start: at, end });
    }
  return places.sort((a, b) => a.start - b.start);
}

/** A capitalised word, perhaps a second one or an initial, and the space after them, at the end. */
const WORDS_AT_END =
  /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’-]+)((?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+))?)\s+$/gu;
/** A word going on ("Smithson", "Smith-Jones" after "Smith"). */
const WORD_GOES_ON = /[\p{L}\p{M}]|-\p{L}/uy;
/** A comma, perhaps a lower-case word ("don"), and the space after them, at the end: a name set off. */
const SET_OFF_BEFORE = /,\s+(?:\p{Ll}+\.?\s+)?$/u;

/** Does the text set this name off by commas ("El párroco, don Evaristo Llamas, abrió …")? */
export function setOffIn(name: string, texts: readonly string[]): boolean {
  const written = `${name},`;
  return texts.some((text) => {
    for (const at of placesOf(text, written))
      if (SET_OFF_BEFORE.test(text.slice(0, at))) return true;
    return false;
  });
}

/**
 * The one or two capitalised words written right before each place the text writes `word` as a
 * word of its own, left to right, none overlapping the one before, as a pattern of those words
 * and the word would find them.
 */
export function wordsBeforeEach(word: string, text: string): RegExpExecArray[] {
  const places = [...placesOf(text, word)].filter((at) => {
    WORD_GOES_ON.lastIndex = at + word.length;
    return !WORD_GOES_ON.test(text);
  });
  const found: RegExpExecArray[] = [];
  let from = 0;
  const wordsEndingAt = (at: number) => {
    WORDS_AT_END.lastIndex = from;
    return WORDS_AT_END.exec(text.slice(0, at));
  };
  for (const [k, at] of places.entries()) {
    const match = wordsEndingAt(at);
    if (!match) continue;
    // ("Anna Smith Smith": the words that reach the next place from as far back are taken with
    // it, as the pattern's optional second word would be.)
    const next = places[k + 1];
    const further = next === undefined ? null : wordsEndingAt(next);
    if (further && further.index <= match.index) continue;
    found.push(match);
    from = at + word.length;
  }
  return found;
}

/** Two or three capitalised words, each after white space. */
const CAPITALISED_AFTER = /(?:\s+\p{Lu}[\p{L}.&-]*){2,3}/uy;

/**
 * The two or three capitalised words written right after each place the text writes `word` with
 * no letter before it ("Kessler Industrietechnik AG"), none overlapping the one before.
 */
export function capitalisedAfterEach(word: string, text: string): string[] {
  const found: string[] = [];
  let from = 0;
  for (const at of placesOf(text, word)) {
    if (at < from || letterBefore(text, at) > 0) continue;
    CAPITALISED_AFTER.lastIndex = at + word.length;
    const after = CAPITALISED_AFTER.exec(text);
    if (!after) continue;
    found.push(after[0]);
    from = CAPITALISED_AFTER.lastIndex;
  }
  return found;
}
