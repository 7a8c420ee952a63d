/**
 * The sample site (`content/`), built once per test run with the real build script
 * (`src/cli/build.ts`: Astro, then the Pagefind index) and shared by every test that only reads
 * its output. The first test file that asks builds it into the run's temporary folder (set by
 * `global-setup.ts`); the others find it there. Tests that change content build their own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildEnv, testBuildsDir, type Built } from './build.ts';
import { oneBuildAtATime } from './build-lock.ts';
import { projectRoot } from './paths.ts';
import { noteStarted } from './run-log.ts';

/** Run `src/cli/build.ts` into `outDir` with `env`; returns its status and output. */
export function runBuildScript(outDir: string, env: Record<string, string> = {}) {
  noteStarted('astro build');
  const result = oneBuildAtATime(outDir, () =>
    spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/build.ts')], {
      cwd: projectRoot,
      env: { ...buildEnv(env), OUT_DIR: outDir },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The built sample site; builds it if no test of this run has yet. */
export async function sampleSite(): Promise<Built> {
  const outDir = path.join(testBuildsDir(), 'sample-site');
  const lock = `${outDir}.lock`;
  const done = path.join(outDir, 'index.html');
  // A folder as a lock: only one process can create it; the others wait for the output.
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      await sleep(500);
      continue;
    }
    try {
      const result = runBuildScript(outDir);
      if (result.status !== 0)
        throw new Error(`the sample site failed to build:\n${result.output}`);
    } finally {
      rmdirSync(lock);
    }
  }
  return { outDir, read: (file) => readFileSync(path.join(outDir, file), 'utf8'), stdout: '' };
}
