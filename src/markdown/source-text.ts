/**
 * The source text that stand-off notes are anchored in, and the way back from a range of it to
 * the syntax tree.
 *
 * The text is what the Web Annotation export's selectors refer to: each top-level block's plain
 * text (as `mdast-util-to-string` reads it: text, code, image alt text), one line break between
 * blocks; comments, definitions and the frontmatter are not source text. Emphasis, strong text,
 * links and other containers are transparent, and a line break inside a paragraph is a space,
 * so a passage reads as it renders.
 *
 * {@link locate} maps a range back to one paragraph, heading or table cell and to offsets in its
 * flat text (`inline-text.ts`: each node without children is one character there), which
 * `wrapRanges` wraps. A range that spans two of them, or starts or ends inside inline code or
 * an image, cannot be wrapped and says why.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { alignedOffset, lookAlike } from './inline-text.ts';

/** A paragraph, heading or table cell: where a marked span can sit. */
export interface Holder {
  children: PhrasingContent[];
  type: string;
}

/** A piece of the source text: one node that has text of its own. */
interface Leaf {
  /** Offset in the source text. */
  start: number;
  end: number;
  node: Nodes;
  /** The paragraph, heading or cell it is in (none: a code block, raw HTML block). */
  holder?: Holder;
  /** Its offset in the holder's flat text. */
  flat: number;
  /** Text nodes can be cut anywhere; anything else only whole. */
  text: boolean;
  /** The top-level block it is in. */
  block: RootContent;
}

export interface SourceText {
  text: string;
  leaves: Leaf[];
}

const HOLDERS = new Set(['paragraph', 'heading', 'tableCell']);

/** Top-level nodes that are not source text. */
function isSourceBlock(node: RootContent): boolean {
  if (node.type === 'yaml' || node.type === 'definition') return false;
  return !(node.type === 'containerDirective' && node.name === 'comment');
}

/** The source text of a tree and where each piece of it comes from. */
export function sourceText(tree: Root): SourceText {
  const parts: string[] = [];
  const leaves: Leaf[] = [];
  let length = 0;
  let first = true;
  for (const block of tree.children) {
    if (!isSourceBlock(block)) continue;
    if (!first) {
      parts.push('\n');
      length += 1;
    }
    first = false;
    let holder: Holder | undefined;
    let flat = 0;
    const walk = (node: Nodes) => {
      const value =
        'value' in node && typeof node.value === 'string'
          ? node.value
          : 'alt' in node && typeof node.alt === 'string'
            ? node.alt
            : lookAlike(node);
      if ('children' in node && value === undefined) {
        const outer = holder;
        const outerFlat = flat;
        if (HOLDERS.has(node.type)) {
          holder = node as Holder;
          flat = 0;
        }
        for (const child of node.children as Nodes[]) walk(child);
        if (holder !== outer) {
          holder = outer;
          flat = outerFlat;
        }
        return;
      }
      const text = node.type === 'text';
      // A line break inside a paragraph reads as a space (one character for one: offsets hold).
      const own = text ? (value ?? '').replace(/[\r\n]/g, ' ') : (value ?? '');
      leaves.push({
        start: length,
        end: length + own.length,
        node,
        ...(holder ? { holder } : {}),
        flat,
        text,
        block,
      });
      parts.push(own);
      length += own.length;
      flat += text ? own.length : 1;
    };
    walk(block);
  }
  return { text: parts.join(''), leaves };
}

/** Where a range of the source text is in the tree, or why it cannot be marked there. */
export type Located =
  | { holder: Holder; block: RootContent; start: number; end: number; from: Point; to: Point }
  | { problem: string };

/** The leaf that holds character `at` (or, with `end`, the character before `at`). */
function leafAt(leaves: readonly Leaf[], at: number, end: boolean): Leaf | undefined {
  let low = 0;
  let high = leaves.length - 1;
  let found: Leaf | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const leaf = leaves[mid]!;
    if (end ? leaf.end < at : leaf.end <= at) low = mid + 1;
    else {
      if (end ? leaf.start < at : leaf.start <= at) found = leaf;
      high = mid - 1;
    }
  }
  // Empty leaves (a line break, a footnote reference) hold no character.
  return found && found.end > found.start ? found : undefined;
}

const WHAT: Record<string, string> = {
  inlineCode: 'inline code',
  image: 'an image',
  imageReference: 'an image',
  html: 'raw HTML',
  code: 'a code block',
  math: 'a formula',
  inlineMath: 'a formula',
};

/**
 * The place in the file of character `k` of a leaf: the character as written, whether the text
 * is written as it reads or with an entity, an escape or a line's indentation in it (its start
 * when the two cannot be aligned).
 */
function pointIn(leaf: Leaf, k: number, source: string): Point | undefined {
  const position = leaf.node.position;
  if (!position) return undefined;
  const { start, end } = position;
  const at =
    leaf.text && start.offset !== undefined && end.offset !== undefined
      ? alignedOffset(
          source.slice(start.offset, end.offset),
          (leaf.node as { value: string }).value,
          k,
        )
      : undefined;
  if (at === undefined) return { ...start };
  const before = source.slice(start.offset, start.offset! + at);
  const lineStart = before.lastIndexOf('\n');
  return {
    line: start.line + (before.match(/\n/g)?.length ?? 0),
    column: lineStart < 0 ? start.column + at : at - lineStart,
    offset: start.offset! + at,
  };
}

/** The holder and flat offsets of `range`, with its place in the file, or why there are none. */
export function locate(
  source: SourceText,
  range: { start: number; end: number },
  file: string,
): Located {
  const first = leafAt(source.leaves, range.start, false);
  const last = leafAt(source.leaves, range.end, true);
  if (!first || !last) return { problem: 'it starts or ends between two blocks' };
  if (!first.holder || !last.holder) {
    return {
      problem: `it is in ${WHAT[(first.holder ? last : first).node.type] ?? 'a block that takes no notes'}`,
    };
  }
  if (first.holder !== last.holder) {
    return {
      problem:
        first.block === last.block
          ? 'it runs from one paragraph, item or cell into the next'
          : 'it runs from one block into the next',
    };
  }
  for (const [leaf, at] of [
    [first, range.start],
    [last, range.end],
  ] as const) {
    if (!leaf.text && at !== leaf.start && at !== leaf.end) {
      return { problem: `it starts or ends inside ${WHAT[leaf.node.type] ?? 'a node'}` };
    }
  }
  const flatOf = (leaf: Leaf, at: number) =>
    leaf.text ? leaf.flat + (at - leaf.start) : leaf.flat + (at === leaf.start ? 0 : 1);
  const from = pointIn(first, range.start - first.start, file) ?? { line: 1, column: 1 };
  const to = pointIn(last, range.end - last.start, file) ?? from;
  return {
    holder: first.holder,
    block: first.block,
    start: flatOf(first, range.start),
    end: flatOf(last, range.end),
    from,
    to,
  };
}

/** The place in the file of an offset of the source text (at 1:1 when it has none). */
export function pointOf(source: SourceText, at: number, file: string): Point {
  const leaf = leafAt(source.leaves, at, false) ?? leafAt(source.leaves, at, true);
  return (leaf && pointIn(leaf, at - leaf.start, file)) ?? { line: 1, column: 1 };
}
