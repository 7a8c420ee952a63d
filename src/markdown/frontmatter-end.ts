/**
 * Where an explainer's YAML frontmatter ends, by micromark's own rule, for work done on the raw
 * text before (or instead of) parsing it: what GFM's parse may leave out (`remark-gfm.ts`), and
 * the dates read off the frontmatter's lines (`src/loading/explainer-dates.ts`).
 */

/** `---`, then spaces or tabs, then a line ending or the end: a frontmatter fence line. */
const FENCE = /---[ \t]*(?:\r\n|\r|\n|$)/y;
const LINE_END = /\r\n|\r|\n/g;

/**
 * Whether the document's first line (after a byte-order mark) is a fence that opens a
 * frontmatter, closed or not; `FENCE.lastIndex` is then where the next line starts.
 */
export function opensFrontmatter(doc: string): boolean {
  FENCE.lastIndex = doc.charCodeAt(0) === 0xfeff ? 1 : 0;
  return FENCE.test(doc) && /[\r\n]$/.test(doc.slice(0, FENCE.lastIndex));
}

/**
 * Where the YAML frontmatter ends (0 without one), by micromark's rule
 * (`micromark-extension-frontmatter`): a fence on the first line, and another at the start of a
 * later line; no closing fence, no frontmatter. Markdown starts after it. A byte-order mark
 * before the first fence is skipped, as micromark skips it.
 */
export function frontmatterEnd(doc: string): number {
  if (!opensFrontmatter(doc)) return 0;
  LINE_END.lastIndex = FENCE.lastIndex;
  for (let line = FENCE.lastIndex; line < doc.length; line = LINE_END.lastIndex) {
    FENCE.lastIndex = line;
    if (FENCE.test(doc)) return FENCE.lastIndex;
    if (!LINE_END.exec(doc)) return 0;
  }
  return 0;
}
