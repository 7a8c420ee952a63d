/**
 * Pages Astro could not render, told as the editor needs it: each with the explainer file it is
 * made from, in the form of every other message, and without the stack (which `npm run build`
 * leaves out of Astro's output unless EXPLAINERS_DEBUG is set).
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { formatMessage, reporter } from '../contract/messages.ts';
import { listExplainerFiles } from '../loading/explainer-files.ts';
import { slugFromPath } from '../markdown/ids.ts';

const report = reporter('page-failures');

export { RENDER_FAILURE, STACK_FRAME } from './astro-lines.ts';

/**
 * One message per page that failed (`page` → error), at the explainer file the page is made
 * from when it is an explainer's, paths relative to `root`.
 */
export function pageFailures(
  failed: ReadonlyMap<string, string>,
  contentDir: string,
  root: string,
): string {
  const files = new Map(
    listExplainerFiles(path.join(contentDir, 'explainers')).map((file) => [
      slugFromPath(file),
      file,
    ]),
  );
  return [...failed]
    .map(([page, error]) => {
      const slug = /\/explainers\/([^/]+)\//.exec(page)?.[1];
      const file = new VFile({
        path: (slug !== undefined && files.get(decodeURIComponent(slug))) || contentDir,
      });
      const message = report(file, {
        reason: `Unexpected failure rendering the page ${page} (${error}), expected the page to be written`,
        ruleId: 'internal-error',
        place: { line: 1, column: 1 },
        severity: 'error',
        hint: 'This is a bug in the explainer tools, not in your file: please report it with the file attached.',
      });
      return formatMessage(message, path.relative(root, file.path) || file.path);
    })
    .join('\n');
}
