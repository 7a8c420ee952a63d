/**
 * The document's cased words (`casedWords`), which tell a capitalised common word from a name:
 * compared with the reading by regular expression it replaced, on text in several scripts; and
 * where `tokenize` ends a word.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lexiconFor } from '../../src/quotes/lexicon/index.ts';
import { casedWords, tokenize } from '../../src/quotes/tokens.ts';

/** The former reading: two scans with a look-behind, one per case. */
function byExpression(texts: string[]) {
  const lower = new Set<string>();
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu))
      lower.add(word);
    for (const [word] of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{M}]*/gu)) {
      if (seen.has(word)) repeated.add(word);
      seen.add(word);
    }
  }
  return { lower, repeated };
}

const sorted = (words: ReadonlySet<string>) => [...words].sort();

describe('casedWords', () => {
  it('reads lower-case words and repeated capitalised ones, not the tail of a joined word', () => {
    const { lower, repeated } = casedWords([
      'Footage shows the mayor’s well-known plan. We’ve seen Footage before.',
      'Müller sagte, Müller habe 3rd-party O’Brien gesehen; ÉCOLE école.',
    ]);
    expect(sorted(lower)).toEqual(
      [
        'before',
        'école',
        'gesehen',
        'habe',
        'mayor',
        'plan',
        'sagte',
        'seen',
        'shows',
        'the',
        'well',
      ].sort(),
    );
    expect(sorted(repeated)).toEqual(['Footage', 'Müller']);
  });

  it('keeps combining marks and letters beyond the BMP inside a word', () => {
    const { lower, repeated } = casedWords(['Ame\u0301lie and Ame\u0301lie, 𝐀 𝐀 cafe\u0301 ok']);
    expect(sorted(lower)).toEqual(['and', 'cafe\u0301', 'ok']);
    expect(sorted(repeated)).toEqual(['Ame\u0301lie', '𝐀']);
  });

  it('agrees with the look-behind expressions on any text of letters, digits and joiners', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      'É',
      'ß',
      '3',
      "'",
      '’',
      '-',
      ' ',
      '.',
      ',',
      '\u0301',
      '𝐀',
      '𝐚',
      'Ω',
      'ω',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
          { maxLength: 3 },
        ),
        (texts) => {
          const expected = byExpression(texts);
          const found = casedWords(texts);
          // Where the readings differ, on purpose: the expressions start a word again right after a
          // combining mark inside a word ("lie" of a decomposed "Ame\u0301lie"); casedWords does
          // not. Every other word is the same.
          const afterMark = (word: string) => texts.some((t) => t.includes(`\u0301${word}`));
          const same = (words: Set<string>, kept: ReadonlySet<string>) =>
            sorted(new Set([...words].filter((w) => kept.has(w) || !afterMark(w))));
          expect(sorted(found.lower)).toEqual(same(expected.lower, found.lower));
          expect(sorted(found.repeated)).toEqual(same(expected.repeated, found.repeated));
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('tokenize', () => {
  const words = (text: string, lang = 'de') =>
    tokenize(text, [], lexiconFor(lang)).map((token) => token.text);

  it('keeps a suspended hyphen on its word, and reads a spaced hyphen as a dash', () => {
    expect(words('des Städte- und Gemeindebundes')).toEqual([
      'des',
      'Städte-',
      'und',
      'Gemeindebundes',
    ]);
    expect(words('Bund-, Länder- und Gemeindeebene')).toEqual([
      'Bund-',
      ',',
      'Länder-',
      'und',
      'Gemeindeebene',
    ]);
    expect(words('pre- and post-war', 'en')).toEqual(['pre-', 'and', 'post-war']);
    expect(words('Er sagte - und das gilt - nichts')).toContain('-');
    expect(words('Lang- Kurz')).toEqual(['Lang', '-', 'Kurz']);
  });
});
