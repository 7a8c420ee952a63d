/**
 * `explainer reanchor`'s work: after the article of an explainer with stand-off notes has been
 * replaced by a newer version, where each note stands now.
 *
 *   anchors  its words (with its prefix and suffix) match exactly one passage, as before
 *   moved    no exact match, but one passage is closest to its words (`approx-string-match`,
 *            at most a third of the characters different), and where several are equally close,
 *            the words around one of them are closest to its prefix and suffix: the note's new
 *            selector is that passage's words, with the words around it only where they are
 *            needed to tell it apart (`describeTextQuote` of `@apache-annotator/selector`)
 *   broke    no passage close enough, several equally close ones, several exact matches, or a
 *            passage that cannot be marked (across two paragraphs, say)
 *
 * {@link rewriteNotes} writes the moved selectors into the notes file, changing only the words
 * in the note's brackets and its `prefix=`/`suffix=` attributes; a broken note is never touched.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { Reporter } from '../contract/messages.ts';
import { readNotes, type Note } from '../markdown/notes-file.ts';
import { locate, pointOf, sourceText, type SourceText } from '../markdown/source-text.ts';
import {
  closestPassages,
  describeRange,
  matchQuote,
  type Quote,
  type Range,
} from '../markdown/text-quote.ts';

export type Outcome =
  | { status: 'anchors'; line: number }
  | { status: 'moved'; line: number; quote: Quote; errors: number }
  | { status: 'broke'; why: string };

export interface NoteOutcome {
  note: Note;
  outcome: Outcome;
}

/** How many characters of `context` match the text next to a passage (before or after it). */
function contextFit(text: string, range: Range, quote: Quote): number {
  let fit = 0;
  const prefix = quote.prefix ?? '';
  for (let i = 1; i <= prefix.length && text[range.start - i] === prefix[prefix.length - i]; i++)
    fit += 1;
  const suffix = quote.suffix ?? '';
  for (let i = 0; i < suffix.length && text[range.end + i] === suffix[i]; i++) fit += 1;
  return fit;
}

/** The range without white space at its ends. */
function trimmed(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** The selector for a passage: its words, with context only when they occur more than once. */
async function selectorFor(text: string, range: Range): Promise<Quote> {
  const exact = text.slice(range.start, range.end);
  if ((await matchQuote(text, { exact })).length === 1) return { exact };
  return describeRange(text, range);
}

/** Where one note stands in the article's source text. */
export async function reanchorNote(
  source: SourceText,
  markdown: string,
  quote: Quote,
): Promise<Outcome> {
  const { text } = source;
  const lineOf = (at: number) => pointOf(source, at, markdown).line;
  const markable = (range: Range) => locate(source, range, markdown);
  const exact = await matchQuote(text, quote);
  if (exact.length === 1) {
    const located = markable(exact[0]!);
    if ('problem' in located)
      return { status: 'broke', why: `its passage cannot be marked: ${located.problem}` };
    return { status: 'anchors', line: located.from.line };
  }
  if (exact.length > 1) {
    const lines = [...new Set(exact.map((m) => lineOf(m.start)))];
    return {
      status: 'broke',
      why: `it matches ${exact.length} passages (lines ${lines.join(', ')})`,
    };
  }
  const near = closestPassages(text, quote.exact);
  if (near.length === 0) {
    return { status: 'broke', why: 'no passage is close to its words (0 matches)' };
  }
  const fewest = near[0]!.errors;
  let best = near.filter((n) => n.errors === fewest);
  if (best.length > 1 && (quote.prefix || quote.suffix)) {
    const fits = best.map((n) => contextFit(text, n, quote));
    const top = Math.max(...fits);
    best = best.filter((_, i) => fits[i] === top);
  }
  if (best.length > 1) {
    const lines = [...new Set(best.map((n) => lineOf(n.start)))];
    return {
      status: 'broke',
      why: `${best.length} passages are equally close to its words (lines ${lines.join(', ')}): ambiguous, left as it is`,
    };
  }
  const range = trimmed(text, best[0]!);
  const located = markable(range);
  if ('problem' in located) {
    return { status: 'broke', why: `its closest passage cannot be marked: ${located.problem}` };
  }
  return {
    status: 'moved',
    line: located.from.line,
    quote: await selectorFor(text, range),
    errors: best[0]!.errors,
  };
}

/** Every note of a notes file against the article's tree (comments `on=` a span are left out). */
export async function reanchorNotes(
  tree: Root,
  markdown: string,
  notesFile: VFile,
  report: Reporter,
): Promise<NoteOutcome[]> {
  const source = sourceText(tree);
  const outcomes: NoteOutcome[] = [];
  for (const note of readNotes(notesFile, report).notes) {
    if (!note.quote) continue;
    outcomes.push({ note, outcome: await reanchorNote(source, markdown, note.quote) });
  }
  return outcomes;
}

/** Text as the words of a note's brackets: every character that Markdown could read as syntax escaped. */
export const labelText = (words: string) => words.replace(/[\\[\]*_`<>&:~!#|]/g, '\\$&');

/** An attribute value in double quotes, with `"` and `&` as character references. */
const attributeValue = (value: string) =>
  `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

const CONTEXT_ATTRIBUTE = /\s*\b(?:prefix|suffix)=(?:"[^"]*"|'[^']*'|[^\s}]*)/g;

/**
 * The notes file's text with the moved notes' new selectors: only the words in brackets and the
 * `prefix`/`suffix` attributes of those notes change. Throws when the result would not read
 * back as those selectors (nothing is written then).
 */
export function rewriteNotes(notesText: string, moved: ReadonlyArray<NoteOutcome>): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const { note, outcome } of moved) {
    if (outcome.status !== 'moved' || !note.label) continue;
    const labelStart = note.label.start.offset!;
    const labelEnd = note.label.end.offset!;
    edits.push({ start: labelStart, end: labelEnd, text: labelText(outcome.quote.exact) });
    // The attribute block, if any, follows the `]` on the same line.
    const close = labelEnd + 1;
    const lineEnd = notesText.slice(close).search(/\r?\n|\r|$/) + close;
    const rest = notesText.slice(close, lineEnd);
    const block = /^\{[^]*\}/.exec(rest)?.[0];
    const context = [
      outcome.quote.prefix ? `prefix=${attributeValue(outcome.quote.prefix)}` : '',
      outcome.quote.suffix ? `suffix=${attributeValue(outcome.quote.suffix)}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (block) {
      const kept = block.slice(1, -1).replace(CONTEXT_ATTRIBUTE, '').trim();
      const inner = [kept, context].filter(Boolean).join(' ');
      edits.push({ start: close, end: close + block.length, text: `{${inner}}` });
    } else if (context) {
      edits.push({ start: close, end: close, text: `{${context}}` });
    }
  }
  let text = notesText;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  // Read back: every moved note must now carry exactly its new selector.
  const check = new VFile({ path: 'notes.md', value: text });
  const reread = readNotes(check, (file, report) => file.message(report.reason)).notes;
  const before = new VFile({ path: 'notes.md', value: notesText });
  const original = readNotes(before, (file, report) => file.message(report.reason)).notes;
  const wanted = original.map((note) => {
    const found = moved.find((m) => m.note.position.start.offset === note.position.start.offset);
    return found?.outcome.status === 'moved' ? found.outcome.quote : note.quote;
  });
  const same = (a?: Quote, b?: Quote) =>
    a?.exact === b?.exact &&
    (a?.prefix ?? '') === (b?.prefix ?? '') &&
    (a?.suffix ?? '') === (b?.suffix ?? '');
  if (
    check.messages.length > 0 ||
    reread.length !== original.length ||
    reread.some((note, i) => !same(note.quote, wanted[i]))
  ) {
    throw new Error('the rewritten notes file would not read back as the new selectors');
  }
  return text;
}
