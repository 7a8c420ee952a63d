/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page is copied from
 * the previous build, not rendered again, when its key and its code are unchanged. A key must
 * cover every piece of data the page shows; Astro itself tracks the code.
 */
import { createHash } from 'node:crypto';

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * The digest of each object part's JSON, worked out once per object: the site settings are part
 * of every page's key, and stringifying them for each of thousands of pages was most of the keys'
 * cost. Only the digest is kept, not the JSON: a person's or a rating's page has every quotation
 * or claim it lists as a part, and their JSON, kept as long as the route's props (the whole
 * build), was a quarter of the live heap of the pages phase (85 MB at 2,000 explainers). Parts
 * are data a build reads and never changes, so an object's digest stays valid.
 */
const digestOf = new WeakMap<object, string>();
function digest(part: unknown): string {
  if (typeof part !== 'object' || part === null) return sha1(JSON.stringify(part) ?? 'undefined');
  let known = digestOf.get(part);
  if (known === undefined) digestOf.set(part, (known = sha1(JSON.stringify(part))));
  return known;
}

/** A short digest of the given values (JSON-serialisable). */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(digest(part)).update('\u0000');
  return hash.digest('base64url');
}
