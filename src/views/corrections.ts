/** A claim's rating changes in words, as the explainer page and `/corrections/` show them. */
import type { RatingChange } from '../contract/explainer.ts';
import type { Ui } from './ui.ts';

/** A rating's label on the page's scale, or its id when the scale no longer has it. */
const ratingLabel = (id: string | null, { t, ratings }: Pick<Ui, 't' | 'ratings'>) =>
  id === null ? t.corrections.noRating : (ratings.find((r) => r.id === id)?.label ?? id);

/** "Rating changed from Misleading to False on 16 October 2026.", in the page's language. */
export const ratingChangeText = (change: RatingChange, ui: Pick<Ui, 't' | 'ratings' | 'date'>) =>
  ui.t.corrections.ratingChanged(
    ratingLabel(change.from, ui),
    ratingLabel(change.to, ui),
    ui.date(change.date),
  );
