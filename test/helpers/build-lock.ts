/**
 * When a test build may run alongside another. Astro bundles the pages to prerender into
 * `<outDir>/.prerender/` when the output folder is inside the folder it runs from (the project),
 * and otherwise into the project's `.astro/.prerender/`, which every such build shares: a second
 * build clears it under the first (seen as "Cannot find module .astro/.prerender/chunks/…" in a
 * run). So a build whose output folder is inside the project (`projectOutDir()` in `build.ts`)
 * runs at once, and one whose output folder is elsewhere waits until no other such build runs.
 * The lock is a folder in the run's temporary folder (`global-setup.ts`), so a lock left by a
 * killed run goes with it.
 */
import { mkdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prerendersInBuildDir } from '../../src/cli/output-folder.ts';
import { projectRoot } from './paths.ts';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Whether Astro would prerender a build into `outDir` inside that folder (see above). */
export const prerendersInOutDir = (outDir: string) => prerendersInBuildDir(outDir, projectRoot);

/** Run `build` (a synchronous spawn of a build into `outDir`) when it can run (see above). */
export function oneBuildAtATime<T>(outDir: string, build: () => T): T {
  if (prerendersInOutDir(outDir)) return build();
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
