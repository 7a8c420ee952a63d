/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page is copied from
 * the previous build, not rendered again, when its key and its code are unchanged. A key must
 * cover every piece of data the page shows; Astro itself tracks the code.
 */
import { createHash } from 'node:crypto';

/** A short digest of the given values (JSON-serialisable). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}
