/**
 * `npm run eval:quotes` (`scripts/eval-quotes.ts`): the seed targets (every quotation found, no
 * apostrophe taken, every speaker right), PolNeAR dev's figures and thresholds, the unit cases,
 * the head and offset rules, and that the committed EVAL-QUOTES.md is what the code measures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  accuracyOf,
  codePointOffsets,
  evaluateAll,
  evaluatePolnear,
  evaluateSeed,
  evaluateUnitCases,
  headsOf,
  precisionOf,
  recallOf,
  renderReport,
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

  it('gets every speaker right, the scare quote none', () => {
    expect(seed.misses).toEqual([]);
    expect(accuracyOf(seed)).toBe(1);
  });
});

describe('eval:quotes on PolNeAR dev', () => {
  const polnear = evaluatePolnear(sharedFixtures);

  it('measures figures between 0 and 1 over all 19 annotated documents', () => {
    expect(polnear.documents).toBe(19);
    expect(polnear.gold).toBeGreaterThan(150);
    for (const value of [precisionOf(polnear), recallOf(polnear), accuracyOf(polnear)]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('reaches the targets: detection recall ≥ 0.95, attribution accuracy ≥ 0.85', () => {
    expect(recallOf(polnear)).toBeGreaterThanOrEqual(0.95);
    expect(accuracyOf(polnear)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('eval:quotes on the unit cases', () => {
  it('finds every listed quotation', () => {
    const cases = evaluateUnitCases(sharedFixtures);
    expect(cases.documents).toBe(12);
    expect(recallOf(cases)).toBe(1);
    expect(accuracyOf(cases)).toBeGreaterThan(0.5);
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
