/**
 * An explainer to be published may not hold the placeholders `explainer new` and `import` write
 * (`TODO` notes and values, "Unknown publisher", the scaffold's sample paragraphs): an error at
 * each, so an unreviewed file never goes live; nor be without any text of its source (a body
 * left empty, or holding only an HTML comment), which would publish a page of nothing to read.
 * Drafts may do either. In the dev server (`preview`) they are warnings, so the editor sees the
 * page while filling it in.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { reporter } from '../contract/messages.ts';
import { withoutComments } from './render-html.ts';

const report = reporter('remark-placeholders');
import { BODY_PLACEHOLDERS, TODO, UNKNOWN_PUBLISHER } from '../contract/placeholders.ts';

export interface PlaceholderOptions {
  /** True in the dev server: placeholders are warnings. */
  preview?: boolean;
}

export default function remarkPlaceholders(options: PlaceholderOptions = {}) {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.frontmatter;
    const yaml = tree.children[0];
    if (!frontmatter || frontmatter.draft || yaml?.type !== 'yaml') return;
    const found = (what: string, place: Point | undefined) =>
      report(file, {
        reason: `Unexpected placeholder \`${what.trim().replace(/["']$/, '').slice(0, 60)}\` in an explainer to be published, expected the editor's own text`,
        ruleId: 'placeholder',
        place: place ?? { line: 1, column: 1 },
        severity: options.preview ? 'warning' : 'error',
        hint: 'Fill it in and delete the TODO notes; until the explainer is reviewed, keep `draft: true`.',
      });
    // The YAML's lines start on the line after the opening `---`.
    const first = (yaml.position?.start.line ?? 1) + 1;
    yaml.value.split(/\r\n|\r|\n/).forEach((line, index) => {
      const todo = TODO.exec(line);
      const publisher = /^\s*publisher:\s*["']?(Unknown publisher)/.exec(line);
      if (todo) found(line.slice(todo.index), { line: first + index, column: todo.index + 1 });
      else if (publisher && frontmatter.source.publisher === UNKNOWN_PUBLISHER)
        found(UNKNOWN_PUBLISHER, { line: first + index, column: line.indexOf('Unknown') + 1 });
    });
    for (const node of tree.children) {
      const text = node.type === 'paragraph' || node.type === 'comment' ? toString(node) : '';
      if (BODY_PLACEHOLDERS.some((p) => text.trimStart().startsWith(p)))
        found(text, node.position?.start);
    }
    // Text a reader would see: anything but the frontmatter and HTML comments.
    const shown = tree.children.some((node) =>
      node.type === 'html'
        ? withoutComments(node.value).trim() !== ''
        : node.type !== 'yaml' && toString(node).trim() !== '',
    );
    if (!shown)
      report(file, {
        reason:
          'Missing source text in an explainer to be published, expected the text it explains after the frontmatter',
        ruleId: 'missing-text',
        // The line after the frontmatter, or its last when the file ends there.
        place: {
          line: Math.min(
            (yaml.position?.end.line ?? 0) + 1,
            String(file.value).split(/\r\n|\r|\n/).length,
          ),
          column: 1,
        },
        severity: options.preview ? 'warning' : 'error',
        hint: 'Paste the article, speech or statement below the closing `---` (`explainer import` makes an explainer from a text file); until then, keep `draft: true`.',
      });
  };
}
