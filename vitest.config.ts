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
    // Site and browser tests run real Astro builds that share .astro/ and Vite's cache: one file
    // at a time keeps them from racing (the unit tests are fast either way).
    fileParallelism: false,
    // Timeouts only catch a hang: a test that builds or drives a browser sets its own, and none
    // of these may decide a verdict on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
