/**
 * The rating scale of `content/ratings.yaml` as numbers, counts and figure geometry.
 *
 * The scale is written best first (the most accurate rating at the top, as PolitiFact and most
 * fact-checkers list theirs), so a rating's numeric value counts down from the length of the
 * scale: on a six-step scale the first rating is 6 and the last is 1. A scale may be empty
 * (a written conclusion only); then nothing here has a value and every claim is "not rated".
 */
import { catalogueFor, type Count } from '../contract/i18n/index.ts';
import { guardFor } from '../contract/vocabulary.ts';
import type { Claim } from '../contract/explainer.ts';
import type { Rating } from '../contract/settings.ts';

/** The rating with this id, if it is on the scale. */
export function findRating(scale: readonly Rating[], id: string | null): Rating | undefined {
  return id === null ? undefined : scale.find((rating) => rating.id === id);
}

/** A rating as schema.org `Rating` numbers: best is the highest, worst is 1. */
export interface RatingScore {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
}

/**
 * The numeric value of a rating, or undefined when it is not on the scale or the scale has fewer
 * than two steps (a one-step scale has no best and worst to compare with).
 */
export function ratingScore(scale: readonly Rating[], id: string | null): RatingScore | undefined {
  const index = id === null ? -1 : scale.findIndex((rating) => rating.id === id);
  if (index < 0 || scale.length < 2) return undefined;
  return { ratingValue: scale.length - index, bestRating: scale.length, worstRating: 1 };
}

/** The grey used for claims without a rating: 7:1 against white, like the rating colours. */
export const UNRATED_COLOUR = '#595959';

/**
 * Fill patterns drawn over a rating's colour in figures, so a bar reads without colour. A closed
 * list, given out in scale order: a longer scale repeats them, never on neighbouring steps.
 */
export const RATING_PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'crosshatch',
  'vertical',
  'back-diagonal',
] as const;
export type RatingPattern = (typeof RATING_PATTERNS)[number];
export const isRatingPattern = guardFor(RATING_PATTERNS);

/** One step of a distribution: a rating on the scale, or `rating: null` for "not rated". */
export interface DistributionRow {
  rating: Rating | null;
  label: string;
  colour: string;
  pattern: RatingPattern;
  count: number;
}

export interface Distribution {
  /** Every rating of the scale in order, then "Not rated" when some claims have no rating. */
  rows: DistributionRow[];
  total: number;
}

/** How many claims have each rating. */
export function distributionOf(
  claims: readonly Pick<Claim, 'rating'>[],
  scale: readonly Rating[],
  /** The label of claims without a rating, in the page's language. */
  notRated = catalogueFor('en').notRated,
): Distribution {
  const counts = new Map<string | null, number>();
  for (const claim of claims) {
    const key = findRating(scale, claim.rating) ? claim.rating : null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows: DistributionRow[] = scale.map((rating, index) => ({
    rating,
    label: rating.label,
    colour: rating.colour,
    pattern: RATING_PATTERNS[index % RATING_PATTERNS.length]!,
    count: counts.get(rating.id) ?? 0,
  }));
  const unrated = counts.get(null) ?? 0;
  if (unrated > 0) {
    rows.push({
      rating: null,
      label: notRated,
      colour: UNRATED_COLOUR,
      // The pattern the next step of the scale would have: never the same as the last one's.
      pattern: RATING_PATTERNS[scale.length % RATING_PATTERNS.length]!,
      count: unrated,
    });
  }
  return { rows, total: claims.length };
}

/** A distribution in words, for a figure's text alternative: "3 claims: 2 Accurate, 1 False". */
export function describeDistribution(
  distribution: Distribution,
  claims: Count = catalogueFor('en').count.claim,
): string {
  const { total, rows } = distribution;
  const parts = rows.filter((row) => row.count > 0).map((row) => `${row.count} ${row.label}`);
  const head = claims(total);
  return parts.length ? `${head}: ${parts.join(', ')}` : head;
}

/** A segment of a stacked bar, in per cent of its width. */
export interface BarSegment {
  row: DistributionRow;
  x: number;
  width: number;
}

/**
 * The segments of a stacked 100 % bar, one per row with claims, in scale order. Widths are
 * rounded to 0.01 % and the last segment ends exactly at 100.
 */
export function barSegments(distribution: Distribution): BarSegment[] {
  const rows = distribution.rows.filter((row) => row.count > 0);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const segments: BarSegment[] = [];
  let seen = 0;
  let x = 0;
  for (const row of rows) {
    seen += row.count;
    const end = Math.round((seen / total) * 10_000) / 100;
    segments.push({ row, x, width: Math.round((end - x) * 100) / 100 });
    x = end;
  }
  return segments;
}
