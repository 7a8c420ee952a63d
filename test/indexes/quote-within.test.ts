/**
 * `quotesWithin` (src/indexes/quote-within.ts): for each quotation inside another of its block,
 * the innermost one that holds it and more; none for one that only touches, crosses or equals
 * another, or is in another block.
 */
import { describe, expect, it } from 'vitest';
import type { Annotation, Quote } from '../../src/contract/explainer.ts';
import { quotesWithin, quoteWithin } from '../../src/indexes/quote-within.ts';

const quote = (id: string, start: number, end: number, blockId = 'b1'): Quote => ({
  kind: 'quote',
  id,
  blockId,
  place: { line: 1, column: start + 1 },
  text: 'x'.repeat(end - start),
  span: { start, end },
  speaker: null,
  explicit: false,
});

describe('quotesWithin', () => {
  it('gives each quotation the innermost one around it, in its own block only', () => {
    const annotations: Annotation[] = [
      quote('outer', 0, 100),
      quote('middle', 10, 50),
      quote('inner', 20, 30),
      quote('sibling', 60, 90),
      quote('touching', 100, 110),
      quote('same-start', 0, 5),
      quote('other-block', 20, 30, 'b2'),
      quote('after', 200, 210),
    ];
    const within = quotesWithin(annotations);
    expect(Object.fromEntries([...within].map(([id, q]) => [id, q.id]))).toEqual({
      middle: 'outer',
      inner: 'middle',
      sibling: 'outer',
      'same-start': 'outer',
    });
    expect(quoteWithin(annotations, annotations[2] as Quote)?.id).toBe('middle');
    // Made once for an explainer's annotations.
    expect(quotesWithin(annotations)).toBe(within);
  });

  it('gives none for a quotation with the same span as another, or one that crosses it', () => {
    const annotations: Annotation[] = [quote('a', 0, 10), quote('b', 0, 10), quote('c', 5, 15)];
    expect([...quotesWithin(annotations).keys()]).toEqual([]);
  });
});
