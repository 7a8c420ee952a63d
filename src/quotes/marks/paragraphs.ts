/**
 * Quotations over several paragraphs: news copy leaves a quotation open at the end of a
 * paragraph and reopens it, with the same mark, at the start of the next (French copy may
 * reopen « with »). A quotation inside another runs on the same way (“‘… ¶ “‘…’ …”); when the
 * next paragraph reopens only the inner one (“‘… ¶ ‘…’ …”), the outer one runs on with it.
 */
import { classOf, SPACE } from './characters.ts';
import { conventionFor, MARKS, reopens, type Convention } from './conventions.ts';
import { findQuotes, type QuoteSpan, type UnmatchedMark } from './scan.ts';
import { dialogueTurn, readsDialogueDashes, splitAtIncise } from './dashes.ts';
import { lexiconFor } from '../lexicon/index.ts';

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

/** The quotation marks a text starts with, spaces between them allowed. */
function leadingMarks(text: string): string[] {
  const marks: string[] = [];
  for (const char of text) {
    if (MARKS.has(char)) marks.push(char);
    else if (classOf(char.codePointAt(0)!) !== SPACE) break;
  }
  return marks;
}

/**
 * Which of the quotations open at the end of a paragraph (outermost first) the next one
 * continues: `implied` outermost ones it does not reopen, then `reopened` ones it starts by
 * reopening, in order. An outer quotation runs on whenever one inside it does.
 */
function continuation(
  open: readonly QuoteSpan[],
  next: string,
  convention: Convention,
): { implied: number; reopened: number } {
  const lead = leadingMarks(next);
  for (let implied = 0; implied < open.length; implied += 1) {
    let reopened = 0;
    while (
      implied + reopened < open.length &&
      reopened < lead.length &&
      reopens(convention, lead[reopened]!, open[implied + reopened]!.open)
    )
      reopened += 1;
    if (reopened > 0) return { implied, reopened };
  }
  return { implied: 0, reopened: 0 };
}

/**
 * Finds the quotations of consecutive paragraphs. A quotation left open at the end of a
 * paragraph runs on when the next paragraph starts by reopening it, or a quotation inside it
 * (news style); its pieces are linked by `continues`. Any other unclosed quotation is left out
 * and its mark reported in `unmatched`. In Spanish, French and German, a paragraph that opens
 * with a dialogue dash is a turn of speech (`dashes.ts`).
 */
export function scanParagraphs(texts: readonly string[], lang?: string): ParagraphScan[] {
  const convention = conventionFor(lang);
  const dashes = readsDialogueDashes(lang);
  const verbs = lexiconFor(lang).verbs;
  const isVerb = (word: string) => verbs.has(word);
  const result: ParagraphScan[] = [];
  // For each quotation carried into this paragraph: the index of its piece in the one before.
  let carried: number[] = [];
  let impliedOpen: string[] = [];
  let carryOpen: string[] = [];
  texts.forEach((text, index) => {
    const scan = findQuotes(text, lang, { carryOpen, impliedOpen });
    const { implied, reopened } = continuation(scan.openAtEnd, texts[index + 1] ?? '', convention);
    const runsOn = scan.openAtEnd.slice(0, implied + reopened);
    const running = new Set(runsOn);
    let quotes: ParagraphQuote[] = scan.quotes.filter((q) => q.close !== '' || running.has(q));
    // A turn of dialogue (`—Abriremos una sala —dijo Marta—.`), when no quotation runs into or
    // out of the paragraph: the quotations inside its speech nest in it.
    if (dashes && runsOn.length === 0 && !(scan.reopened ?? []).length) {
      const turn = dialogueTurn(text, isVerb);
      const inside = (q: QuoteSpan) => turn.find((t) => t.start <= q.start && q.end <= t.end);
      const crosses = (q: QuoteSpan) =>
        !inside(q) && turn.some((t) => q.start < t.end && t.start < q.end);
      if (turn.length && !quotes.some(crosses))
        quotes = [
          ...turn,
          ...quotes.map((q) => (inside(q) ? { ...q, depth: q.depth + 1 } : q)),
        ].sort((a, b) => a.start - b.start || a.depth - b.depth);
    }
    // A narrator's incise inside a closed quotation of the paragraph (`«… —insistió— …»`), when
    // no quotation nested in it crosses the incise.
    if (dashes)
      quotes = quotes.flatMap((q) => {
        if (q.depth !== 0 || q.open === '' || q.close === '' || running.has(q)) return [q];
        const pieces = splitAtIncise(text, q, isVerb);
        const crosses = (n: QuoteSpan) =>
          n.depth > 0 &&
          q.start < n.start &&
          n.end <= q.end &&
          !pieces.some((p) => p.start <= n.start && n.end <= p.end);
        return pieces.length > 1 && !quotes.some(crosses) ? pieces : [q];
      });
    const indexOf = new Map(quotes.map((q, i) => [q, i]));
    (scan.reopened ?? []).forEach((piece, k) => {
      const at = piece ? indexOf.get(piece) : undefined;
      if (at !== undefined && carried[k] !== undefined)
        quotes[at] = { ...quotes[at]!, continues: carried[k] };
    });
    // Each carried quotation keeps the mark it was opened by, whatever reopens it.
    const origin = (q: QuoteSpan): string => {
      const k = (scan.reopened ?? []).indexOf(q);
      if (k < 0) return q.open;
      return k < impliedOpen.length
        ? impliedOpen[k]!
        : (carryOpen[k - impliedOpen.length] ?? q.open);
    };
    impliedOpen = runsOn.slice(0, implied).map(origin);
    carryOpen = runsOn.slice(implied).map(origin);
    carried = runsOn.map((q) => indexOf.get(q)!);
    const reported = new Set(runsOn.map((q) => `${q.start}${q.open}`));
    result.push({
      quotes,
      unmatched: scan.unmatched.filter((m) => !reported.has(`${m.offset}${m.mark}`)),
    });
  });
  return result;
}
