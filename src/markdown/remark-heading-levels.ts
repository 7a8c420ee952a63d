/**
 * An explainer's title is its page's one top-level heading (`<h1>`). A top-level heading in its
 * text (`# …`, or a line underlined with `===`) would be a second, and a screen reader's outline
 * of the page would have two tops: a warning at each, and the text's headings are shown one level
 * down (`#` as `<h2>`, `##` as `<h3>`… to `<h6>`), so the hierarchy the editor wrote stays under
 * the title. A text whose headings start at `##` is shown as written. Raw HTML's `<h1>` gets the
 * same warning; the renderer shows it as `<h2>` (`render-html.ts`). A comment is decided on its
 * own, the same way: its headings are shown in its note, not in the text's outline.
 */
import type { Heading, Html, Root } from 'mdast';
import type { Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { reporter } from '../contract/messages.ts';
import { cutText } from '../contract/text.ts';
import { withoutComments } from './render-html.ts';
import { SKIP, visit } from './walk.ts';

const report = reporter('remark-heading-levels');

/** Raw HTML that opens an `<h1>`, outside HTML comments. */
const RAW_H1 = /<h1[\s>/]/i;

export default function remarkHeadingLevels() {
  return (tree: Root, file: VFile) => levelHeadings(tree, file, 'text');
}

/**
 * Warn about the top-level headings of `root`, and move all its headings one level down when it
 * has one. The text and each comment are decided apart (a comment is shown in the notes column,
 * not in the text's outline): a `#` in a comment moves only that comment's headings.
 */
function levelHeadings(root: Parent, file: VFile, where: 'text' | 'comment'): void {
  const headings: Heading[] = [];
  const inWhat = where === 'text' ? 'the text' : 'a comment';
  visit(root, (node) => {
    if (node.type === 'comment' && node !== root) {
      levelHeadings(node as Parent, file, 'comment');
      return SKIP;
    }
    if (node.type === 'heading') {
      const heading = node as Heading;
      headings.push(heading);
      if (heading.depth === 1)
        report(file, {
          reason: `Unexpected top-level heading “${cutText(toString(heading), 60)}” in ${inWhat}, expected \`##\` or deeper: the title is the page’s top heading`,
          ruleId: 'heading-level',
          place: heading,
          hint: `Write \`## \` before it (a line underlined with \`===\` is top-level too: underline it with \`---\`). Until then the page shows every heading of this ${where} one level down.`,
        });
    } else if (node.type === 'html' && RAW_H1.test(withoutComments((node as Html).value)))
      report(file, {
        reason:
          'Unexpected `<h1>` in raw HTML, expected `<h2>` or lower: the title is the page’s top heading',
        ruleId: 'heading-level',
        place: node,
        hint: 'The page shows it as `<h2>`. Write it as a Markdown heading, `## …`.',
      });
    return undefined;
  });
  if (headings.some((heading) => heading.depth === 1))
    for (const heading of headings)
      heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
}
