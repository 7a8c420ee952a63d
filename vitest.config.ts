import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpora suite (too big for every run): `npm run test:corpora`.
    exclude: [...configDefaults.exclude, 'test/corpora/**'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Site and browser tests run real Astro builds that share .astro/ and Vite's cache: one file
    // at a time keeps them from racing (the unit tests are fast either way).
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
