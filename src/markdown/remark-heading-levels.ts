/**
 * An explainer's title is its page's one top-level heading (`<h1>`). A top-level heading in its
 * text (`# …`, or a line underlined with `===`) would be a second, and a screen reader's outline
 * of the page would have two tops: a warning at each, and the text's headings are shown one level
 * down (`#` as `<h2>`, `##` as `<h3>`… to `<h6>`), so the hierarchy the editor wrote stays under
 * the title. A text whose headings start at `##` is shown as written. Raw HTML's `<h1>` gets the
 * same warning; the renderer shows it as `<h2>` (`render-html.ts`).
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { reporter } from '../contract/messages.ts';
import { cutText } from '../contract/text.ts';
import { withoutComments } from './render-html.ts';
import { visit } from './walk.ts';

const report = reporter('remark-heading-levels');

/** Raw HTML that opens an `<h1>`, outside HTML comments. */
const RAW_H1 = /<h1[\s>/]/i;

export default function remarkHeadingLevels() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = [];
    visit(tree, (node) => {
      if (node.type === 'heading') {
        headings.push(node);
        if (node.depth === 1)
          report(file, {
            reason: `Unexpected top-level heading “${cutText(toString(node), 60)}” in the text, expected \`##\` or deeper: the title is the page’s top heading`,
            ruleId: 'heading-level',
            place: node,
            hint: 'Write `## ` before it (a line underlined with `===` is top-level too: underline it with `---`). Until then the page shows every heading of this text one level down.',
          });
      } else if (node.type === 'html' && RAW_H1.test(withoutComments(node.value)))
        report(file, {
          reason:
            'Unexpected `<h1>` in raw HTML, expected `<h2>` or lower: the title is the page’s top heading',
          ruleId: 'heading-level',
          place: node,
          hint: 'The page shows it as `<h2>`. Write it as a Markdown heading, `## …`.',
        });
    });
    if (headings.some((heading) => heading.depth === 1))
      for (const heading of headings)
        heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
  };
}
