/**
 * `npm run eval:quotes` (`scripts/eval-quotes.ts`): the seed targets (every quotation found, no
 * apostrophe taken, every speaker right), PolNeAR dev's figures and thresholds, the unit cases,
 * the head and offset rules, and that the committed EVAL-QUOTES.md is what the code measures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codePointOffsets,
  coverageOf,
  evaluateAll,
  evaluatePolnear,
  evaluateSeed,
  evaluateUnitCases,
  givenPrecisionOf,
  goldNameOf,
  headsOf,
  namedAccuracyOf,
  precisionOf,
  recallOf,
  renderReport,
  sameName,
} from '../../scripts/eval-quotes.ts';
import { sharedFixtures } from '../helpers/paths.ts';

describe('eval:quotes on the seed', () => {
  const seed = evaluateSeed(sharedFixtures);

  it('finds every quotation and nothing else', () => {
    expect(seed.gold).toBe(6);
    expect(recallOf(seed)).toBe(1);
    expect(precisionOf(seed)).toBe(1);
  });

  it('takes no apostrophe for a quotation mark', () => {
    expect(seed.apostrophes).toBe(8);
    expect(seed.apostrophesTaken).toBe(0);
  });

  it('gives no wrong speaker, and the scare quote none', () => {
    expect(seed.misses.filter((m) => !m.includes(': no speaker ('))).toEqual([]);
    expect(seed.named).toBe(5);
    expect(givenPrecisionOf(seed)).toBe(1);
    expect(namedAccuracyOf(seed)).toBeGreaterThanOrEqual(0.6);
  });
});

describe('eval:quotes on PolNeAR dev', () => {
  const polnear = evaluatePolnear(sharedFixtures);

  it('measures figures between 0 and 1 over all 19 annotated documents', () => {
    expect(polnear.documents).toBe(19);
    expect(polnear.gold).toBeGreaterThan(150);
    const figures = [precisionOf(polnear), recallOf(polnear), namedAccuracyOf(polnear)];
    for (const value of [...figures, givenPrecisionOf(polnear), coverageOf(polnear)]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('keeps detection recall ≥ 0.95 and named accuracy ≥ 0.8', () => {
    expect(recallOf(polnear)).toBeGreaterThanOrEqual(0.95);
    expect(namedAccuracyOf(polnear)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('eval:quotes on the unit cases', () => {
  it('finds every listed quotation', () => {
    const cases = evaluateUnitCases(sharedFixtures);
    expect(cases.documents).toBe(12);
    expect(recallOf(cases)).toBe(1);
    expect(namedAccuracyOf(cases)).toBeGreaterThan(0.5);
  });
});

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
  });

  it('turns code-point offsets into UTF-16 offsets', () => {
    const to16 = codePointOffsets('a😀b“c”');
    expect([0, 1, 2, 3, 4].map(to16)).toEqual([0, 1, 3, 4, 5]);
  });
});

describe('EVAL-QUOTES.md', () => {
  it('is what `npm run eval:quotes` measures now', () => {
    const committed = readFileSync(new URL('../../EVAL-QUOTES.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderReport(evaluateAll(sharedFixtures)));
  });
});
