/**
 * Automatic quotations: text between paired quotation marks in the conventions of the
 * explainer's language, nested, across emphasis and links, and over several paragraphs (a
 * paragraph left open and the next one reopened with the same mark). Apostrophes are not quotes.
 * Each quotation becomes a `quote` node; an unmatched mark is a warning at its place.
 */
import type { Heading, Paragraph, Root, TableCell } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import type { VFile } from 'vfile';
import { newId } from './ids.ts';
import { flatten, wrapRanges, type Flat, type WrapRange } from './inline-text.ts';
import { report } from './messages.ts';
import { findQuotes, type QuoteSpan } from './quote-marks.ts';
import type { QuoteNode } from './types.ts';

export interface QuoteOptions {
  /** Language of the site, used where the explainer names none. */
  language?: string;
}

type Block = Paragraph | Heading | TableCell;

/** The source point of a flat offset, exact where the text node is written as it reads. */
function pointOf(flat: Flat, offset: number, file: VFile, place: ReturnType<typeof location>) {
  let low = 0;
  let high = flat.runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (flat.runs[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  const run = flat.runs[low];
  const position = run?.node.position;
  if (!run || !position) return undefined;
  const written = (position.end.offset ?? 0) - (position.start.offset ?? 0);
  const exact =
    written === run.node.value.length &&
    String(file.value).slice(position.start.offset, position.end.offset) === run.node.value;
  const at = exact ? (position.start.offset ?? 0) + (offset - run.start) : position.start.offset;
  return at === undefined ? position.start : place.toPoint(at);
}

export default function remarkQuotes(options: QuoteOptions = {}) {
  return (tree: Root, file: VFile) => {
    const language = file.data.frontmatter?.language ?? options.language ?? 'en';
    const place = location(file);
    const blocks: Block[] = [];
    visit(tree, (node) => {
      if (node.type === 'comment' || node.type === 'code' || node.type === 'html') return SKIP;
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        blocks.push(node);
        return SKIP;
      }
    });

    let carry: string[] = [];
    blocks.forEach((block, index) => {
      const flat = flatten(block.children);
      const scan = findQuotes(flat.text, language, { carryOpen: carry });
      // A quotation left open runs on when the next paragraph reopens it with the same mark.
      const nextText = blocks[index + 1]
        ? flatten(blocks[index + 1]!.children).text.trimStart()
        : '';
      const runsOn = new Set(
        scan.openAtEnd.filter((q) => nextText.startsWith(q.open)).map((q) => q.start),
      );
      carry = scan.openAtEnd.filter((q) => runsOn.has(q.start)).map((q) => q.open);
      for (const mark of scan.unmatched) {
        if (runsOn.has(mark.offset)) continue;
        report(file, {
          reason:
            mark.kind === 'open'
              ? `Unexpected unclosed quotation mark \`${mark.mark}\`, expected a closing mark in the same paragraph`
              : `Unexpected closing quotation mark \`${mark.mark}\`, expected an opening mark before it`,
          ruleId: 'unmatched-quote',
          place: pointOf(flat, mark.offset, file, place) ?? block.position,
          hint: 'Add the missing mark, or write an apostrophe as ’ if that is what it is.',
        });
      }
      const ranges: WrapRange<QuoteNode['data']>[] = scan.quotes
        .filter((q: QuoteSpan) => q.close !== '' || runsOn.has(q.start))
        .map((q) => ({
          start: q.start,
          end: q.end,
          value: {
            id: newId(file, 'q', flat.text.slice(q.start, q.end)),
            segment: 0,
            explicit: false,
            speaker: null,
            hName: 'mark',
          },
        }));
      wrapRanges(block, ranges, (data, segment, children): QuoteNode => ({
        type: 'quote',
        children,
        data: segment === 0 ? data : { ...data, segment },
      }));
    });
  };
}
