import type { SitePath } from '../contract/site-paths.ts';

/**
 * The absolute URL of a place on the site, made by the caller (which knows the base path and
 * the host): `src/views/paths.ts` for the pages.
 */
export type SiteUrls = (path: SitePath) => string;
