/**
 * The string searches of `src/quotes/patterns.ts` find what the patterns made of the words found
 * before them (one compiled per role, surname or name): each is checked against that pattern,
 * run as it was, on generated text made of the pieces where the two could part (the word inside
 * a longer one, either case, a compound, marks, letters of two UTF-16 units, hyphens, commas,
 * the word twice in a row).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capitalisedAfterEach,
  placesOf,
  rolePlaces,
  setOffIn,
  wordsBeforeEach,
} from '../../src/quotes/patterns.ts';
import { fcRuns } from '../helpers/fc-runs.ts';

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const eitherCase = (word: string) =>
  `(?:${escaped(word.charAt(0).toUpperCase())}|${escaped(word.charAt(0))})${escaped(word.slice(1))}`;

const PIECES = [
  'p',
  'P',
  'resident',
  'Vice',
  'vice',
  'Smith',
  'Anna',
  'Lee',
  'J.',
  'Pres.',
  'Kessler',
  'AG',
  'Ost',
  'don',
  'x',
  'é',
  '\u0301',
  '𝐀',
  ' ',
  ' ',
  '  ',
  '\n',
  ',',
  '.',
  '-',
  '’',
  '&',
];
// (Pieces mostly apart, as words are, so that names and roles follow one another.)
const textOf = (pieces: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', ' ', ' ', ', ')), {
      maxLength: 16,
    })
    .map((parts) => parts.flat().join(''));
const text = textOf(PIECES);
/** Fewer pieces, so that names come one after another more often. */
const names = textOf([
  'Anna',
  'Smith',
  'Lee',
  'J.',
  'x',
  'don',
  'é',
  '\u0301',
  '-',
  '’',
  '.',
  '\n',
]);
const runs = { numRuns: fcRuns(3000), seed: Number(process.env.FC_SEED ?? 20261206) };

describe('string searches that replace patterns made of words', () => {
  it('places of a word: every occurrence, an empty word at every place', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('', 'p', 'resident', 'Smith'), (t, word) => {
        const expected = [...t.matchAll(new RegExp(`(?=${escaped(word)})`, 'gu'))].map(
          (m) => m.index,
        );
        // (The pattern steps over the second unit of a letter of two; `indexOf` does not.)
        const places = [...placesOf(t, word)].filter(
          (at) => !(word === '' && /[\uDC00-\uDFFF]/u.test(t.charAt(at))),
        );
        expect(places).toEqual(expected);
      }),
      runs,
    );
  });

  it('places of a role: its words, a compound, an abbreviation, as the role pattern found them', () => {
    const roles = fc.constantFrom(['president'], ['vice', 'president'], ['resident'], ['p']);
    fc.assert(
      fc.property(text, roles, fc.boolean(), fc.boolean(), (t, words, compound, short) => {
        const abbreviations = short ? ['Pres.'] : [];
        const last = words.length - 1;
        const spelled = words
          .map((w, k) => (k === last && compound ? `\\p{L}*${eitherCase(w)}` : eitherCase(w)))
          .join('\\s+');
        const role = new RegExp(
          `(?<![\\p{L}])(?:${[spelled, ...abbreviations.map(escaped)].join('|')})(?![\\p{L}])`,
          'gu',
        );
        const expected = [...t.matchAll(role)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
        }));
        expect(rolePlaces(t, words, compound, abbreviations)).toEqual(expected);
      }),
      runs,
    );
  });

  it('the words before a surname: as the pattern of first names and the surname found them', () => {
    fc.assert(
      fc.property(names, fc.constantFrom('Smith', 'Lee'), (t, surname) => {
        const written = new RegExp(
          `(?<![\\p{L}\\p{M}'’.-])(\\p{Lu}[\\p{L}\\p{M}'’-]+)((?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]+))?)\\s+${escaped(surname)}(?![\\p{L}\\p{M}]|-\\p{L})`,
          'gu',
        );
        const expected = [...t.matchAll(written)].map((m) => [m.index, m[1], m[2]]);
        const found = wordsBeforeEach(surname, t).map((m) => [m.index, m[1], m[2]]);
        expect(found).toEqual(expected);
      }),
      runs,
    );
  });

  it('a name set off by commas: as the pattern of the name between commas found it', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 3 }),
        fc.constantFrom('Anna Lee', 'Smith'),
        (texts, name) => {
          const apposition = new RegExp(`,\\s+(?:\\p{Ll}+\\.?\\s+)?${escaped(name)},`, 'u');
          expect(setOffIn(name, texts)).toBe(texts.some((t) => apposition.test(t)));
        },
      ),
      runs,
    );
  });

  it('capitalised words after a word: as the pattern of the word and the words found them', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('Kessler', 'p'), (t, word) => {
        const after = new RegExp(
          `(?<![\\p{L}])${escaped(word)}((?:\\s+\\p{Lu}[\\p{L}.&-]*){2,3})`,
          'gu',
        );
        expect(capitalisedAfterEach(word, t)).toEqual([...t.matchAll(after)].map((m) => m[1]));
      }),
      runs,
    );
  });

  it('finds "Anna Smith Smith" as the pattern did: Anna, then Smith as a second word', () => {
    const [match] = wordsBeforeEach('Smith', 'Anna Smith Smith said');
    expect([match?.index, match?.[1], match?.[2]]).toEqual([0, 'Anna', ' Smith']);
  });
});
