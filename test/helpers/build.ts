/** Build the site with the real Astro CLI into a folder of a test's own. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { oneBuildAtATime, prerendersInOutDir } from './build-lock.ts';
import { projectRoot } from './paths.ts';
import { noteStarted } from './run-log.ts';

export interface Built {
  outDir: string;
  /** The text of a built file, by its path in the output folder. */
  read(file: string): string;
  stdout: string;
}

/**
 * The environment without what Vitest sets for its own Vite (BASE_URL, MODE, …), which would
 * otherwise override the site's base path in a child build, and without its `NODE_ENV=test`,
 * which would leave a child build out of production mode (no Content-Security-Policy on the
 * pages: `import.meta.env.PROD` is false), unlike the build a user runs.
 */
export function testFreeEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'NODE_ENV',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
  ]) {
    delete env[key];
  }
  return env;
}

/**
 * The environment of one build or dev server: `testFreeEnv()` with a cache folder of its own
 * (`EXPLAINERS_CACHE_DIR`: Astro's content store, incremental-build cache and our models), so
 * builds in test files that run in parallel never share one. `env` may name another.
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...testFreeEnv(),
    EXPLAINERS_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'explainers-cache-')),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...env,
  };
}

/**
 * A new, empty output folder inside the project (in `node_modules/.cache/`, which no tool
 * watches or checks), so a build into it can run alongside others (see `build-lock.ts`). The
 * folders of a run are in the folder `global-setup.ts` names in `EXPLAINERS_TEST_BUILDS`, removed
 * when the run ends.
 */
export function projectOutDir(prefix = 'explainers-out-'): string {
  return mkdtempSync(path.join(testBuildsDir(), prefix));
}

/** The run's folder of output folders inside the project (see `projectOutDir`). */
export function testBuildsDir(): string {
  const dir =
    process.env.EXPLAINERS_TEST_BUILDS ?? path.join(projectRoot, 'node_modules/.cache/explainers');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Run `astro build` into `outDir`; returns the exit status and everything it printed. When
 * `outDir` is outside the project, Astro builds into a new folder inside it (so the build need
 * not wait for others: `build-lock.ts`), which then replaces `outDir` (a rename: the run's
 * temporary folder and the project are on one file system, else a copy).
 */
export function runBuild(outDir: string, env: Record<string, string> = {}) {
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  noteStarted('astro build');
  const buildDir = prerendersInOutDir(outDir) ? outDir : path.join(projectOutDir(), 'out');
  const result = oneBuildAtATime(buildDir, () =>
    spawnSync(process.execPath, [astro, 'build', '--outDir', buildDir], {
      cwd: projectRoot,
      env: { ...buildEnv(env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    }),
  );
  if (buildDir !== outDir && existsSync(buildDir)) {
    rmSync(outDir, { recursive: true, force: true });
    try {
      renameSync(buildDir, outDir);
    } catch {
      cpSync(buildDir, outDir, { recursive: true });
      rmSync(buildDir, { recursive: true, force: true });
    }
  }
  return result;
}
