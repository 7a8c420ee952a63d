/**
 * Quotations over several paragraphs: news copy leaves a quotation open at the end of a
 * paragraph and reopens it, with the same mark, at the start of the next.
 */
import { findQuotes, type QuoteSpan, type UnmatchedMark } from './scan.ts';

/** A quotation in one of several paragraphs scanned together. */
export interface ParagraphQuote extends QuoteSpan {
  /**
   * For a piece of a quotation running over paragraphs: the index, in the previous paragraph's
   * `quotes`, of the piece it continues.
   */
  continues?: number;
}

/** What `scanParagraphs` finds in one paragraph. */
export interface ParagraphScan {
  /** Closed quotations, and open ones the next paragraph reopens; sorted by start. */
  quotes: ParagraphQuote[];
  /** Marks that pair with nothing, except those of quotations the next paragraph reopens. */
  unmatched: UnmatchedMark[];
}

/**
 * Finds the quotations of consecutive paragraphs. A quotation left open at the end of a
 * paragraph runs on when the next paragraph starts by reopening it with the same mark (news
 * style); its pieces are linked by `continues`. Any other unclosed quotation is left out and its
 * mark reported in `unmatched`.
 */
export function scanParagraphs(texts: readonly string[], lang?: string): ParagraphScan[] {
  const result: ParagraphScan[] = [];
  let carried: number[] = []; // indices, in the previous paragraph's quotes, of runs-on pieces
  let carry: string[] = [];
  texts.forEach((text, index) => {
    const scan = findQuotes(text, lang, { carryOpen: carry });
    // The next paragraph reopens the outermost open quotations, in order: “‘again…
    const reopened = (texts[index + 1] ?? '').replace(/\s+/gu, '');
    const runsOn = new Set<number>();
    let prefix = '';
    for (const q of scan.openAtEnd) {
      prefix += q.open;
      if (!reopened.startsWith(prefix)) break;
      runsOn.add(q.start);
    }
    const quotes: ParagraphQuote[] = scan.quotes.filter(
      (q) => q.close !== '' || runsOn.has(q.start),
    );
    // The reopened pieces stand at the very start, outermost first, one per carried mark.
    const lead = text.length - text.trimStart().length;
    let depth = 0;
    for (const [i, quote] of quotes.entries()) {
      if (depth >= carried.length || quote.start > lead + 2 * carried.length) break;
      if (quote.depth !== depth) continue;
      quotes[i] = { ...quote, continues: carried[depth]! };
      depth += 1;
    }
    carry = scan.openAtEnd.filter((q) => runsOn.has(q.start)).map((q) => q.open);
    carried = quotes.flatMap((q, i) => (q.close === '' && runsOn.has(q.start) ? [i] : []));
    result.push({ quotes, unmatched: scan.unmatched.filter((m) => !runsOn.has(m.offset)) });
  });
  return result;
}
