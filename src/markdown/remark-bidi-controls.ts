/**
 * Bidirectional controls left open. An embedding, override or isolate (U+202A–U+202E,
 * U+2066–U+2068) holds until its closing mark (U+202C, U+2069) or the end of its paragraph, so
 * one left open in a claim, a name or a title reverses or reorders every word after it on the
 * page, in words the source never had ("Trojan Source"); text copied from a PDF or a chat brings
 * them in unseen. An error at the opening mark, for each paragraph, heading, table cell or code
 * block of the body (what a browser orders as one paragraph, over however many lines it is
 * written), and for each text of the frontmatter (at its field). Balanced pairs, and
 * right-to-left text without controls (browsers order it themselves), pass.
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reporter } from '../contract/messages.ts';
import { codePointName } from '../contract/settings.ts';
import { SKIP, visit } from './walk.ts';
import { yamlPointOf } from './yaml-place.ts';

const report = reporter('remark-bidi-controls');

const ANY = /[\u202A-\u202E\u2066-\u2069]/;
const CONTROL = new RegExp(ANY.source, 'g');

const NAMES: Record<string, string> = {
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first-strong isolate',
};
const isIsolate = (mark: string) => mark >= '\u2066';

/** The offset of the first opening mark in `text` that is never closed, if there is one. */
export function openBidiControl(text: string): number | undefined {
  if (!ANY.test(text)) return undefined;
  const stack: number[] = [];
  for (const match of text.matchAll(CONTROL)) {
    const mark = match[0];
    if (mark === '\u202C' || mark === '\u2069') {
      // A closing mark closes the last opening of its kind (Unicode's rule, simplified: an
      // isolate's close also closes the embeddings opened inside it).
      const last = stack.findLastIndex((i) => isIsolate(text[i]!) === (mark === '\u2069'));
      if (last >= 0) stack.length = last;
    } else stack.push(match.index);
  }
  return stack[0];
}

/** The frontmatter's texts that hold a control, each with its path. */
function textsWithControls(
  value: unknown,
  path: Array<string | number> = [],
): Array<[Array<string | number>, string]> {
  if (typeof value === 'string') return ANY.test(value) ? [[path, value]] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    textsWithControls(item, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/** What a browser orders as one paragraph (a leaf directive: a stand-off note's words). */
const PARAGRAPHS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html', 'leafDirective']);

const problem = (file: VFile, mark: string, at: Point | undefined) =>
  report(file, {
    reason: `Unexpected ${NAMES[mark]} (${codePointName(mark)}) left open, expected its closing mark: it reorders the text after it on the page`,
    ruleId: 'bidi-control',
    place: at,
    severity: 'error',
    hint: `Delete the invisible character (text copied from a PDF or a chat often brings it), or close it right after the words it is for with ${isIsolate(mark) ? 'U+2069' : 'U+202C'}. Right-to-left words need no control: browsers order them by themselves.`,
  });

/**
 * Report each paragraph of `tree` (the parsed text of `file`: an explainer, or a stand-off notes
 * file) that leaves a control open, at its opening mark; and each text of the frontmatter.
 */
export function reportOpenControls(tree: Root, file: VFile): void {
  const text = String(file.value);
  if (!ANY.test(text)) return;
  const place = location(file);
  visit(tree, (node) => {
    if (node.type === 'yaml') {
      const firstLine = (node.position?.start.line ?? 1) + 1;
      for (const [path, value] of textsWithControls(file.data.frontmatter)) {
        const open = openBidiControl(value);
        if (open === undefined) continue;
        const point = yamlPointOf(node.value, path) ?? { line: 0, column: 1 };
        problem(file, value[open]!, { line: firstLine + point.line - 1, column: point.column });
      }
      return;
    }
    if (!PARAGRAPHS.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const open = openBidiControl(text.slice(start, end));
    if (open !== undefined) problem(file, text[start + open]!, place.toPoint(start + open));
    return SKIP;
  });
}

const remarkBidiControls: Plugin<[], Root> = () => (tree, file: VFile) =>
  reportOpenControls(tree, file);

export default remarkBidiControls;
