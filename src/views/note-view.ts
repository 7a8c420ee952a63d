/**
 * What a note shows, worked out once for every view of it (the explainer page, its narrow-screen
 * disclosure label, the annotations-only view): the kind as a word, the rating from the scale,
 * who said it, and the id it is reached by. Components only print these.
 */
import type { Annotation, Speaker } from '../contract/explainer.ts';
import type { Rating } from '../contract/settings.ts';
import { catalogueFor, type Catalogue } from '../contract/i18n/index.ts';
import { noteIdFor } from '../markdown/render-html.ts';

export interface NoteView {
  /** The id of the note element: `note-<span id>` for a span, the comment's own id otherwise. */
  noteId: string;
  /** The kind as a word in the page's language: "Claim", "Behauptung". */
  kindLabel: string;
  /** The claim's rating on the site's scale, when it has one. */
  rating?: Rating;
  /** The speaker of a quotation or the claimant of a claim; null when not identified. */
  who: Speaker | null;
  /** A short label for the note when it is collapsed: "Claim: Missing context". */
  summary: string;
}

/** `ratings` with their labels in the page's language, and `t` that language's catalogue. */
export function viewOf(
  annotation: Annotation,
  ratings: readonly Rating[],
  t: Catalogue = catalogueFor('en'),
): NoteView {
  const kindLabel = t.kind[annotation.kind];
  const rating =
    annotation.kind === 'claim' && annotation.rating
      ? ratings.find((r) => r.id === annotation.rating)
      : undefined;
  const who =
    annotation.kind === 'claim'
      ? annotation.claimant
      : annotation.kind === 'quote'
        ? annotation.speaker
        : null;
  const detail = rating?.label ?? who?.name;
  return {
    noteId: annotation.kind === 'comment' ? annotation.id : noteIdFor(annotation.id),
    kindLabel,
    ...(rating ? { rating } : {}),
    who,
    summary: detail ? `${kindLabel}: ${detail}` : kindLabel,
  };
}
