/**
 * The quotation another quotation is part of: a word in scare quotes inside someone's words, or
 * someone they quote. A quotation with no speaker of its own inside another is shown as within
 * that one, with its speaker ("within a quotation by Ana Ruiz"), rather than as a quotation whose
 * speaker was not found: the speaker label beside the text, its note and the annotations-only
 * view say the same.
 */
import type { Annotation, Quote } from '../contract/explainer.ts';

const length = (quote: Quote) => quote.span.end - quote.span.start;

/** The innermost other quotation of `quote`'s block whose span holds its span and more. */
export function quoteWithin(annotations: readonly Annotation[], quote: Quote): Quote | undefined {
  let within: Quote | undefined;
  for (const a of annotations) {
    if (a.kind !== 'quote' || a.blockId !== quote.blockId || length(a) <= length(quote)) continue;
    if (a.span.start > quote.span.start || a.span.end < quote.span.end) continue;
    if (!within || length(a) < length(within)) within = a;
  }
  return within;
}
