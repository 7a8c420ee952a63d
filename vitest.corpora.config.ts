import { defineConfig } from 'vitest/config';
import { codeTheSiteRuns, experimental } from './vitest.config.ts';

/**
 * `npm run test:corpora`: conformance over outside corpora (`$EXPLAINERS_CORPORA`, else
 * `../shared/fixtures`; see `test/corpora/corpora.ts`), and the quotation evaluation's gate.
 */
export default defineConfig({
  plugins: [codeTheSiteRuns],
  test: {
    experimental,
    include: ['test/corpora/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    reporters: ['default', './test/helpers/slowest-files.ts'],
    fileParallelism: true,
    // No file here replaces a module: a worker imports the project's modules once for all its
    // files (see `vitest.config.ts`).
    isolate: false,
    maxWorkers: 2,
    testTimeout: 120_000,
    // `expect.poll` waits on a browser or a process: by default it gives up after 1 s, which a
    // loaded machine can exceed (a smooth scroll to a note once did); here it only catches a hang.
    expect: { poll: { timeout: 60_000 } },
    hookTimeout: 600_000,
  },
});
