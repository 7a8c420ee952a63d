/**
 * The French and Spanish word lists are searched as the JSON text their packages write
 * (`dictionaryOf` in `src/quotes/common-words.ts`), not parsed: the answers must be those of a
 * binary search over the parsed array, for words of the lists and for words near them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dictionaryOf, inDictionary, isDictionaryWord } from '../../src/quotes/common-words.ts';

const require = createRequire(import.meta.url);
const LISTS = ['an-array-of-french-words/index.json', 'an-array-of-spanish-words/index.json'];

describe('the word lists searched as text', () => {
  for (const list of LISTS) {
    it(`${list.split('/')[0]}: read as text, same answers as the parsed list`, () => {
      const text = readFileSync(require.resolve(list), 'utf8');
      const dictionary = dictionaryOf(text);
      // The installed list is plain, so it is not parsed (a new format would be, and fail here).
      expect('text' in dictionary).toBe(true);
      const parsed = { words: JSON.parse(text) as string[] };
      const { words } = parsed;
      const probes = ['', 'a', 'zzzz', '\uffff', '"', ',', words[0]!, words.at(-1)!];
      for (let i = 0; i < words.length; i += 53) {
        const word = words[i]!;
        probes.push(
          word,
          `${word}a`,
          word.slice(0, -1),
          `${word}z`,
          `a${word}`,
          word.toUpperCase(),
        );
      }
      const differ = probes.filter(
        (word) => inDictionary(dictionary, word) !== inDictionary(parsed, word),
      );
      expect(differ).toEqual([]);
      expect(probes.filter((word) => inDictionary(dictionary, word)).length).toBeGreaterThan(
        words.length / 53,
      );
    });
  }

  it('parses a list that is not plain: spaced, escaped, or with a comma or quotation mark in a word', () => {
    for (const text of ['[\n  "a",\n  "b"\n]', '["a\\"b","c"]', '["a,b","c"]', '["a","b,","c"]']) {
      const dictionary = dictionaryOf(text);
      expect('words' in dictionary, text).toBe(true);
      const words = JSON.parse(text) as string[];
      for (const word of words) expect(inDictionary(dictionary, word), word).toBe(true);
      expect(inDictionary(dictionary, 'b,c')).toBe(false);
    }
  });

  it('finds the first, middle and last words of short plain lists, and nothing else', () => {
    for (const words of [['x'], ['a', 'c'], ['a', 'b', 'c', 'd', 'e'], ['é', 'ñu']]) {
      const dictionary = dictionaryOf(`${JSON.stringify(words)}\n`);
      expect('text' in dictionary).toBe(true);
      for (const word of words) expect(inDictionary(dictionary, word), word).toBe(true);
      for (const other of ['', 'aa', 'bb', 'f', 'e ', 'ñ'])
        expect(inDictionary(dictionary, other), other).toBe(words.includes(other));
    }
    expect(inDictionary(dictionaryOf('[]'), '')).toBe(false);
  });

  it('answers in any case, for French and Spanish only', () => {
    expect(isDictionaryWord('Maison', 'fr')).toBe(true);
    expect(isDictionaryWord('CASA', 'es')).toBe(true);
    expect(isDictionaryWord('maison', 'en')).toBe(false);
    expect(isDictionaryWord('xqzvw', 'fr')).toBe(false);
  });
});
