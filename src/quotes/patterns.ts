/**
 * Patterns made from the text's words (a role, a surname, a name), compiled once a process.
 *
 * A pattern with Unicode property classes (`\p{L}`) takes V8 about a millisecond or more to
 * compile, far more than running it over a paragraph; V8 keeps compiled patterns by their source
 * only for a while. Made afresh for each document, the attribution's patterns cost seven times
 * the rest of its work on text it had not seen (PolNeAR train and our articles, 938 files: 20 s
 * the first time through, 2.9 s the third). Kept here, each is compiled once; `allMatches` runs
 * a kept pattern without the copy `String.prototype.matchAll` makes of it, which V8 may compile
 * again.
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
