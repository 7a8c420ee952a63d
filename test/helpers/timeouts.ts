/**
 * Explicit timeouts for the tests that spawn a build or a browser. They only catch a hang: on a
 * loaded 2-core machine one Astro build of the sample site can take minutes, so no verdict may
 * hang on how fast it is.
 */
/** One Astro build (or the shared sample site's), or starting `astro dev`. */
export const BUILD_TIMEOUT = 600_000;
/** Starting Chromium, or one step in it that waits for a page to change. */
export const BROWSER_TIMEOUT = 120_000;
