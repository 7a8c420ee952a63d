import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/loading/load-settings.ts';
import {
  barSegments,
  describeDistribution,
  distributionOf,
  findRating,
  isRatingPattern,
  RATING_PATTERNS,
  ratingScore,
  UNRATED_COLOUR,
} from '../../src/indexes/ratings.ts';
import { contrastRatio, type Rating } from '../../src/contract/settings.ts';
import { projectRoot } from '../helpers/paths.ts';
import { testSettings } from '../helpers/settings.ts';

const scale = testSettings.ratings; // accurate, unsupported, false
const rated = (...ids: Array<string | null>) => ids.map((rating) => ({ rating }));
const longScale = (n: number): Rating[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    label: `R${i}`,
    description: 'x',
    colour: '#1b5e20',
  }));

describe('ratingScore', () => {
  it('counts down from the length of the scale, best first', () => {
    expect(ratingScore(scale, 'accurate')).toEqual({
      ratingValue: 3,
      bestRating: 3,
      worstRating: 1,
    });
    expect(ratingScore(scale, 'false')).toEqual({ ratingValue: 1, bestRating: 3, worstRating: 1 });
  });

  it('has no value off the scale, for no rating, or on a scale too short to compare', () => {
    expect(ratingScore(scale, 'pants-on-fire')).toBeUndefined();
    expect(ratingScore(scale, null)).toBeUndefined();
    expect(ratingScore([], 'accurate')).toBeUndefined();
    expect(ratingScore(scale.slice(0, 1), 'accurate')).toBeUndefined();
  });

  it('keeps best above worst and the value between them on every step (Google rules)', () => {
    for (let n = 2; n <= 12; n += 1) {
      const steps = longScale(n);
      for (const rating of steps) {
        const score = ratingScore(steps, rating.id)!;
        expect(score.bestRating).toBeGreaterThan(score.worstRating);
        expect(score.worstRating).toBeGreaterThanOrEqual(1);
        expect(score.ratingValue).toBeGreaterThanOrEqual(score.worstRating);
        expect(score.ratingValue).toBeLessThanOrEqual(score.bestRating);
      }
    }
  });

  it('finds a rating by id', () => {
    expect(findRating(scale, 'false')?.label).toBe('False');
    expect(findRating(scale, null)).toBeUndefined();
  });
});

describe('distributionOf', () => {
  it('counts claims per rating in scale order, zeros included', () => {
    const d = distributionOf(rated('false', 'accurate', 'false'), scale);
    expect(d.rows.map((r) => [r.label, r.count])).toEqual([
      ['Accurate', 1],
      ['Unsupported', 0],
      ['False', 2],
    ]);
    expect(d.total).toBe(3);
  });

  it('adds a "Not rated" row for claims without a rating on the scale', () => {
    const d = distributionOf(rated('accurate', null, 'gone'), scale);
    const last = d.rows.at(-1)!;
    expect(last).toMatchObject({ rating: null, label: 'Not rated', count: 2 });
    expect(last.colour).toBe(UNRATED_COLOUR);
    expect(distributionOf(rated('accurate'), scale).rows.some((r) => r.rating === null)).toBe(
      false,
    );
  });

  it('works with an empty scale: every claim is not rated', () => {
    const d = distributionOf(rated(null, null), []);
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]).toMatchObject({ label: 'Not rated', count: 2 });
    expect(distributionOf([], []).rows).toEqual([]);
  });

  it('never gives neighbouring rows the same pattern, on scales of any length', () => {
    for (let n = 0; n <= 20; n += 1) {
      const rows = distributionOf(rated(null), longScale(n)).rows;
      rows.forEach((row, i) => {
        expect(isRatingPattern(row.pattern)).toBe(true);
        if (i > 0) expect(row.pattern).not.toBe(rows[i - 1]!.pattern);
      });
      // Up to the number of patterns, every row has its own.
      if (rows.length <= RATING_PATTERNS.length) {
        expect(new Set(rows.map((r) => r.pattern)).size).toBe(rows.length);
      }
    }
    expect(isRatingPattern('tartan')).toBe(false);
  });

  it('describes itself in words', () => {
    expect(describeDistribution(distributionOf(rated('false', 'accurate', 'false'), scale))).toBe(
      '3 claims: 1 Accurate, 2 False',
    );
    expect(describeDistribution(distributionOf(rated(null), scale))).toBe('1 claim: 1 Not rated');
  });
});

describe('barSegments', () => {
  it('lays out only rows with claims, contiguous, ending at 100 per cent', () => {
    const segments = barSegments(distributionOf(rated('accurate', 'false', 'false'), scale));
    expect(segments.map((s) => s.row.label)).toEqual(['Accurate', 'False']);
    expect(segments[0]).toMatchObject({ x: 0, width: 33.33 });
    expect(segments[1]).toMatchObject({ x: 33.33, width: 66.67 });
  });

  it('sums to 100 for awkward counts', () => {
    for (const counts of [
      [1, 1, 1],
      [1, 5, 7],
      [2, 0, 9],
      [13, 1, 1],
    ]) {
      const claims = counts.flatMap((n, i) => rated(...Array<string>(n).fill(scale[i]!.id)));
      const segments = barSegments(distributionOf(claims, scale));
      const last = segments.at(-1)!;
      expect(last.x + last.width).toBeCloseTo(100, 6);
      segments.slice(1).forEach((s, i) => {
        const previous = segments[i]!;
        expect(s.x).toBeCloseTo(previous.x + previous.width, 6);
      });
      for (const s of segments) expect(s.width).toBeGreaterThan(0);
    }
    expect(barSegments(distributionOf([], scale))).toEqual([]);
  });
});

describe('the sample scale in content/ratings.yaml', () => {
  const { settings, files } = loadSettings(path.join(projectRoot, 'content'));

  it('loads without problems', () => {
    expect(files.flatMap((f) => f.messages)).toEqual([]);
    expect(settings.ratings.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps white badge text at WCAG AA contrast on every rating colour and on "Not rated"', () => {
    for (const colour of [...settings.ratings.map((r) => r.colour), UNRATED_COLOUR]) {
      expect(contrastRatio('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
