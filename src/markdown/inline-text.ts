/**
 * Phrasing content seen as one string, and ranges of that string wrapped back into the tree.
 *
 * `flatten` gives the text of a paragraph (or heading, or table cell) with each opaque inline
 * node (inline code, images, HTML, breaks, explicit quotations, `:30` in `10:30` while it is still
 * a directive) as one U+FFFC, and where each text
 * node starts in that string. `wrapRanges` wraps properly nested ranges of that string in new
 * nodes in one pass; a range that crosses the edge of an emphasis or link it cannot enclose is
 * split into segments, numbered from 0.
 */
import type { Nodes, PhrasingContent, Text } from 'mdast';

/** Stands for one opaque inline node in the flat text. */
export const OBJECT_REPLACEMENT = '\uFFFC';

type Container = { children: PhrasingContent[] };

/**
 * A text directive with nothing after its name, which is no mark of ours but prose the parser
 * read as one (`10:30` holds `:30`, `Note:this` holds `:this`), as the page shows it once
 * `remark-restore-directives` has made it text again; undefined for any other node. Whole only,
 * as inline code is: one opaque node in the flat text, its text whole in `source-text.ts`.
 */
export function lookAlike(node: Nodes): string | undefined {
  if (node.type !== 'textDirective' || node.children.length > 0) return undefined;
  return Object.keys(node.attributes ?? {}).length === 0 ? `:${node.name}` : undefined;
}

/** A container whose children are flat text (an explicit quotation and a look-alike are opaque). */
const hasChildren = (node: Nodes): node is Nodes & Container =>
  'children' in node && node.type !== 'quote' && lookAlike(node) === undefined;

export interface TextRun {
  node: Text;
  /** Offset of the node's first character in the flat text. */
  start: number;
}

export interface Flat {
  text: string;
  runs: TextRun[];
  /** Each opaque node and the offset of its U+FFFC in the flat text. */
  objects: Array<{ node: PhrasingContent; start: number }>;
}

/** The flat text of some phrasing content, and where each text node sits in it. */
export function flatten(children: readonly PhrasingContent[]): Flat {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  const objects: Flat['objects'] = [];
  let length = 0;
  const walk = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        runs.push({ node, start: length });
        parts.push(node.value);
        length += node.value.length;
      } else if (hasChildren(node)) walk(node.children);
      else {
        objects.push({ node, start: length });
        parts.push(OBJECT_REPLACEMENT);
        length += 1;
      }
    }
  };
  walk(children);
  return { text: parts.join(''), runs, objects };
}

/** Flat length of one node. */
function lengthOf(node: PhrasingContent, memo: Map<PhrasingContent, number>): number {
  // A text node's length is at hand: only containers are worth a place in the memo (text nodes
  // are most nodes, and the map's get and set cost more than reading the length).
  if (node.type === 'text') return node.value.length;
  const known = memo.get(node);
  if (known !== undefined) return known;
  let length: number;
  if (hasChildren(node))
    length = node.children.reduce((sum, child) => sum + lengthOf(child, memo), 0);
  else length = 1;
  memo.set(node, length);
  return length;
}

export interface WrapRange<T> {
  start: number;
  end: number;
  value: T;
}

/** Makes the wrapping node for one segment of a range. */
export type MakeWrapper<T> = (
  value: T,
  segment: number,
  children: PhrasingContent[],
) => PhrasingContent & Container;

/**
 * Wrap each range (flat offsets into `container`'s text; ranges must nest or be disjoint) in a
 * node made by `make`. Linear in the size of the content plus the number of ranges.
 */
export function wrapRanges<T>(
  container: Container,
  ranges: ReadonlyArray<WrapRange<T>>,
  make: MakeWrapper<T>,
): void {
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (sorted.length > 0) wrapIn(container, 0, sorted, make, new Map(), new Map());
}

interface Open<T> {
  range: WrapRange<T>;
  node: Container;
}

function wrapIn<T>(
  container: Container,
  base: number,
  ranges: ReadonlyArray<WrapRange<T>>,
  make: MakeWrapper<T>,
  memo: Map<PhrasingContent, number>,
  segments: Map<T, number>,
): void {
  const out: PhrasingContent[] = [];
  const stack: Open<T>[] = [];
  let next = 0; // index of the next range to open
  const target = () => (stack.length ? stack.at(-1)!.node.children : out);
  const open = (range: WrapRange<T>) => {
    const segment = segments.get(range.value) ?? 0;
    segments.set(range.value, segment + 1);
    const node = make(range.value, segment, []);
    target().push(node);
    stack.push({ range, node });
  };
  const closeAt = (at: number) => {
    while (stack.length && stack.at(-1)!.range.end <= at) stack.pop();
  };

  let position = base;
  for (const child of container.children) {
    const end = position + lengthOf(child, memo);
    closeAt(position);
    if (child.type === 'text') {
      // Split the text at every boundary inside it.
      const value = child.value;
      let cut = position;
      for (;;) {
        closeAt(cut);
        while (next < ranges.length && ranges[next]!.start <= cut) open(ranges[next++]!);
        const boundary = Math.min(
          stack.length ? stack.at(-1)!.range.end : Infinity,
          next < ranges.length ? ranges[next]!.start : Infinity,
          end,
        );
        if (boundary > cut) {
          const whole = cut === position && boundary === end;
          target().push(
            whole
              ? child
              : { type: 'text', value: value.slice(cut - position, boundary - position) },
          );
        }
        cut = boundary;
        if (cut >= end) break;
      }
    } else {
      // Ranges starting here that enclose the whole node open at this level.
      while (next < ranges.length && ranges[next]!.start === position && ranges[next]!.end >= end)
        open(ranges[next++]!);
      // The rest that touch the node end or start strictly inside it.
      const crossing = stack.filter((o) => o.range.end < end).map((o) => o.range);
      let look = next;
      while (look < ranges.length && ranges[look]!.start < end) look += 1;
      const starting = ranges.slice(next, look);
      if ((crossing.length === 0 && starting.length === 0) || !hasChildren(child)) {
        target().push(child);
      } else {
        stack.splice(stack.length - crossing.length, crossing.length);
        target().push(child);
        const clipped = [...crossing, ...starting].map((r) => ({
          start: Math.max(r.start, position),
          end: Math.min(r.end, end),
          value: r.value,
        }));
        wrapIn(child, position, clipped, make, memo, segments);
        next = look;
        // Ranges that began inside the node and go on after it reopen as a new segment.
        for (const range of starting) if (range.end > end) open(range);
      }
    }
    position = end;
  }
  container.children = out;
}

const REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

/**
 * The offset in `source` (a text node as written) of character `k` of `value` (the node's text):
 * they differ by backslash escapes, character references and, across lines, the indentation or
 * `>` markers the parser removed. Undefined where the two cannot be aligned.
 */
export function alignedOffset(source: string, value: string, k: number): number | undefined {
  if (source === value) return Math.min(Math.max(k, 0), value.length);
  let i = 0;
  let j = 0;
  while (j < value.length) {
    if (i >= source.length) return undefined;
    const char = value[j]!;
    let at: number;
    let width = 1; // characters of `value` the source text at `at` stands for
    let next = i + 1;
    const reference = source[i] === '&' ? REFERENCE.exec(source.slice(i, i + 40)) : null;
    if (reference && reference[0] !== char) {
      at = i;
      next = i + reference[0].length;
      const code = char.charCodeAt(0);
      width = code >= 0xd800 && code < 0xdc00 ? 2 : 1;
    } else if (source[i] === char) at = i;
    else if (source[i] === '\\' && source[i + 1] === char) {
      at = i + 1;
      next = i + 2;
    } else if (/[\s>]/.test(source[i]!)) {
      // Indentation and block markers the parser took out of a continued line.
      i += 1;
      continue;
    } else return undefined;
    if (k >= j && k < j + width) return at;
    i = next;
    j += width;
  }
  return k >= value.length ? i : undefined;
}
