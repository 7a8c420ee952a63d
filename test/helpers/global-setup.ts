/**
 * Every test run gets its own temporary folder (TMPDIR, which `os.tmpdir()` and the builds,
 * browsers and commands the tests start all use), removed in the background when the run ends:
 * the content copies, builds and caches the tests make would otherwise pile up in the system's
 * temporary folder.
 *
 * Test files run two at a time, so two builds can start together. Each has its own cache folder,
 * but Astro writes a few files into the project's `.astro/` on every build, through a temporary
 * file whose name is the same in every process: when `.astro/` is new (a fresh checkout), two
 * builds writing them at once can fail. They are the same for every content folder of ours, and
 * Astro leaves a file alone that already says the same; so when they are missing, `astro sync`
 * writes them once (over the smallest content) before any test file runs.
 *
 * Every process a test starts gets the allocator setting `npm run build` gives Astro
 * (`src/cli/allocator.ts`).
 *
 * Every Node process a test starts (each `explainer` command, build and dev server) compiles the
 * same modules; Node's compile cache (`NODE_COMPILE_CACHE`, in
 * `node_modules/.cache/`, kept between runs) lets all but the first reuse the compiled code.
 *
 * With `EXPLAINERS_SAMPLE_FIRST=1` (`npm test` sets it), the sample site's build starts here, in
 * the background, while the first test files run (`startSampleSite` in `sample-site.ts`). With
 * `EXPLAINERS_SHARED_BROWSER=1` (`npm test` sets it too), one Chromium starts here for every
 * browser test of the run (`startBrowserServer` in `browser.ts`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withAllocatorEnv } from '../../src/cli/allocator.ts';
import { COMPILE_CACHE_DIR } from '../../src/cli/compile-cache.ts';
import { removeInBackground } from '../../src/cli/output-folder.ts';
import { minimalContent } from '../bad-input/run-cli.ts';
import { startBrowserServer } from './browser.ts';
import { buildEnv } from './build.ts';
import { startSampleSite } from './sample-site.ts';
import { projectRoot } from './paths.ts';

const WRITTEN_BY_EVERY_BUILD = ['.astro/content-assets.mjs', '.astro/content-modules.mjs'];

export default async function setup(): Promise<() => Promise<void>> {
  // The root config and each of its projects (`vitest.config.ts`) name this set-up: the first
  // call sets up the run, the others find it done.
  if (process.env.EXPLAINERS_TEST_BUILDS) return async () => {};
  const root = mkdtempSync(path.join(os.tmpdir(), 'explainers-tests-'));
  process.env.TMPDIR = root;
  // Output folders inside the project, so builds into them can run at once (`build-lock.ts`).
  const cache = path.join(projectRoot, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const builds = mkdtempSync(path.join(cache, 'explainers-tests-'));
  process.env.EXPLAINERS_TEST_BUILDS = builds;
  process.env.NODE_COMPILE_CACHE ??= COMPILE_CACHE_DIR;
  // Every build, dev server and command a test starts runs as `npm run build` runs Astro.
  Object.assign(process.env, withAllocatorEnv(process.env));
  if (!WRITTEN_BY_EVERY_BUILD.every((file) => existsSync(path.join(projectRoot, file)))) {
    const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'sync'], {
      cwd: projectRoot,
      env: buildEnv({ EXPLAINERS_CONTENT: minimalContent() }),
      encoding: 'utf8',
    });
    if (result.status !== 0)
      throw new Error(`astro sync failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const sample = process.env.EXPLAINERS_SAMPLE_FIRST ? startSampleSite() : undefined;
  const browser = process.env.EXPLAINERS_SHARED_BROWSER ? await startBrowserServer() : undefined;
  return async () => {
    await sample?.stop();
    await browser?.close();
    // Removed by a detached process, as a build removes its old output (output-folder.ts): a
    // run's folders hold every build's output and cache (tens of thousands of files after the
    // corpora suite's 3,000 explainers), and removing them here kept the run from ending for
    // 20 s or more.
    removeInBackground(root);
    removeInBackground(builds);
  };
}
