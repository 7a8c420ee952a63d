import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import SampleSiteLastSequencer from './test/helpers/sequencer.ts';

/**
 * Test files that must run in a module registry of their own: they replace modules
 * (`vi.mock`). Every other file runs without isolation (`isolate: false`): a worker imports the
 * project's modules once for all the files it runs, instead of once per file (in one run on a
 * loaded 2-core machine, 33 of the small files took 95 s isolated and 29 s shared).
 */
const ISOLATED = ['test/quotes/linear.test.ts', 'test/cli/search-index.test.ts'];

/**
 * The export conditions dependencies load with. Vitest passes Vite's SSR conditions to Node, and
 * by default they include `development`: micromark and its extensions then load their
 * development builds (assertions and `debug` calls on every token), which made the property and
 * bad-input files take a quarter more CPU than the builds `npm run build` and `astro dev` run.
 * Without it the tests run the code the site does. Set on the resolved config: a project that
 * extends the root config (`projects` below) merges its conditions with Vite's defaults, which
 * brought `development` back (a CPU profile of a whole run found 37 s in micromark's development
 * build against 2.6 s in its own). (`vitest.corpora.config.ts` uses it too.)
 */
export const codeTheSiteRuns: Plugin = {
  name: 'explainers:code-the-site-runs',
  configResolved(config) {
    config.ssr.resolve.conditions = ['module', 'node'];
  },
};

/**
 * Transformed modules kept on disk between runs (in `node_modules/.experimental-vitest-cache`,
 * keyed by each file's content, so `npm ci` starts it afresh): a second run skips transforming
 * the project's TypeScript again (on a subset of the unit tests, transform 2.4 s to 0.4 s and
 * import 6.1 s to 3.1 s). A fresh clone's first run fills it. (`vitest.corpora.config.ts` too.)
 */
export const experimental = { fsModuleCache: true };

/**
 * `npm test`: everything that needs nothing beside the checkout. The suite over outside corpora
 * is `vitest.corpora.config.ts` (`npm run test:corpora`).
 */
export default defineConfig({
  plugins: [codeTheSiteRuns],
  test: {
    experimental,
    globalSetup: ['test/helpers/global-setup.ts'],
    reporters: ['default', './test/helpers/slowest-files.ts'],
    // Long files that build their own content start first, beside the sample site's build.
    sequence: { sequencer: SampleSiteLastSequencer },
    // Two files at a time (the machine this is measured on has two cores). Every build has its
    // own cache folder (`buildEnv` in test/helpers/build.ts) and output folder, and the sample
    // site is built once behind a lock, so builds of different files never share state.
    fileParallelism: true,
    maxWorkers: 2,
    // Timeouts only catch a hang: a test that builds or drives a browser sets its own, and none
    // of these may decide a verdict on a loaded machine. The default is 600 s, not 120 s: a
    // browser test of several steps, each of which may wait up to `BROWSER_TIMEOUT` (120 s), once
    // ran out of a 120 s test timeout with every step still within its own (the search test of
    // test/browser/site.test.ts, 2026-12-04, with evaluations running beside the suite).
    testTimeout: 600_000,
    // `expect.poll` waits on a browser or a process: by default it gives up after 1 s, which a
    // loaded machine can exceed (a smooth scroll to a note once did); here it only catches a hang.
    expect: { poll: { timeout: 60_000 } },
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          isolate: false,
          include: ['test/**/*.test.ts'],
          // The corpora suite (`npm run test:corpora`) runs apart: it reads outside corpora.
          exclude: [...configDefaults.exclude, 'test/corpora/**', ...ISOLATED],
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
