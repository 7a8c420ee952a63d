/**
 * Content errors in the dev server (`npm run dev`). A build stops on the first broken file; the
 * dev server must keep running while the editor fixes it, and show the error in the browser, not
 * only in the terminal. So in dev the loaders keep the last good version of a broken explainer,
 * store the errors as one entry of the `settings` collection, and `ContentProblems.astro` (on the
 * home and explainer pages) throws them as an error carrying the file, line and column, which
 * Astro's dev overlay shows with the offending lines of the file: an explainer's errors on its
 * own page, the settings files' on every page.
 */
import { z } from 'zod';

/** The id of the entry, in the `settings` collection, that holds the current errors. */
export const PROBLEMS_ENTRY_ID = 'content-problems';

export const problemSchema = z.object({
  /** Absolute path of the file. */
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  /** The whole message as the terminal prints it: `file:line:column  error  reason  rule-id`. */
  text: z.string(),
  /** The explainer the file is, if it is one: its problems show on its page only. */
  slug: z.string().optional(),
});
export const problemsEntrySchema = z.object({ problems: z.array(problemSchema) });
export type Problem = z.output<typeof problemSchema>;

/** Thrown while rendering a page in dev when content has errors; Astro shows it in its overlay. */
export class ContentProblemsError extends Error {
  override name = 'ContentError';
  /** Read by Astro's dev overlay: the place it shows and takes its code frame from. */
  loc: { file: string; line: number; column: number };
  hint = 'Fix the file and save it: the page reloads by itself.';
  constructor(problems: readonly Problem[]) {
    const first = problems[0]!;
    super(
      `Content has ${problems.length} error${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => p.text).join('\n')}`,
    );
    this.loc = { file: first.file, line: first.line, column: first.column };
    // The places that matter are the content's, and they are in the message.
    this.stack = undefined;
  }
}

/**
 * Throw the stored problems that concern a page, if any (the data of the problems entry,
 * unchecked): the settings files' on every page, an explainer's only on its own page (`slug`).
 * Every other page stays up, with the last good version of the broken explainer.
 */
export function throwContentProblems(data: unknown, slug?: string): void {
  const parsed = problemsEntrySchema.safeParse(data);
  const shown = parsed.success
    ? parsed.data.problems.filter((p) => p.slug === undefined || p.slug === slug)
    : [];
  if (shown.length > 0) throw new ContentProblemsError(shown);
}
