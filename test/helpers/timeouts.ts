/**
 * Explicit timeouts for the tests that spawn a build or a browser. They only catch a hang: on a
 * loaded 2-core machine one Astro build of the sample site can take minutes, so no verdict may
 * hang on how fast it is.
 */
/** One Astro build (or the shared sample site's), or starting `astro dev`. */
export const BUILD_TIMEOUT = 600_000;
/** Starting Chromium, or one step in it that waits for a page to change. */
export const BROWSER_TIMEOUT = 120_000;
/**
 * A test that does much work in its own process (thousands of generated documents through the
 * pipeline): under a load of many times the cores, minutes of it can become tens of minutes.
 */
export const WORK_TIMEOUT = 1_800_000;
