/**
 * Automatic quotations: text between paired quotation marks in the conventions of the
 * explainer's language, nested, across emphasis and links, and over several paragraphs (a
 * paragraph left open and the next one reopened with the same mark). Apostrophes are not quotes.
 * Each quotation becomes a `quote` node with its speaker and cue (`attribution.ts`); the pieces
 * of one quotation over several paragraphs share a speaker, are linked by `continues` and all
 * carry the first piece's id as `partOf`. An editor's `:quote[…]{by}` keeps its speaker; one
 * without `by` is attributed like the others. An unmatched mark is a warning at its place, and so
 * is an automatic speaker below `CONFIRM_BELOW` (`speaker-uncertain`), with how to confirm it.
 *
 * Sets `file.data.quotations`: every quotation with offsets into the file's text, for
 * `explainer quotes`.
 */
import type { Heading, Paragraph, Root, TableCell, Text } from 'mdast';
import type { Position } from 'unist';
import { SKIP, visit } from './walk.ts';
import { location } from 'vfile-location';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Speaker } from '../contract/explainer.ts';
import { MAX_QUOTATION_DEPTH, MAX_QUOTATIONS_PER_PARAGRAPH } from '../contract/limits.ts';
import type { Person } from '../contract/settings.ts';
import {
  attributeQuotes,
  type Attribution,
  type FoundSpeaker,
  type QuoteInput,
  type TextPlace,
} from '../quotes/attribution.ts';
import { CONFIRM_BELOW, shownConfidence } from '../quotes/confidence.ts';
import { foundQuotation, type FoundQuotation } from '../quotes/plain-text.ts';
import { shorten } from '../contract/text.ts';
import { newId } from './ids.ts';
import {
  alignedOffset,
  flatten,
  OBJECT_REPLACEMENT,
  wrapRanges,
  type Flat,
  type WrapRange,
} from './inline-text.ts';
import { reporter } from '../contract/messages.ts';
import { scanParagraphs, type ParagraphScan } from '../quotes/marks/index.ts';
import type { QuoteNode } from './types.ts';

const report = reporter('remark-quotes');

export interface QuoteOptions {
  /** Language of the site, used where the explainer names none. */
  language?: string;
  /** The site's people, so a speaker named in the text gets their id. */
  people?: readonly Person[];
}

type Block = Paragraph | Heading | TableCell;

/** Text nodes of one file, each with whether its value is exactly its source text. */
type AsWritten = Map<Text, boolean>;

/**
 * The offset in the file of a flat offset: exact where the text node is written as it reads,
 * else the start of that text node (escapes and character references change the length).
 */
function fileOffset(
  flat: Flat,
  offset: number,
  file: VFile,
  asWritten: AsWritten,
): number | undefined {
  let low = 0;
  let high = flat.runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (flat.runs[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  const run = flat.runs[low];
  const position = run?.node.position;
  if (!run || !position || position.start.offset === undefined) {
    return flat.objects.find((o) => o.start === offset)?.node.position?.start.offset;
  }
  const start = position.start.offset;
  const k = offset - run.start;
  const written = (position.end.offset ?? start) - start;
  // Most text is written as it reads: check that once per node, then count.
  let verbatim = asWritten.get(run.node);
  if (verbatim === undefined) {
    const source = String(file.value);
    verbatim =
      written === run.node.value.length &&
      (position.end.offset === undefined
        ? source.slice(start) === run.node.value
        : source.startsWith(run.node.value, start));
    asWritten.set(run.node, verbatim);
  }
  if (verbatim) return start + Math.min(Math.max(k, 0), written);
  const at = alignedOffset(String(file.value).slice(start, position.end.offset), run.node.value, k);
  return at === undefined ? start : start + at;
}

/**
 * The flat text for the quotation scan: restored directive syntax (`{a="b c"}`) is not prose, so
 * each of its characters stands for an opaque object there, and its marks pair with nothing.
 */
function proseOf(flat: Flat): string {
  const syntax = flat.runs.filter((run) => run.node.data?.directiveSyntax);
  if (syntax.length === 0) return flat.text;
  let text = flat.text;
  for (const { node, start } of syntax) {
    text =
      text.slice(0, start) +
      OBJECT_REPLACEMENT.repeat(node.value.length) +
      text.slice(start + node.value.length);
  }
  return text;
}

/**
 * Whether quotation marks only wrap an explicit quotation (`":quote[we listened]{by=…}"`):
 * the editor's `:quote` is that quotation, with its speaker, and the marks around it make no
 * second one beside it (which would say "speaker not identified" for the same words).
 */
function wrapsExplicit(
  flat: Flat,
  q: ParagraphScan['quotes'][number],
  explicit: ReadonlyArray<{ start: number }>,
): boolean {
  if (explicit.length === 0 || !q.open || !q.close || q.continues !== undefined) return false;
  const inner = flat.text.slice(q.start + q.open.length, q.end - q.close.length);
  const at = q.start + q.open.length + inner.search(/[^\s\p{Cf}]/u);
  return (
    inner.replace(/[\s\p{Cf}]/gu, '') === OBJECT_REPLACEMENT && explicit.some((e) => e.start === at)
  );
}

/** The speaker as the model keeps it: a name and maybe an id. */
const modelSpeaker = (speaker: FoundSpeaker | null): Speaker | null =>
  speaker ? { name: speaker.name, ...(speaker.id ? { id: speaker.id } : {}) } : null;

/**
 * An automatic speaker the editor should confirm: its confidence is below {@link CONFIRM_BELOW}.
 * A warning at the quotation, with the `:quote[…]{by}` that confirms it.
 */
function reportUncertain(
  file: VFile,
  place: Position | undefined,
  words: string,
  found: Attribution,
): void {
  const speaker = found.speaker;
  if (!speaker || found.reason === 'explicit' || found.confidence === undefined) return;
  if (found.confidence >= CONFIRM_BELOW) return;
  const by = speaker.id ?? `"${speaker.name.replace(/"/g, '')}"`;
  const how = found.rule ? `${found.rule}, ` : '';
  const quoted = shorten(words.replace(/\s+/g, ' ').trim(), 60);
  report(file, {
    reason: `Unexpected uncertain speaker \`${speaker.name}\` (${how}confidence ${shownConfidence(found.confidence)}), expected a speaker found with confidence ${CONFIRM_BELOW} or more, or confirmed by the editor`,
    ruleId: 'speaker-uncertain',
    place,
    hint: `If ${speaker.name} said it, confirm it: write the quotation as :quote[${quoted}]{by=${by}}, its words unchanged; if someone else did, name them in by=.`,
  });
}

/**
 * Quotations past the limits of `src/contract/limits.ts` are errors, and the paragraph's
 * quotations are not marked (so the cost of the rest of the build stays bounded): more than
 * {@link MAX_QUOTATIONS_PER_PARAGRAPH} in one paragraph, or one nested deeper than
 * {@link MAX_QUOTATION_DEPTH}.
 */
function refuseOverLimits(
  file: VFile,
  block: Block,
  flat: Flat,
  scan: ParagraphScan,
  asWritten: AsWritten,
): void {
  const explicit = flat.objects.filter(({ node }) => node.type === 'quote').length;
  const count = scan.quotes.length + explicit;
  const deep = scan.quotes.find((q) => q.depth > MAX_QUOTATION_DEPTH);
  if (count > MAX_QUOTATIONS_PER_PARAGRAPH) {
    report(file, {
      reason: `Unexpected ${count} quotations in one paragraph, expected at most ${MAX_QUOTATIONS_PER_PARAGRAPH}`,
      ruleId: 'limit-exceeded',
      place: block.position?.start,
      severity: 'error',
      hint: 'Split the paragraph, or mark only the quotations that matter with :quote[…].',
    });
  } else if (deep) {
    const at = fileOffset(flat, deep.start, file, asWritten);
    report(file, {
      reason: `Unexpected quotation nested ${deep.depth} levels deep, expected quotations nested at most ${MAX_QUOTATION_DEPTH} levels`,
      ruleId: 'nesting-depth',
      place: at === undefined ? block.position?.start : location(file).toPoint(at),
      severity: 'error',
      hint: 'Check for stray quotation marks: a mark that opens and never closes nests all that follows.',
    });
  } else return;
  scan.quotes.length = 0;
}

const remarkQuotes: Plugin<[QuoteOptions?], Root> = (options = {}) => {
  return (tree: Root, file: VFile) => {
    const language = file.data.frontmatter?.language ?? options.language ?? 'en';
    const place = location(file);
    // Per file, not in a WeakMap: one entry per text node a quotation starts or ends in.
    const asWritten: AsWritten = new Map();
    const blocks: Block[] = [];
    visit(tree, (node) => {
      if (node.type === 'comment' || node.type === 'code' || node.type === 'html') return SKIP;
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        blocks.push(node);
        return SKIP;
      }
    });
    const flats = blocks.map((block) => flatten(block.children));
    const scans = scanParagraphs(flats.map(proseOf), language);
    scans.forEach((scan, b) => refuseOverLimits(file, blocks[b]!, flats[b]!, scan, asWritten));

    // Detected and explicit quotations of each block, in order, for attribution.
    const inputs = flats.map((flat, b) => {
      const explicit = flat.objects.flatMap(({ node, start }) =>
        node.type === 'quote' ? [{ kind: 'explicit' as const, node, start }] : [],
      );
      const detected = scans[b]!.quotes.flatMap((q, index) =>
        wrapsExplicit(flat, q, explicit)
          ? []
          : [{ kind: 'detected' as const, q, index, start: q.start }],
      );
      return [...detected, ...explicit].sort((x, y) => x.start - y.start);
    });
    // Per block: index in the scan's quotes → index in `inputs`.
    const position = inputs.map((list) => {
      const at = new Map<number, number>();
      list.forEach((item, i) => {
        if (item.kind === 'detected') at.set(item.index, i);
      });
      return at;
    });
    const attributions = attributeQuotes(
      inputs.map((list, b) => ({
        text: flats[b]!.text,
        quotes: list.map((item): QuoteInput => {
          if (item.kind === 'explicit') {
            return {
              start: item.start,
              end: item.start + 1,
              depth: 0,
              explicit: { speaker: item.node.data.speaker, text: flatten(item.node.children).text },
            };
          }
          const { q } = item;
          return {
            start: q.start,
            end: q.end,
            depth: q.depth,
            // (A piece whose start was refused by refuseOverLimits continues nothing.)
            ...(q.continues !== undefined && position[b - 1]!.has(q.continues)
              ? { continues: { paragraph: b - 1, index: position[b - 1]!.get(q.continues)! } }
              : {}),
          };
        }),
      })),
      { lang: language, people: options.people ?? [] },
    );

    const offsetOf = (p: TextPlace) => ({
      start: fileOffset(flats[p.paragraph]!, p.start, file, asWritten),
      end: endOffset(flats[p.paragraph]!, p.end),
    });
    const endOffset = (flat: Flat, end: number) => {
      const last = fileOffset(flat, end - 1, file, asWritten);
      return last === undefined ? undefined : last + 1;
    };
    const quotations: FoundQuotation[] = [];
    const positions = new Map<QuoteNode['data'], Position>(); // a quotation's place in the file
    const ids = new Map<string, string>(); // "block:input" → quote id
    const pieces = new Map<string, QuoteNode['data']>(); // "block:input" → the piece's data
    const firstOf = new Map<string, string>(); // "block:input" → key of the quotation's first piece
    const listed = new Map<string, number>(); // "block:input" → index in quotations

    blocks.forEach((block, b) => {
      const flat = flats[b]!;
      const scan = scans[b]!;
      for (const mark of scan.unmatched) {
        const at = fileOffset(flat, mark.offset, file, asWritten);
        report(file, {
          reason:
            mark.kind === 'open'
              ? `Unexpected unclosed quotation mark \`${mark.mark}\`, expected a closing mark in the same paragraph`
              : `Unexpected closing quotation mark \`${mark.mark}\`, expected an opening mark before it`,
          ruleId: 'unmatched-quote',
          place: at === undefined ? block.position : place.toPoint(at),
          hint: 'Add the missing mark, or write an apostrophe as ’ if that is what it is.',
        });
      }
      const ranges: WrapRange<QuoteNode['data']>[] = [];
      inputs[b]!.forEach((item, i) => {
        const found: Attribution = attributions[b]![i]!;
        const speaker = found.speaker;
        const key = `${b}:${i}`;
        const input = item.kind === 'detected' ? item.q : undefined;
        const continues =
          input?.continues !== undefined
            ? `${b - 1}:${position[b - 1]!.get(input.continues)}`
            : undefined;
        let start: number | undefined;
        let end: number | undefined;
        let text: string;
        if (item.kind === 'explicit') {
          const data = item.node.data;
          if (!data.speaker && speaker) {
            data.speaker = modelSpeaker(speaker);
            data.speakerSource = 'automatic';
            if (found.cue) data.cue = found.cue;
            reportUncertain(file, item.node.position, flatten(item.node.children).text, found);
          }
          const children = item.node.children;
          start = children[0]?.position?.start.offset;
          end = children.at(-1)?.position?.end.offset;
          text =
            start !== undefined && end !== undefined
              ? String(file.value).slice(start, end)
              : flatten(children).text;
        } else {
          const q = item.q;
          start = fileOffset(flat, q.start, file, asWritten);
          end = endOffset(flat, q.end);
          const id = newId(file, 'q', flat.text.slice(q.start, q.end));
          // As written in the file (with any markup inside), where the offsets are known.
          text =
            start !== undefined && end !== undefined
              ? String(file.value).slice(start, end)
              : flat.text.slice(q.start, q.end);
          ids.set(key, id);
          const startPoint = start === undefined ? undefined : place.toPoint(start);
          const endPoint = end === undefined ? undefined : place.toPoint(end);
          const where: Position | undefined =
            startPoint && endPoint ? { start: startPoint, end: endPoint } : undefined;
          const first = continues && ids.has(continues) ? firstOf.get(continues) : undefined;
          const value: QuoteNode['data'] = {
            id,
            segment: 0,
            explicit: false,
            speaker: modelSpeaker(speaker),
            ...(speaker ? { speakerSource: 'automatic' as const } : {}),
            ...(found.cue ? { cue: found.cue } : {}),
            ...(continues && ids.has(continues) ? { continues: ids.get(continues)! } : {}),
            hName: 'mark',
          };
          pieces.set(key, value);
          firstOf.set(key, first ?? key);
          if (first !== undefined) {
            // Every piece, the first included, carries the id of the first.
            const head = pieces.get(first)!;
            head.partOf = head.id;
            value.partOf = head.id;
          } else reportUncertain(file, where, flat.text.slice(q.start, q.end), found);
          if (where) positions.set(value, where);
          ranges.push({ start: q.start, end: q.end, value });
        }
        // Listed for `explainer quotes` only where its place in the file is known (an empty
        // `:quote[]` has none, and is an error of its own).
        if (start === undefined || end === undefined) return;
        listed.set(key, quotations.length);
        const previous = continues !== undefined ? listed.get(continues) : undefined;
        const quotation = {
          start,
          end,
          text,
          depth: input?.depth ?? 0,
          continues: previous,
        };
        quotations.push(foundQuotation(quotation, found, offsetOf));
      });
      // Segment 0 carries the id, the speaker and the place of the whole quotation.
      wrapRanges(block, ranges, (data, segment, children): QuoteNode => {
        const where = segment === 0 ? positions.get(data) : undefined;
        return {
          type: 'quote',
          children,
          data: segment === 0 ? data : { ...data, segment },
          ...(where ? { position: where } : {}),
        };
      });
    });
    file.data.quotations = quotations;
  };
};

export default remarkQuotes;
