import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isCalendarDate } from '../contract/frontmatter.ts';
import { isSlug, slugOf } from './write-explainer.ts';

/** The shape of one `explainer` sub-command. */
export interface Command {
  /** One line for the usage listing. */
  summary: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/**
 * Parse a command's arguments with node:util's parseArgs. On `--help` prints the usage and
 * returns 0; on arguments it cannot parse prints why and the usage and returns 2. The caller
 * returns a number as its exit code.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageError((error as Error).message, usage);
  }
  if ((parsed.values as { help?: unknown }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}

/** Print why a call is wrong, then the usage; returns the exit code for a bad call (2). */
export function usageError(reason: string, usage: string): number {
  console.error(`${reason}\n\n${usage}`);
  return 2;
}

/** A path as messages show it: relative to the working folder. */
export const shownPath = (filePath: string) => path.relative(process.cwd(), filePath) || filePath;

/** What is wrong with a `--date` option (a YYYY-MM-DD date), if anything. */
export function dateProblem(date: string | undefined): string | undefined {
  if (date === undefined || isCalendarDate(date)) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `Unexpected --date \`${date}\`, expected a day that exists in the calendar`
    : `Unexpected --date \`${date}\`, expected YYYY-MM-DD`;
}

/**
 * What is wrong with a slug given as `label` (`slug`, `--slug`), if anything, with the slug its
 * words make when they make one ("Ferry Fares!": `ferry-fares`).
 */
export function slugProblem(label: string, slug: string): string | undefined {
  if (isSlug(slug)) return undefined;
  const words = slugOf(slug);
  const example = words ? `, such as \`${words}\`` : '';
  return `Unexpected ${label} \`${slug}\`, expected lowercase words joined by hyphens${example}`;
}

/** Where a new explainer goes: in `--out`, else the content folder's explainers/. */
export function newExplainerPath(
  out: string | undefined,
  contentDir: string,
  slug: string,
): { target: string; shown: string } {
  const target = path.resolve(out ?? path.join(contentDir, 'explainers'), `${slug}.md`);
  return { target, shown: shownPath(target) };
}
