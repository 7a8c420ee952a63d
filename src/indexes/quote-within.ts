/**
 * The quotation another quotation is part of: a word in scare quotes inside someone's words, or
 * someone they quote. A quotation with no speaker of its own inside another is shown as within
 * that one, with its speaker ("within a quotation by Ana Ruiz"), rather than as a quotation whose
 * speaker was not found: the speaker label beside the text, its note and the annotations-only
 * view say the same.
 */
import type { Annotation, Quote } from '../contract/explainer.ts';

const length = (quote: Quote) => quote.span.end - quote.span.start;

/**
 * `make`, worked out once per explainer (its annotations array) however many pieces of its page
 * ask: a page asks for each block and each quotation.
 */
export function oncePerExplainer<T>(
  make: (annotations: readonly Annotation[]) => T,
): (annotations: readonly Annotation[]) => T {
  const made = new WeakMap<readonly Annotation[], T>();
  return (annotations) => {
    if (!made.has(annotations)) made.set(annotations, make(annotations));
    return made.get(annotations)!;
  };
}

/**
 * For every quotation inside another of its block, the innermost one whose span holds its span
 * and more, by the inner quotation's id. Each block's quotations are taken in order of where they
 * start (the longer first), keeping those still open: O(n log n) in the quotations, whatever
 * their number (a file may hold hundreds of thousands).
 */
export const quotesWithin = oncePerExplainer((annotations): ReadonlyMap<string, Quote> => {
  const within = new Map<string, Quote>();
  const quotes = annotations.filter((a): a is Quote => a.kind === 'quote');
  for (const inBlock of Map.groupBy(quotes, (q) => q.blockId).values()) {
    inBlock.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    const open: Quote[] = [];
    for (const quote of inBlock) {
      // Marks nest, so what ends before this one ends holds neither it nor any after it.
      while (open.length > 0 && open.at(-1)!.span.end < quote.span.end) open.pop();
      const outer = open.findLast((q) => length(q) > length(quote));
      if (outer) within.set(quote.id, outer);
      open.push(quote);
    }
  }
  return within;
});

/** The quotation `quote` is inside, if any (`quotesWithin`). */
export const quoteWithin = (annotations: readonly Annotation[], quote: Quote): Quote | undefined =>
  quotesWithin(annotations).get(quote.id);
