/**
 * When each explainer last changed, for the sitemap's `lastmod` (`astro.config.mjs`): its
 * `updated` date, else its `published` date, read from the frontmatter by the pipeline's own
 * frontmatter plugins. Files that cannot be read, drafts and files with frontmatter errors are
 * left out (they have no page, or the build fails on them anyway).
 */
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkFrontmatterSchema from '../markdown/remark-frontmatter-schema.ts';
import { slugFromPath } from '../markdown/pipeline.ts';
import { listExplainerFiles, readExplainerSource } from './explainer-files.ts';

/** The frontmatter block at the start of a file (up to its closing `---`), or the whole text. */
function frontmatterBlock(text: string): string {
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return close ? text.slice(0, 3 + close.index + close[0].length) : text;
}

/** Slug → the date (`YYYY-MM-DD`) the explainer was last updated or published. */
export function explainerDates(contentDir: string): Map<string, string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkFrontmatterSchema);
  const dates = new Map<string, string>();
  let files: string[];
  try {
    files = listExplainerFiles(path.join(contentDir, 'explainers'));
  } catch {
    // No explainers folder: the loader reports it.
    return dates;
  }
  for (const filePath of files) {
    const source = readExplainerSource(filePath);
    if (source.unreadable) continue;
    const file = new VFile({ path: filePath, value: frontmatterBlock(source.value) });
    processor.runSync(processor.parse(file), file);
    const frontmatter = file.data.frontmatter;
    if (!frontmatter || frontmatter.draft) continue;
    dates.set(slugFromPath(filePath), frontmatter.updated ?? frontmatter.published);
  }
  return dates;
}

/** The newest of some dates (`YYYY-MM-DD` strings sort as dates). */
export const newestDate = (dates: Iterable<string>) => [...dates].sort().at(-1);
