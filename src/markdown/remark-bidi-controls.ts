/**
 * Bidirectional controls left open. An embedding, override or isolate (U+202A–U+202E,
 * U+2066–U+2068) holds until its closing mark (U+202C, U+2069) or the end of the paragraph, so
 * one left open in a claim, a name or a title reverses or reorders every word after it on the
 * page, in words the source never had ("Trojan Source"); text copied from a PDF or a chat brings
 * them in unseen. An error at the opening mark of each line that ends with one open. Balanced
 * pairs, and right-to-left text without controls (browsers order it themselves), pass.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reporter } from '../contract/messages.ts';
import { codePointName } from '../contract/settings.ts';

const report = reporter('remark-bidi-controls');

const ANY = /[\u202A-\u202E\u2066-\u2069]/;
const CONTROL = /[\u202A-\u202E\u2066-\u2069]|\r\n|[\n\r]/g;

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

/** Offsets of the opening marks still open at each line's end, one per line. */
export function openBidiControls(text: string): number[] {
  if (!ANY.test(text)) return [];
  const open: number[] = [];
  let stack: number[] = [];
  const endLine = () => {
    if (stack.length > 0) open.push(stack[0]!);
    stack = [];
  };
  for (const match of text.matchAll(CONTROL)) {
    const mark = match[0];
    const at = match.index;
    if (mark === '\u202C' || mark === '\u2069') {
      // A closing mark closes the last opening of its kind (Unicode's rule, simplified: an
      // isolate's close also closes the embeddings opened inside it).
      const last = stack.findLastIndex((i) => isIsolate(text[i]!) === (mark === '\u2069'));
      if (last >= 0) stack.length = last;
    } else if (NAMES[mark]) stack.push(at);
    else endLine();
  }
  endLine();
  return open;
}

const remarkBidiControls: Plugin<[], Root> = () => (_tree, file: VFile) => {
  const text = String(file.value);
  const open = openBidiControls(text);
  if (open.length === 0) return;
  const place = location(file);
  for (const offset of open) {
    const mark = text[offset]!;
    report(file, {
      reason: `Unexpected ${NAMES[mark]} (${codePointName(mark)}) left open, expected its closing mark on the same line: it reorders the text after it on the page`,
      ruleId: 'bidi-control',
      place: place.toPoint(offset),
      severity: 'error',
      hint: `Delete the invisible character (text copied from a PDF or a chat often brings it), or close it right after the words it is for with ${isIsolate(mark) ? 'U+2069' : 'U+202C'}. Right-to-left words need no control: browsers order them by themselves.`,
    });
  }
};

export default remarkBidiControls;
