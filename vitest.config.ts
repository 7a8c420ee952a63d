import { configDefaults, defineConfig } from 'vitest/config';

/**
 * `npm test`: everything that needs nothing beside the checkout. The suite over outside corpora
 * is `vitest.corpora.config.ts` (`npm run test:corpora`).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpora suite (`npm run test:corpora`) runs apart: it reads outside corpora.
    exclude: [...configDefaults.exclude, 'test/corpora/**'],
    globalSetup: ['test/helpers/global-setup.ts'],
    reporters: ['default', './test/helpers/slowest-files.ts'],
    // Two files at a time (the machine this is measured on has two cores). Every build has its
    // own cache folder (`buildEnv` in test/helpers/build.ts) and output folder, and the sample
    // site is built once behind a lock, so builds of different files never share state.
    fileParallelism: true,
    maxWorkers: 2,
    // Timeouts only catch a hang: a test that builds or drives a browser sets its own, and none
    // of these may decide a verdict on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
