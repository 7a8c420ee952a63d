/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page is copied from
 * the previous build, not rendered again, when its key and its code are unchanged. A key must
 * cover every piece of data the page shows; Astro itself tracks the code.
 */
import { createHash } from 'node:crypto';

/**
 * The JSON of each object part, worked out once per object: the site settings are part of every
 * page's key, and stringifying them for each of thousands of pages was most of the keys' cost.
 * Parts are data a build reads and never changes, so an object's JSON stays valid.
 */
const jsonOf = new WeakMap<object, string>();
function json(part: unknown): string {
  if (typeof part !== 'object' || part === null) return JSON.stringify(part) ?? 'undefined';
  let text = jsonOf.get(part);
  if (text === undefined) jsonOf.set(part, (text = JSON.stringify(part)));
  return text;
}

/** A short digest of the given values (JSON-serialisable). */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(json(part)).update('\u0000');
  return hash.digest('base64url');
}
