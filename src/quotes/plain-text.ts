/**
 * Quotations and their speakers in a plain-text article (such as the seed, or a PolNeAR text):
 * paragraphs are separated by blank lines, and every offset is a JavaScript string (UTF-16)
 * offset into the whole text, end-exclusive, covering the quotation marks. The Markdown pipeline
 * does the same per Markdown paragraph in `remark-quotes.ts`; both call `scanParagraphs` and
 * `attributeQuotes`, and report each quotation as `foundQuotation` makes it.
 */
import type { Person } from '../contract/settings.ts';
import {
  attributeQuotes,
  type Attribution,
  type AttributionReason,
  type TextPlace,
} from './attribution.ts';
import { scanParagraphs, type UnmatchedMark } from './marks/index.ts';

/** A span of the text (UTF-16 offsets, end-exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** One quotation found in a text, as `explainer quotes --json` prints it (plus review fields). */
export interface FoundQuotation extends TextSpan {
  text: string;
  speaker: { name: string; id?: string; start?: number; end?: number } | null;
  cue?: string;
  /** Where the text refers to the speaker for this quotation ("he", "the senator", a name). */
  mention?: TextSpan & { text: string };
  /** Which rule gave the speaker, or why there is none. */
  reason: AttributionReason;
  /** How the speaker was reached (`how/via`, see `attribution.ts`), also for one withheld. */
  rule?: string;
  /** For a pronoun: how its antecedent was chosen (`Attribution.evidence`). */
  evidence?: string;
  /** What else the attribution knew, which the confidence is computed from (`Attribution.signals`). */
  signals?: Readonly<Record<string, number>>;
  /** The most the confidence may be, whatever the model says (`Attribution.ceiling`). */
  ceiling?: number;
  /** How likely the speaker is right (0–1; 1 for the editor's own; `confidence.ts`). */
  confidence?: number;
  /** For reason `uncertain`: the name the rule found, withheld for its low confidence. */
  withheld?: string;
  /** 0 for a quotation, 1 and more for one nested inside another. */
  depth: number;
  /** Index in the list of the piece this one continues, for a quotation over several paragraphs. */
  continues?: number;
}

/**
 * A found quotation as it is reported: its place, text, depth and the piece it continues, with
 * the speaker and mention of its attribution. `offsetsOf` gives the offsets in the whole text of
 * a place in a paragraph; a speaker's or mention's offsets are left out where it gives none.
 */
export function foundQuotation(
  quotation: TextSpan & { text: string; depth: number; continues: number | undefined },
  found: Attribution,
  offsetsOf: (place: TextPlace) => { start: number | undefined; end: number | undefined },
): FoundQuotation {
  const { start, end, text, depth, continues } = quotation;
  const speaker = found.speaker;
  const speakerAt = speaker?.place ? offsetsOf(speaker.place) : undefined;
  const mentionAt = found.mention ? offsetsOf(found.mention) : undefined;
  return {
    start,
    end,
    text,
    speaker: speaker
      ? {
          name: speaker.name,
          ...(speaker.id ? { id: speaker.id } : {}),
          ...(speakerAt?.start !== undefined && speakerAt.end !== undefined
            ? { start: speakerAt.start, end: speakerAt.end }
            : {}),
        }
      : null,
    ...(found.cue ? { cue: found.cue } : {}),
    ...(found.mention && mentionAt?.start !== undefined && mentionAt.end !== undefined
      ? { mention: { start: mentionAt.start, end: mentionAt.end, text: found.mention.text } }
      : {}),
    reason: found.reason,
    ...(found.rule ? { rule: found.rule } : {}),
    ...(found.evidence ? { evidence: found.evidence } : {}),
    ...(found.signals ? { signals: found.signals } : {}),
    ...(found.ceiling !== undefined ? { ceiling: found.ceiling } : {}),
    ...(found.confidence !== undefined ? { confidence: found.confidence } : {}),
    ...(found.withheld ? { withheld: found.withheld.name } : {}),
    depth,
    ...(continues !== undefined ? { continues } : {}),
  };
}

export interface TextOptions {
  lang?: string;
  people?: readonly Person[];
  /** See `AttributionOptions.minConfidence`. */
  minConfidence?: number;
}

/**
 * The paragraphs of a plain text: runs of lines between blank lines (empty or only white space,
 * any Unicode space), each with its offset in the text; a paragraph keeps its own spaces.
 */
export function paragraphsOf(text: string): Array<{ start: number; text: string }> {
  const paragraphs: Array<{ start: number; text: string }> = [];
  const blank = /\n[^\S\n]*(?:\n[^\S\n]*)+/g;
  let from = 0;
  const push = (end: number) => {
    const chunk = text.slice(from, end);
    if (chunk.trim()) paragraphs.push({ start: from, text: chunk });
  };
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return paragraphs;
}

export interface TextResult {
  quotations: FoundQuotation[];
  /** Unmatched quotation marks, with their offsets in the text. */
  unmatched: UnmatchedMark[];
}

/** Every quotation of a plain text with its speaker, sorted by start. */
export function quotationsInText(text: string, options: TextOptions = {}): TextResult {
  const paragraphs = paragraphsOf(text);
  const scans = scanParagraphs(
    paragraphs.map((p) => p.text),
    options.lang,
  );
  const attributions = attributeQuotes(
    paragraphs.map((paragraph, p) => ({
      text: paragraph.text,
      quotes: scans[p]!.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        depth: q.depth,
        ...(q.continues !== undefined
          ? { continues: { paragraph: p - 1, index: q.continues } }
          : {}),
      })),
    })),
    options,
  );
  const offsetsOf = (place: TextPlace) => {
    const base = paragraphs[place.paragraph]!.start;
    return { start: base + place.start, end: base + place.end };
  };
  const quotations: FoundQuotation[] = [];
  const indexOf = new Map<string, number>();
  scans.forEach((scan, p) => {
    const base = paragraphs[p]!.start;
    scan.quotes.forEach((q, i) => {
      indexOf.set(`${p}:${i}`, quotations.length);
      const continues =
        q.continues !== undefined ? indexOf.get(`${p - 1}:${q.continues}`) : undefined;
      const start = base + q.start;
      const end = base + q.end;
      const quotation = { start, end, text: text.slice(start, end), depth: q.depth, continues };
      quotations.push(foundQuotation(quotation, attributions[p]![i]!, offsetsOf));
    });
  });
  const unmatched = scans.flatMap((scan, p) =>
    scan.unmatched.map((m) => ({ ...m, offset: paragraphs[p]!.start + m.offset })),
  );
  return { quotations, unmatched };
}
