/**
 * The last word on directive markup: none of it may reach a page as text. After our directives
 * have become claims, quotations and comments and every other directive its text again, a text
 * node that still holds `:claim[`, `:::comment`, a lone `:::` fence or an attribute block
 * (`]{#id by=…}`) is markup the editor wrote and the parser did not read as they meant: an error
 * at that place, never a page that shows it. Markup escaped on purpose (`\:claim[`) or in code
 * spans is text, as written.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visitParents } from './walk.ts';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reporter } from '../contract/messages.ts';

const report = reporter('remark-markup-leak');

/** Markup of our directives, as it would show on the page. */
const LEAKS: Array<{ pattern: RegExp; what: string }> = [
  {
    pattern: /(?<![\p{L}\p{N}\\:]):{1,3}(?:claim|quote|comment)(?=[[{\s]|$)/u,
    what: 'directive',
  },
  { pattern: /(?:^|\n)[ \t]*:{3,}/, what: 'fence' },
  {
    pattern: /\{#[\p{L}\p{N}_-]+[^{}\n]*\}?|\{[^{}\n]*\b(?:by|rating|on)=[^{}\n]*\}?/u,
    what: 'attributes',
  },
];

const HINT: Record<string, string> = {
  directive:
    'Write a claim as :claim[the words]{#id rating=…}, a quotation as :quote["the words"]{by="Who"} and a comment as :::comment on a line of its own; to show this as text, put a backslash before the colon.',
  fence:
    'A `:::` line closes a `:::comment`: open one above it, or delete the line; to show colons as text, put a backslash before the first.',
  attributes:
    'Attributes in `{…}` belong right after `:claim[…]` or `:quote[…]`, with straight quotes: {#id by="Who said it" rating=…}.',
};

export default function remarkMarkupLeak() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const place = location(file);
    const skip = file.data.brokenDirectives;
    visitParents(tree, 'text', (node, ancestors) => {
      if (skip?.has(node)) return;
      for (const { pattern, what } of LEAKS) {
        const match = pattern.exec(node.value);
        if (!match) continue;
        const found = match[0].replace(/^\n/, '').trimStart();
        // The place in the file: the text node's own, or the nearest block's that has one.
        const holder = [node, ...ancestors.toReversed()].find(
          (n: Node) => n.position?.start.offset !== undefined,
        );
        const from = holder?.position?.start.offset ?? 0;
        const at = source.indexOf(found, from);
        if (at > 0 && source[at - 1] === '\\') continue; // escaped on purpose
        report(file, {
          reason: `Unexpected \`${found.slice(0, 40)}\` in the text, expected it to be read as ${what === 'attributes' ? 'the attributes of a `:claim` or `:quote`' : what === 'fence' ? 'the end of a `:::comment`' : 'a claim, quotation or comment'}: it would show on the page`,
          ruleId: 'directive-syntax',
          place: (at >= 0 ? place.toPoint(at) : undefined) ??
            holder?.position?.start ?? { line: 1, column: 1 },
          severity: 'error',
          hint: HINT[what],
        });
        return;
      }
    });
  };
}
