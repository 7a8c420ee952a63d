import { defineConfig } from 'vitest/config';

/**
 * `npm run test:corpora`: conformance over outside corpora (`$EXPLAINERS_CORPORA`, else
 * `../shared/fixtures`; see `test/corpora/corpora.ts`), and the quotation evaluation's gate.
 */
export default defineConfig({
  test: {
    include: ['test/corpora/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    reporters: ['default', './test/helpers/slowest-files.ts'],
    fileParallelism: true,
    // No file here replaces a module: a worker imports the project's modules once for all its
    // files (see `vitest.config.ts`).
    isolate: false,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
