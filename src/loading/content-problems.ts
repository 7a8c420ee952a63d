/**
 * Content errors in the dev server (`npm run dev`). A build stops on the first broken file; the
 * dev server must keep running while the editor fixes it, and show the error in the browser, not
 * only in the terminal. So in dev the loaders keep the last good version of a broken explainer,
 * publish the errors to a collection of their own, `contentProblems` (one entry, `current`,
 * holding them all in order), and `ContentProblems.astro` (on the home and explainer pages) throws
 * them as an error carrying the file, line and column, which Astro's dev overlay shows with the
 * offending lines of the file: an explainer's errors on its own page, the settings files' on every
 * page. In a build the collection stays empty.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { publishCollection } from './live-content.ts';

/** The collection's name (in `src/content.config.ts`). */
export const PROBLEMS_COLLECTION = 'contentProblems';

/** The id of the one entry of the `contentProblems` collection. */
export const PROBLEMS_ENTRY_ID = 'current';

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

/** Which loader found a set of problems; each replaces its own set when it loads again. */
export type ProblemOrigin = 'settings' | 'explainers';

/**
 * The errors each loader found in dev, published together once the `contentProblems` loader has
 * given us its store. The entry is always there in dev, empty when all is well, so the pages'
 * query never finds the collection empty.
 */
const devProblems = {
  byOrigin: new Map<ProblemOrigin, Problem[]>(),
  store: undefined as LoaderContext['store'] | undefined,
  flush() {
    const problems = [...this.byOrigin.values()].flat();
    if (!this.store) return;
    this.store.set({ id: PROBLEMS_ENTRY_ID, data: { problems } });
    publishCollection(PROBLEMS_COLLECTION, [{ id: PROBLEMS_ENTRY_ID, data: { problems } }]);
  },
};

/** Replace the problems `origin` found (dev only), and show the current set on the pages. */
export function publishProblems(origin: ProblemOrigin, problems: Problem[]): void {
  devProblems.byOrigin.set(origin, problems);
  devProblems.flush();
}

/** The `contentProblems` collection: filled in the dev server only. */
export function problemsLoader(): Loader {
  return {
    name: 'content-problems-loader',
    load: async ({ store, watcher }) => {
      store.clear();
      if (watcher === undefined) return;
      devProblems.store = store;
      devProblems.flush();
    },
  };
}

/**
 * The name of a content error without its message. Astro's build replaces the hint of an error
 * whose `toString()` contains "document" or "window" with advice about browser APIs in
 * components; an editor's message may well say "documented fields" or "window" and must keep
 * its own hint.
 */
export function contentErrorName(this: Error): string {
  return this.name;
}

/** Thrown while rendering a page in dev when content has errors; Astro shows it in its overlay. */
export class ContentProblemsError extends Error {
  override name = 'ContentError';
  /** Read by Astro's dev overlay: the place it shows and takes its code frame from. */
  loc: { file: string; line: number; column: number };
  hint = 'Fix the file and save it: the page reloads by itself.';
  override toString = contentErrorName;
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
