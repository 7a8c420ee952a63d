/**
 * The scan: finds the quotations in the plain text of one paragraph, mark by mark, in one pass.
 * How a mark is read, in order:
 * 1. Apostrophes and primes are never quotation marks (`apostrophes.ts`). A ' or ’ left open in
 *    mid-sentence ('Ammercloth's) is taken for an elision, not reported.
 * 2. A mark that can only open (or only close) in any known convention (`conventions.ts`) does
 *    so: „ ‚ 「 『 open.
 * 3. Otherwise flanking decides, as in CommonMark smart punctuation: a mark with a space (or the
 *    start) or punctuation before it and a letter after it opens; a mark with a non-space before
 *    it and a space, punctuation or the end after it closes. Straight " and ' are read only this
 *    way; between two letters (foo"bar) they are no quotation marks, except next to CJK text.
 * 4. A curly mark flanking does not settle (spaces on both sides, as with French « spaced »
 *    guillemets, or punctuation on both sides) takes the language's reading, and closes if an
 *    open quotation fits it.
 * 5. Typewriter and LaTeX quotes: a ` or a run of two (``) before a letter opens, and ' or ''
 *    closes it (`single', ``double''). A backtick that opens nothing that closes is left alone.
 * A closing mark closes the innermost open quotation it fits (straight and curly marks of the
 * same weight fit each other when nothing fits exactly); a mark that only reads as closing, such
 * as an opening “ typed after the last word (“like this“), closes a quotation it opened itself
 * when nothing else fits. Quotations opened inside it and still open are dropped as unmatched,
 * so quotations never overlap.
 *
 * It is linear in the length of the text and never throws.
 */
import {
  APOSTROPHE_LIKE,
  CLOSE_EVENT,
  inchMark,
  pluralPossessive,
  singleEvents,
  staticApostrophe,
} from './apostrophes.ts';
import {
  classOf,
  cpAt,
  cpBefore,
  isAlnum,
  isCjk,
  isDigit,
  isHebrew,
  leftFlanking,
  OTHER,
  PUNCT,
  rightFlanking,
  SPACE,
  textFollows,
} from './characters.ts';
import { conventionFor, DEFAULT_ROLE, MARKS, reopens } from './conventions.ts';

/** One quotation found in the text. */
export interface QuoteSpan {
  /**
   * UTF-16 offset of the opening mark in `text`; for a piece whose opening mark is implied (see
   * `FindQuotesOptions.impliedOpen`), of the paragraph's first character that is not a space.
   */
  start: number;
  /** Offset just after the closing mark (end-exclusive); for an unclosed quotation, the end of `text`. */
  end: number;
  /** The opening mark as written (`` is one mark); '' for an implied one. */
  open: string;
  /** The closing mark as written ('' is one mark; '' when unclosed). */
  close: string;
  /** 0 = outermost, 1 = nested inside another quotation, … */
  depth: number;
}

/** A quotation mark that pairs with nothing (apostrophes and primes are never reported). */
export interface UnmatchedMark {
  /** UTF-16 offset of the mark in `text`. */
  offset: number;
  /** The mark as written. */
  mark: string;
  /** Whether the mark was read as opening or as closing a quotation. */
  kind: 'open' | 'close';
}

/** The result of `findQuotes`. */
export interface QuoteScan {
  /**
   * Every quotation, closed ones and those still open at the end of the text, sorted by start.
   * Quotations nest properly: two spans are disjoint or one contains the other.
   */
  quotes: QuoteSpan[];
  /**
   * Marks that pair with nothing, sorted by offset: closing marks with nothing open that fits,
   * opening marks dropped because an enclosing quotation closed first, and opening marks still
   * open at the end of the text (those are also in `openAtEnd`).
   */
  unmatched: UnmatchedMark[];
  /**
   * Quotations still open at the end of the text, outermost first (the same objects as in
   * `quotes`). In news style a quotation running over several paragraphs leaves its mark open at
   * the end of each and reopens it at the start of the next; whether that is the case is for the
   * caller to decide, by looking at the next paragraph.
   */
  openAtEnd: QuoteSpan[];
  /**
   * For each quotation carried over (`impliedOpen`, then `carryOpen`, in that order), the piece
   * of this text that continues it, or undefined where the text does not reopen it or the piece
   * was dropped. Left out when nothing was carried over.
   */
  reopened?: Array<QuoteSpan | undefined>;
}

/** Options of `findQuotes`. */
export interface FindQuotesOptions {
  /**
   * Opening marks of quotations carried over from the previous paragraph (its `openAtEnd` marks,
   * outermost first) that this paragraph reopens. Marks at the very start of the text (spaces
   * allowed between them) that reopen them — the same mark, or, French style, its closing mark
   * (» for «) — are read as opening marks whatever the rules above would say. Carried marks the
   * text does not start with are ignored.
   */
  carryOpen?: string[];
  /**
   * Opening marks of quotations carried over that this paragraph continues without reopening
   * them, outermost first: an outer quotation whose paragraph starts by reopening only the one
   * inside it (“‘… ¶ ‘…’ …”). Each is opened at the text's first character that is not a space,
   * with no mark of its own (`open` ''), before the `carryOpen` marks, and closes as its mark
   * would. Still open at the end, it is in `openAtEnd` but not in `unmatched`: its mark is in an
   * earlier paragraph.
   */
  impliedOpen?: string[];
}

/** The next quotation mark from `lastIndex` on: the scan jumps over the text between marks. */
const NEXT_MARK = new RegExp(
  `[${[...MARKS].map((mark) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

interface Opened {
  start: number;
  /** The mark it was opened by (for an implied piece, the mark of the quotation it continues). */
  open: string;
  /** Opened with no mark in this text. */
  implied: boolean;
  end: number;
  close: string;
  /** 0 open, 1 closed, 2 dropped. */
  state: number;
  /** An unmatched ' or ’ here is taken for an apostrophe and not reported. */
  quiet: boolean;
}

/** Characters after which an unclosed single quote still reads as a quotation. */
const INTRO = new Set([':', ',', ';', '.', '!', '?', '—', '–', '-', '(', '[', '{', '…', ...MARKS]);

/**
 * Finds the quotations in the plain text of one paragraph (opaque inline content replaced by
 * U+FFFC). `lang` is a BCP 47 tag choosing how ambiguous marks read (default: English); see the
 * module comment for the rules. Linear in the length of the text; never throws.
 */
export function findQuotes(text: string, lang?: string, options?: FindQuotesOptions): QuoteScan {
  return scan(typeof text === 'string' ? text : '', lang, options?.carryOpen, options?.impliedOpen);
}

function scan(
  text: string,
  lang: string | undefined,
  carryOpen: readonly unknown[] | undefined,
  impliedOpen: readonly unknown[] | undefined,
): QuoteScan {
  const convention = conventionFor(lang);
  const opened: Opened[] = [];
  /** Indices into `opened` of the quotations open now, innermost last. */
  const stack: number[] = [];
  /** Per opening mark, indices into `opened` of the open quotations it opened, innermost last. */
  const byMark = new Map<string, number[]>();
  const unmatched: UnmatchedMark[] = [];
  let events: Uint8Array | undefined;

  const open = (index: number, mark: string, quiet: boolean, implied = false) => {
    const slot = opened.length;
    opened.push({
      start: index,
      open: mark,
      implied,
      end: text.length,
      close: '',
      state: 0,
      quiet,
    });
    stack.push(slot);
    const list = byMark.get(mark);
    if (list) list.push(slot);
    else byMark.set(mark, [slot]);
  };

  /** Innermost open quotation one of `marks` opened, or -1. */
  const innermost = (marks: readonly string[] | undefined): number => {
    let best = -1;
    if (marks) {
      for (const mark of marks) {
        const list = byMark.get(mark);
        if (list && list.length > 0) best = Math.max(best, list[list.length - 1]!);
      }
    }
    return best;
  };

  /** Innermost open quotation `mark` can close; straight ↔ curly only when nothing fits exactly. */
  const compatible = (mark: string, fallback: boolean): number => {
    const exact = innermost(convention.openersOf.get(mark));
    return exact >= 0 || !fallback ? exact : innermost(convention.fallbackOf.get(mark));
  };

  const close = (slot: number, index: number, mark: string) => {
    while (stack.length > 0) {
      const top = stack.pop()!;
      const entry = opened[top]!;
      byMark.get(entry.open)!.pop();
      if (top === slot) {
        entry.end = index + mark.length;
        entry.close = mark;
        entry.state = 1;
        return;
      }
      entry.state = 2;
      if (!entry.quiet && !entry.implied)
        unmatched.push({ offset: entry.start, mark: entry.open, kind: 'open' });
    }
  };

  const stray = (index: number, mark: string) =>
    unmatched.push({ offset: index, mark, kind: 'close' });

  /** An unclosed ' or ’ in the middle of a sentence ('Ammercloth's) is an elision, not a quotation. */
  const quietAt = (index: number, mark: string): boolean => {
    if (mark !== "'" && mark !== '’') return false;
    let at = index;
    while (at > 0 && classOf(cpBefore(text, at)) === SPACE) at--;
    return at > 0 && !INTRO.has(text[at - 1]!);
  };

  /**
   * A mark read as closing: close what it fits, or decide it is an apostrophe, or report it.
   * With `self`, a mark that fits nothing closes a quotation it opened itself (“like this“).
   */
  const closing = (index: number, mark: string, fallback: boolean, self = false) => {
    const before = cpBefore(text, index);
    if (mark === "'" || mark === '’') {
      const slot = compatible(mark, fallback);
      if (pluralPossessive(text, index)) {
        // users': a closing quote only if a single quotation is open and nothing later closes it.
        events ??= singleEvents(text);
        if (slot >= 0 && events[index] !== CLOSE_EVENT) close(slot, index, mark);
        return;
      }
      if (slot >= 0) close(slot, index, mark);
      else if (!isAlnum(before)) stray(index, mark); // after a letter or digit: goin', 5'
      return;
    }
    let slot = compatible(mark, fallback);
    if (slot < 0 && self) slot = innermost([mark]);
    if (slot >= 0) close(slot, index, mark);
    else if (!(mark === '"' && isDigit(before))) stray(index, mark); // 12" is an inch mark
  };

  let index = 0;
  /** Slots in `opened` of the carried quotations, in the order of `reopened`. */
  const carriedSlots: Array<number | undefined> = [];
  // Quotations carried over from the previous paragraph and continued with no mark.
  if (Array.isArray(impliedOpen)) {
    while (index < text.length && classOf(text.charCodeAt(index)) === SPACE) index++;
    for (const carried of impliedOpen) {
      if (typeof carried !== 'string' || index >= text.length) {
        carriedSlots.push(undefined);
        continue;
      }
      carriedSlots.push(opened.length);
      open(index, carried, false, true);
    }
  }
  // Quotations carried over and reopened at the start of this one.
  if (Array.isArray(carryOpen)) {
    let reading = true;
    for (const carried of carryOpen) {
      while (index < text.length && classOf(text.charCodeAt(index)) === SPACE) index++;
      const mark = text[index];
      if (
        !reading ||
        typeof carried !== 'string' ||
        mark === undefined ||
        !MARKS.has(mark) ||
        !reopens(convention, mark, carried)
      ) {
        reading = false;
        carriedSlots.push(undefined);
        continue;
      }
      carriedSlots.push(opened.length);
      open(index, mark, false);
      index++;
    }
  }

  // A run of the same straight mark ("" or ''') is flanked as a whole.
  let runStart = -1;
  let runEnd = -1;
  let runLeft = false;
  let runRight = false;
  let runBefore = -1;
  let runAfter = -1;

  for (; index < text.length; index++) {
    if (!MARKS.has(text[index]!)) {
      NEXT_MARK.lastIndex = index;
      const next = NEXT_MARK.exec(text);
      if (!next) break;
      index = next.index;
    }
    const mark = text[index]!;

    if (mark === '`') {
      // `single' and ``double'': opens before a letter, a digit or a quotation mark; a stray
      // backtick (`x, a lone grave accent) pairs with nothing and is not reported.
      const double = text[index + 1] === '`' && text[index + 2] !== '`';
      const width = double ? 2 : 1;
      const before = classOf(cpBefore(text, index));
      const after = cpAt(text, index + width);
      if (before !== OTHER && (isAlnum(after) || MARKS.has(text[index + width] ?? '')))
        open(index, double ? '``' : '`', true);
      index += width - 1;
      continue;
    }

    if (mark === '"' || mark === "'") {
      if (index >= runEnd) {
        runStart = index;
        runEnd = index + 1;
        while (runEnd < text.length && text[runEnd] === mark) runEnd++;
        runBefore = cpBefore(text, index);
        runAfter = cpAt(text, runEnd);
        const before = classOf(runBefore);
        const after = classOf(runAfter);
        runLeft = leftFlanking(before, after);
        runRight = rightFlanking(before, after);
      }
      const first = index === runStart;
      const single = runEnd - runStart === 1;
      // '' closes the innermost ``…'' when nothing inside it is open.
      if (mark === "'" && first && runEnd - runStart === 2 && runRight) {
        const latex = innermost(['``']);
        if (latex >= 0 && latex === stack[stack.length - 1]) {
          close(latex, index, "''");
          index += 1;
          continue;
        }
      }
      if (first && isDigit(runBefore)) {
        // Primes: 6'2", 5' 11", 21"", and '' or ''' after a number.
        if (mark === "'" && (runEnd - index > 1 || staticApostrophe(text, index, mark))) {
          index = runEnd - 1;
          continue;
        }
        if (mark === '"' && (inchMark(text, index) || compatible('"', true) < 0)) {
          runEnd = -1; // the rest of the run is flanked anew, after the inch mark
          continue;
        }
      }
      if (mark === "'" && single && staticApostrophe(text, index, mark)) continue;
      if (runLeft && !runRight) {
        // CommonMark: not after a closing bracket ([a]'s b').
        if (runBefore !== 0x29 && runBefore !== 0x5d) open(index, mark, quietAt(index, mark));
      } else if (runRight && !runLeft) {
        closing(index, mark, true);
      } else if (runLeft && runRight) {
        // Between punctuation ("(hai)". or dog---"'man's'"): closes what is open, else opens.
        // Between letters (foo"bar) it is no quotation mark, except next to CJK, which has no
        // spaces between words.
        if (classOf(runBefore) === PUNCT || isCjk(runBefore) || isCjk(runAfter)) {
          if (compatible(mark, false) >= 0) closing(index, mark, false);
          else open(index, mark, quietAt(index, mark));
        }
      } else if (mark === '"' && single) {
        // Spaced on both sides, as French typewriter quotes can be; opens only before more text.
        if (compatible(mark, false) >= 0) closing(index, mark, false);
        else if (textFollows(text, runEnd)) open(index, mark, false);
      }
      continue;
    }

    if (APOSTROPHE_LIKE.has(mark) && staticApostrophe(text, index, mark)) continue;
    // Hebrew geresh and gershayim written as ’ and ”: צה”ל.
    if (isHebrew(cpBefore(text, index)) && isHebrew(cpAt(text, index + 1))) continue;
    const canOpen = convention.canOpen.has(mark);
    const canClose = convention.canClose.has(mark);
    if (canOpen && !canClose) {
      open(index, mark, false);
      continue;
    }
    if (canClose && !canOpen) {
      closing(index, mark, true);
      continue;
    }
    // A mark that can open and close: flanking first. Between a space and punctuation (French
    // « non ».) it does not count as opening; the language decides.
    const before = classOf(cpBefore(text, index));
    const after = classOf(cpAt(text, index + 1));
    const left = leftFlanking(before, after) && !(before === SPACE && after === PUNCT);
    const right = rightFlanking(before, after);
    if (right && !left) closing(index, mark, true, true);
    else if (left && !right) open(index, mark, quietAt(index, mark));
    else {
      const prefer = convention.prefer.get(mark);
      const fits = compatible(mark, true) >= 0;
      if (left) {
        // Punctuation or letters on both sides (.“. or o“W): close what fits, else as the
        // language prefers (на«ВЭБ opens in Russian); between letters, a mark that would close
        // nothing is no quotation mark at all.
        const role = prefer ?? DEFAULT_ROLE[mark];
        if (fits) closing(index, mark, true);
        else if (role === 'open' && (prefer === 'open' || before !== OTHER))
          open(index, mark, false);
        else if (before !== OTHER) closing(index, mark, true);
      } else if (prefer === 'open') open(index, mark, false);
      else if (fits || prefer === 'close') closing(index, mark, true);
      else if (DEFAULT_ROLE[mark] === 'close') closing(index, mark, true);
      else open(index, mark, false);
    }
  }

  // What is still open runs to the end of the text.
  const openAtEnd: QuoteSpan[] = [];
  const spanOf = new Map<Opened, QuoteSpan>();
  for (const slot of stack) {
    const entry = opened[slot]!;
    if (entry.quiet) {
      entry.state = 2;
      continue;
    }
    if (!entry.implied) unmatched.push({ offset: entry.start, mark: entry.open, kind: 'open' });
  }

  // Depth from containment, ignoring dropped marks; spans are already sorted by start.
  const quotes: QuoteSpan[] = [];
  const enclosing: QuoteSpan[] = [];
  for (const entry of opened) {
    if (entry.state === 2) continue;
    while (enclosing.length > 0 && enclosing[enclosing.length - 1]!.end <= entry.start)
      enclosing.pop();
    const span: QuoteSpan = {
      start: entry.start,
      end: entry.end,
      open: entry.implied ? '' : entry.open,
      close: entry.close,
      depth: enclosing.length,
    };
    quotes.push(span);
    enclosing.push(span);
    spanOf.set(entry, span);
  }
  for (const slot of stack) {
    const span = spanOf.get(opened[slot]!);
    if (span) openAtEnd.push(span);
  }
  unmatched.sort((a, b) => a.offset - b.offset);
  if (carriedSlots.length === 0) return { quotes, unmatched, openAtEnd };
  const reopened = carriedSlots.map((slot) =>
    slot === undefined ? undefined : spanOf.get(opened[slot]!),
  );
  return { quotes, unmatched, openAtEnd, reopened };
}
