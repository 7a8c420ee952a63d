/**
 * Unchanged pages linked, not copied, in a rebuild. Astro's incremental build
 * (`experimental.incrementalBuild`) keeps a copy of every page it writes in its cache folder
 * (`<cacheDir>/dist/`), and a rebuild copies each page it can skip from there into the new
 * output. At 1,000 realistic explainers that is 3,873 files and 160 MB for one changed explainer.
 * A hard link gives the same file without writing its bytes again; where one cannot be made (the
 * cache and the output on different disks), the page is copied as before.
 *
 * Safe for the last good output: no file that may be linked is ever written in place. Astro writes
 * a page it renders into a new file (the build script's output folder is new, and Astro empties
 * `outDir` before it writes), and the cache's copy of a page is removed before Astro writes it
 * again, so the new bytes go to a new file and an earlier output that shares the old one keeps it.
 *
 * Astro's cache class is not in its public API. If the class, its two methods or its folder are
 * not where this expects them, nothing is linked and Astro copies or renders the pages as before;
 * `test/site/incremental.test.ts` fails then (it checks that a restored page is a link, and that
 * an output that shares a file with the cache is unchanged by a later build).
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface CacheSettings {
  config: { cacheDir: URL };
}

interface IncrementalBuildCache {
  restoreOutputFile(settings: CacheSettings, outputFile: string, to: URL): Promise<boolean>;
  writeOutputFile(settings: CacheSettings, outputFile: string, body: unknown): Promise<void>;
}

/** Where Astro keeps its copy of an output file (its `getCachedOutputFile`). */
const cachedFile = (settings: CacheSettings, outputFile: string) =>
  new URL(outputFile, new URL('dist/', settings.config.cacheDir));

const LINKING = Symbol.for('explainers.linkedRestores');

/** Make Astro's incremental build link the pages it restores; false when Astro's cache is not found. */
export async function linkRestoredPages(): Promise<boolean> {
  const astro = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const file = pathToFileURL(path.join(astro, 'dist/core/build/incremental.js')).href;
  const cache = await import(file).catch(() => undefined);
  const proto = (cache as { IncrementalBuildCache?: { prototype: IncrementalBuildCache } })
    ?.IncrementalBuildCache?.prototype as
    (IncrementalBuildCache & Record<symbol, true>) | undefined;
  if (typeof proto?.restoreOutputFile !== 'function' || typeof proto.writeOutputFile !== 'function')
    return false;
  if (proto[LINKING]) return true; // (the config is loaded again on a restart of `astro dev`)
  proto[LINKING] = true;
  // The folders each build (each cache object) has made, as Astro's own `#ensureDir` keeps them.
  const made = new WeakMap<IncrementalBuildCache, Set<string>>();
  proto.restoreOutputFile = async function (this: IncrementalBuildCache, settings, outputFile, to) {
    const from = cachedFile(settings, outputFile);
    if (!existsSync(from)) return false;
    const folder = new URL('./', to).href;
    const folders = made.get(this) ?? new Set();
    made.set(this, folders);
    if (!folders.has(folder)) {
      await mkdir(new URL(folder), { recursive: true });
      folders.add(folder);
    }
    await link(from, to).catch(() => copyFile(from, to));
    return true;
  };
  const write = proto.writeOutputFile;
  proto.writeOutputFile = async function (this: IncrementalBuildCache, settings, outputFile, body) {
    await rm(cachedFile(settings, outputFile), { force: true });
    return write.call(this, settings, outputFile, body);
  };
  return true;
}
