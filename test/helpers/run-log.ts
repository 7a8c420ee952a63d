/**
 * A count of the expensive things a test run starts (Astro builds, dev servers, Chromium, and
 * `explainer` commands: each a Node process that loads the pipeline), so the
 * slowest-files reporter can print them at the end of a run, per file and in all. The reporter
 * names the log file in `EXPLAINERS_TEST_LOG` before any test file runs; without it (a test run
 * some other way), nothing is written.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { projectRoot } from './paths.ts';

export type Started = 'astro build' | 'astro dev' | 'chromium' | 'explainer';

/** Note `what` as started by the running test file, or by `where` (the global set-up). */
export function noteStarted(what: Started, where?: '(global set-up)'): void {
  const log = process.env.EXPLAINERS_TEST_LOG;
  if (!log) return;
  const testPath = where ? undefined : expect.getState().testPath;
  const file = where ?? (testPath ? path.relative(projectRoot, testPath) : '');
  appendFileSync(log, `${what}\t${file}\n`);
}
