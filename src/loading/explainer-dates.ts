/**
 * When each explainer last changed, for the sitemap's `lastmod` (`astro.config.mjs`): its
 * `updated` date, else its `published` date. Files that cannot be read, drafts, scheduled
 * explainers and files with frontmatter errors are left out (they have no page, or the build
 * fails on them anyway).
 *
 * This runs when the config loads, before every build and dev start, on every file. Most
 * frontmatter writes the three fields on plain lines of their own (`published: 2026-10-14`), and
 * those are read from the lines (`plainFields`); any other frontmatter (quoted or commented in
 * other ways, flow style, a field given twice) goes through the pipeline's own frontmatter plugins.
 * Parsing every file's YAML and checking it with zod took 2–5 s of each build's start-up at
 * 1,000 explainers; the lines take milliseconds.
 */
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { frontmatterEnd } from '../markdown/frontmatter-end.ts';
import remarkFrontmatterSchema from '../markdown/remark-frontmatter-schema.ts';
import { slugFromPath } from '../markdown/ids.ts';
import { isCalendarDate, unpublished } from '../contract/frontmatter.ts';
import { listExplainerFiles, readExplainerSource } from './explainer-files.ts';

/** The frontmatter block at the start of a file (up to its closing `---`), or the whole text. */
function frontmatterBlock(text: string): string {
  const end = frontmatterEnd(text);
  return end > 0 ? text.slice(0, end) : text;
}

/** A top-level `published:`, `updated:` or `draft:` line (YAML keys at column 0 are top-level). */
const FIELD_LINE = /^(published|updated|draft)[ \t]*:(.*)$/gm;
/** Its value when it is plain: a date or a boolean, optionally quoted, optionally with a comment. */
const PLAIN_VALUE = /^[ \t]+(["']?)(\d{4}-\d{2}-\d{2}|true|false)\1[ \t]*(?:#.*)?$/;

/** What decides whether and when an explainer is on the site, as its frontmatter gives it. */
export interface Dates {
  published: string;
  updated?: string;
  draft?: boolean;
}

/**
 * The dates and draft flag from the frontmatter block's own lines, or `undefined` when the lines
 * are not plain enough to read this way (the caller then parses the YAML).
 */
export function plainFields(block: string): Dates | undefined {
  const fields = new Map<string, string>();
  for (const [, key, rest] of block.matchAll(FIELD_LINE)) {
    const value = PLAIN_VALUE.exec(rest!)?.[2];
    if (value === undefined || fields.has(key!)) return undefined;
    fields.set(key!, value);
  }
  const { published, updated, draft } = Object.fromEntries(fields);
  const isDate = (value: string | undefined) => value !== undefined && isCalendarDate(value);
  if (!isDate(published) || (updated !== undefined && !isDate(updated))) return undefined;
  if (draft !== undefined && draft !== 'true' && draft !== 'false') return undefined;
  return { published: published!, ...(updated ? { updated } : {}), draft: draft === 'true' };
}

/**
 * Slug → the dates of each of these explainer files whose frontmatter can be read (files that
 * cannot be read, and frontmatter with errors, are left out: the loader and `check` report them).
 */
export function frontmatterDates(files: Iterable<string>): Map<string, Dates> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkFrontmatterSchema);
  const all = new Map<string, Dates>();
  for (const filePath of files) {
    const source = readExplainerSource(filePath);
    if (source.unreadable) continue;
    const block = frontmatterBlock(source.value);
    const plain = block.startsWith('---') ? plainFields(block) : undefined;
    if (plain) {
      all.set(slugFromPath(filePath), plain);
      continue;
    }
    const file = new VFile({ path: filePath, value: block });
    processor.runSync(processor.parse(file), file);
    const frontmatter = file.data.frontmatter;
    if (frontmatter) all.set(slugFromPath(filePath), frontmatter);
  }
  return all;
}

/**
 * Slug → the date (`YYYY-MM-DD`) each explainer on the site was last updated or published: not
 * drafts, nor explainers dated after today (scheduled: no page yet).
 */
export function explainerDates(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let files: string[];
  try {
    files = listExplainerFiles(path.join(contentDir, 'explainers'));
  } catch {
    // No explainers folder: the loader reports it.
    return dates;
  }
  for (const [slug, fields] of frontmatterDates(files))
    if (!unpublished(fields)) dates.set(slug, fields.updated ?? fields.published);
  return dates;
}

/** The newest of some dates (`YYYY-MM-DD` strings sort as dates). */
export const newestDate = (dates: Iterable<string>) => [...dates].sort().at(-1);
