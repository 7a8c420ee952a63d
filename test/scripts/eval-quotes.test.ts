/**
 * The rules of `npm run eval:quotes` (`scripts/eval-quotes.ts`) that need no corpus: the head of a
 * source span, offsets, and the gate's arithmetic. The figures themselves, the gate on them and
 * EVAL-QUOTES.md are checked in the corpora suite (`test/corpora/eval-quotes.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import {
  belowThresholds,
  codePointOffsets,
  goldNameOf,
  headsOf,
  pronounStandIn,
  sameName,
  THRESHOLDS,
  type DatasetScore,
} from '../../scripts/eval-quotes.ts';
import { documentGenders } from '../../src/quotes/gender.ts';
import { lexiconFor } from '../../src/quotes/lexicon/index.ts';

describe('the rules of the evaluation', () => {
  const heads = (source: string) =>
    headsOf({ start: 0, end: source.length }, source).map((h) => source.slice(h.start, h.end));

  it('takes the head of a source span before commas, prepositions and relatives', () => {
    expect(heads("Hillary Clinton's campaign manager Robby Mook")).toEqual(['Mook']);
    expect(heads('the director of the Potsdam Institute')).toEqual(['director']);
    expect(heads('Another critic, Laurence H. Tribe,')).toEqual(['critic', 'Tribe']);
    expect(heads('Flynn, a top Trump surrogate,')).toEqual(['Flynn', 'surrogate']);
    expect(heads('he')).toEqual(['he']);
  });

  it('takes the gold name from a source span: a name, a pronoun, or none for a description', () => {
    const gold = (source: string) =>
      goldNameOf([{ start: 0, end: source.length }], source, new Set(['officials']));
    expect(gold("Hillary Clinton's campaign manager Robby Mook")).toBe('Robby Mook');
    expect(gold('Another critic, Laurence H. Tribe,')).toBe('Laurence H. Tribe');
    expect(gold('he')).toEqual({ pronoun: 'he' });
    expect(gold('Officials')).toBeNull();
    expect(gold('the director of the Potsdam Institute')).toBeNull();
  });

  it('compares names by surname, and by first name where both give one', () => {
    expect(sameName('Trump', 'Donald J. Trump')).toBe(true);
    expect(sameName('Jane Harman', 'Former Rep. Jane Harman')).toBe(true);
    expect(sameName('Bill Clinton', 'Hillary Clinton')).toBe(false);
    expect(sameName('Clinton campaign', 'Clinton')).toBe(false);
    // Accents and a suffix say nothing about who it is.
    expect(sameName('François Hollande', 'Francois Hollande')).toBe(true);
    expect(sameName('Luther Stan Pate', 'Luther Stan Pate IV')).toBe(true);
  });

  it('takes a lone first word for the family name only where the document writes it first', () => {
    const ban = 'Ban Ki-moon spoke in Paris. "We agreed," Ban said.';
    expect(sameName('Ban Ki-moon', 'Ban', ban)).toBe(true);
    expect(sameName('Ban', 'Ban Ki-moon', ban)).toBe(true);
    expect(sameName('Ban Ki-moon', 'Ban')).toBe(false);
    const trump = 'Donald Trump spoke. Donald was there, Trump said.';
    expect(sameName('Donald', 'Donald Trump', trump)).toBe(false);
    const headline = "Obama Sees 'Personal Insult'. Obama spoke.";
    expect(sameName('Obama Sees', 'Obama', headline)).toBe(false);
  });

  it('stands a pronoun for the nearest earlier source that agrees with it', () => {
    const text =
      'Mrs. Okafor spoke first. Later, Some Republicans objected. ' +
      'The vote went to Mayor Tobias Lunt, who said "no". Then he said "yes".';
    const at = (word: string) => text.indexOf(word);
    const sourced = [
      { at: at('Okafor'), name: 'Okafor' },
      { at: at('Some'), name: 'Some Republicans' },
    ].sort((a, b) => a.at - b.at);
    const lower = new Set(text.match(/\b\p{Ll}+/gu));
    const genders = documentGenders([text], lexiconFor('en'));
    expect(genders.get('Okafor')).toBe('female');
    // "who" is the name right before it; "he" skips a group and a woman; "she" takes her.
    expect(pronounStandIn('who', at('who'), text, sourced, lower, genders)).toBe(
      'Mayor Tobias Lunt',
    );
    expect(pronounStandIn('he', at('he said'), text, sourced, lower, genders)).toBeNull();
    expect(pronounStandIn('she', at('he said'), text, sourced, lower, genders)).toBe('Okafor');
    expect(pronounStandIn('they', at('he said'), text, sourced, lower, genders)).toBe(
      'Some Republicans',
    );
  });

  it('turns code-point offsets into UTF-16 offsets', () => {
    const to16 = codePointOffsets('a😀b“c”');
    expect([0, 1, 2, 3, 4].map(to16)).toEqual([0, 1, 3, 4, 5]);
  });
});

describe('the gate (--check)', () => {
  const score = (name: string, right: number): DatasetScore => ({
    name,
    documents: 1,
    gold: 10,
    found: 10,
    foundRight: right,
    goldFound: right,
    // Out of ten, `right` right: named accuracy (right/10)², precision and coverage right/10.
    named: 100,
    given: 10 * right,
    right: right * right,
    byRule: {},
    judged: [],
    misses: [],
    failures: [],
  });
  const all = (right: number) => Object.keys(THRESHOLDS).map((name) => score(name, right));

  it('passes perfect figures and names every figure below its floor', () => {
    expect(belowThresholds(all(10))).toEqual([]);
    const failures = belowThresholds(all(5));
    expect(failures).toContain('seed: detection precision 0.500 < 1');
    expect(failures).toHaveLength(
      Object.values(THRESHOLDS).reduce((n, floors) => n + Object.keys(floors).length, 0),
    );
  });

  it('fails a gold set that was not measured', () => {
    expect(belowThresholds([])).toContain('seed: not measured');
  });
});
