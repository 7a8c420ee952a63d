/**
 * The lines of Astro's output that `npm run build` reads as they pass: kept apart from
 * `page-failures.ts`, which loads the pipeline to name the explainer file, so that a build loads
 * that only when a page failed.
 */

/** Astro's line for a page that threw while rendering: its path and the error. */
export const RENDER_FAILURE = /Caught error rendering (\/\S*): (.*)$/;
/** A line of a stack trace, or the heading Astro puts above one. */
export const STACK_FRAME = /^\s+(?:at |Stack trace:)/;
