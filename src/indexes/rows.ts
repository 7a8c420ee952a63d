/**
 * The explainer as rows for the page: each source block with the notes that sit beside it.
 * A note is a claim, a quotation the editor annotated or commented on, or a comment on the block;
 * comments on a span are nested in that span's note.
 */
import type { Block, Claim, Comment, Explainer, Quote } from '../contract/explainer.ts';
import { commentsOnSpans } from './comments-on.ts';
import { quoteWithin } from './quote-within.ts';

export type SpanNote = {
  annotation: Claim | Quote;
  comments: readonly Comment[];
  /** For a quotation inside another: that one (`quoteWithin`). */
  within?: Quote | undefined;
};
export type BlockNote = { annotation: Comment; comments: readonly []; within?: undefined };
export type Note = SpanNote | BlockNote;

export interface Row {
  block: Block;
  notes: Note[];
}

/**
 * `alsoNoted`: ids of further quotations that get a note, for what other explainers know of them
 * (the same words said elsewhere); their marks keep no link to it, as the block's HTML is made
 * from the explainer's own file.
 */
export function rowsOf(
  explainer: Pick<Explainer, 'blocks' | 'annotations'>,
  alsoNoted: ReadonlySet<string> = new Set(),
): Row[] {
  const commentsOn = commentsOnSpans(explainer);
  const notes = new Map<string, Note[]>();
  for (const a of explainer.annotations) {
    let note: Note | undefined;
    if (a.kind === 'comment') {
      if (a.target === a.blockId) note = { annotation: a, comments: [] };
    } else if (a.kind === 'claim' || a.explicit || commentsOn.has(a.id) || alsoNoted.has(a.id)) {
      note = {
        annotation: a,
        comments: commentsOn.get(a.id) ?? [],
        within: a.kind === 'quote' ? quoteWithin(explainer.annotations, a) : undefined,
      };
    }
    if (note) notes.set(a.blockId, [...(notes.get(a.blockId) ?? []), note]);
  }
  return explainer.blocks.map((block) => ({ block, notes: notes.get(block.id) ?? [] }));
}
