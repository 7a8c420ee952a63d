/**
 * The annotations-only view of an explainer: every quotation, claim and comment in reading order,
 * each with the sentence it sits in, and the comments on a span under that span's entry.
 */
import {
  readableText,
  type Annotation,
  type Comment,
  type Explainer,
  type Quote,
} from '../contract/explainer.ts';
import { commentsOnSpans } from '../indexes/comments-on.ts';
import { quoteWithin } from '../indexes/quote-within.ts';
import { indexAnnotations } from '../indexes/site-index.ts';

export interface NotesViewItem {
  annotation: Exclude<Annotation, Comment> | Comment;
  /**
   * The sentence around a span (empty when that is only the span's own words), or the opening
   * words of the block a comment is about.
   */
  context: string;
  /** Comments on this span (none for a comment). */
  comments: readonly Comment[];
  /** For a quotation inside another: that one (`quoteWithin`). */
  within?: Quote | undefined;
}

/** At most `words` words of `text`, with an ellipsis when cut. */
export function openingWords(text: string, words = 24): string {
  const all = text.trim().split(/\s+/u);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

export function notesViewItems(explainer: Explainer): NotesViewItem[] {
  const indexed = new Map(indexAnnotations([explainer]).map((i) => [i.annotation.id, i]));
  const blockText = new Map(explainer.blocks.map((b) => [b.id, readableText(b)]));
  const onSpan = commentsOnSpans(explainer);
  const items: NotesViewItem[] = [];
  for (const a of explainer.annotations) {
    if (a.kind === 'comment') {
      // A comment on a span is listed under that span; one on a missing span stands alone.
      if (a.target !== a.blockId && indexed.has(a.target)) continue;
      items.push({
        annotation: a,
        context: openingWords(blockText.get(a.blockId) ?? ''),
        comments: [],
      });
    } else {
      // No "In context" that only says the words again (a quotation that is its whole sentence).
      const context = indexed.get(a.id)?.context ?? '';
      items.push({
        annotation: a,
        context: context === a.text ? '' : context,
        comments: onSpan.get(a.id) ?? [],
        within: a.kind === 'quote' ? quoteWithin(explainer.annotations, a) : undefined,
      });
    }
  }
  return items;
}
