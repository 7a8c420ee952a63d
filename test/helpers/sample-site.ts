/**
 * The sample site (`content/`), built once per test run with the real build script
 * (`src/cli/build.ts`: Astro, then the Pagefind index) and shared by every test that only reads
 * its output. The first test file that asks builds it into the run's temporary folder (set by
 * `global-setup.ts`); the others find it there. Tests that change content build their own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildEnv, testBuildsDir, type Built } from './build.ts';
import { oneBuildAtATime } from './build-lock.ts';
import { projectRoot } from './paths.ts';
import { noteStarted } from './run-log.ts';

/** The command that runs `src/cli/build.ts` into `outDir` with `env`. */
function buildScript(outDir: string, env: Record<string, string> = {}) {
  const args = [path.join(projectRoot, 'src/cli/build.ts')];
  return { args, options: { cwd: projectRoot, env: { ...buildEnv(env), OUT_DIR: outDir } } };
}

/** Run `src/cli/build.ts` into `outDir` with `env`; returns its status and output. */
export function runBuildScript(outDir: string, env: Record<string, string> = {}) {
  noteStarted('astro build');
  const { args, options } = buildScript(outDir, env);
  const result = oneBuildAtATime(outDir, () =>
    spawnSync(process.execPath, args, {
      ...options,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

const sampleOutDir = () => path.join(testBuildsDir(), 'sample-site');

/**
 * The sample site's search index is built in parts of two explainers (three Pagefind bundles,
 * merged by the search page), so every test that searches it also exercises the parts; a site of
 * up to 250 explainers is one bundle, which `test/security/xss.test.ts`'s own build searches.
 */
export const SAMPLE_SEARCH_PART = 2;
const SAMPLE_ENV = { EXPLAINERS_SEARCH_PART: String(SAMPLE_SEARCH_PART) };

/**
 * Start building the sample site in the background, holding its lock as `sampleSite()` does (the
 * global set-up calls this with `EXPLAINERS_SAMPLE_FIRST=1`, as `npm test` sets it): the build
 * then overlaps the first test files instead of keeping a worker waiting. A build that fails
 * leaves no output, so the first `sampleSite()` builds again and reports the failure.
 */
export function startSampleSite(): { stop(): Promise<void> } {
  const outDir = sampleOutDir();
  const lock = `${outDir}.lock`;
  mkdirSync(lock);
  noteStarted('astro build', '(global set-up)');
  const { args, options } = buildScript(outDir, SAMPLE_ENV);
  const child = spawn(process.execPath, args, { ...options, stdio: 'ignore' });
  const closed = once(child, 'close').finally(() => rmdirSync(lock));
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await closed.catch(() => undefined);
    },
  };
}

/**
 * The output folder `name` in the run's folder, made by `build` once per run however many test
 * files ask: the first builds it behind a lock (a folder, which only one process can create), the
 * others wait for it. `build` must leave the folder whole or not at all: its `index.html` says it
 * is done.
 */
export async function builtOnce(name: string, build: (outDir: string) => void): Promise<Built> {
  const outDir = path.join(testBuildsDir(), name);
  const lock = `${outDir}.lock`;
  const done = path.join(outDir, 'index.html');
  while (!existsSync(done)) {
    try {
      mkdirSync(lock);
    } catch {
      await sleep(500);
      continue;
    }
    try {
      build(outDir);
    } finally {
      rmdirSync(lock);
    }
  }
  return { outDir, read: (file) => readFileSync(path.join(outDir, file), 'utf8'), stdout: '' };
}

/** The built sample site; builds it if no test of this run has yet. */
export function sampleSite(): Promise<Built> {
  // The build script writes the folder whole (it swaps the new output in at the end).
  return builtOnce('sample-site', (outDir) => {
    const result = runBuildScript(outDir, SAMPLE_ENV);
    if (result.status !== 0) throw new Error(`the sample site failed to build:\n${result.output}`);
  });
}
