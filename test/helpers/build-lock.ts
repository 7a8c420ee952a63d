/**
 * One Astro build at a time in a test run, across the two test files that run at once: Astro
 * bundles the pages to prerender into the project's `.astro/.prerender/`, whatever the cache and
 * output folders, and a second build clears it under the first (seen as "Cannot find module
 * .astro/.prerender/chunks/…" in a run). Everything else the test files do still runs in
 * parallel. The lock is a folder in the run's temporary folder (`global-setup.ts`), so a lock
 * left by a killed run goes with it.
 */
import { mkdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Run `build` (a synchronous spawn) while no other test process builds. */
export function oneBuildAtATime<T>(build: () => T): T {
  const lock = path.join(tmpdir(), 'astro-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      Atomics.wait(pause, 0, 0, 200); // a synchronous wait: the builds are spawned synchronously
    }
  }
  try {
    return build();
  } finally {
    rmdirSync(lock);
  }
}
