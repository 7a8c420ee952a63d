/** A claim's rating changes in words, as the explainer page and `/corrections/` show them. */
import type { RatingChange } from '../contract/explainer.ts';
import type { Rating } from '../contract/settings.ts';

/** A rating's label on the scale, or its id when the scale no longer has it. */
export const ratingLabel = (id: string | null, ratings: readonly Rating[]) =>
  id === null ? 'no rating' : (ratings.find((r) => r.id === id)?.label ?? id);

/** "Rating changed from Misleading to False on 2026-10-16." */
export const ratingChangeText = (change: RatingChange, ratings: readonly Rating[]) =>
  `Rating changed from ${ratingLabel(change.from, ratings)} to ${ratingLabel(change.to, ratings)} on ${change.date}.`;
