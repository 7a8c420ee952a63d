/**
 * `explainer check` and the real build (`src/cli/build.ts`: Astro, then Pagefind) over the same
 * content folder, and what they must agree on: the build fails exactly when check reports an
 * error (or refuses the folder), it names every file and place check names, and neither prints
 * a stack trace.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { expect } from 'vitest';
import { settingsLoader } from '../../src/loading/loader.ts';
import { projectRoot } from '../helpers/paths.ts';
import { writeCorpus } from '../helpers/corpus.ts';
import { projectOutDir } from '../helpers/build.ts';
import { runBuildScript } from '../helpers/sample-site.ts';
import { runCli, runCommand, STACK_LINE, tempDir } from './run-cli.ts';

export interface CheckMessage {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
}

export interface CheckRun {
  status: number | null;
  /** The first line on stderr (the reason, when check refuses a path). */
  refusal: string;
  /** The messages, paths relative to the project (where the build prints them from). */
  messages: CheckMessage[];
  output: string;
}

/**
 * `explainer check --json <content>` from the project folder: in this process (`runCommand`), or
 * with `inProcess: false` by the real bin (for a large folder, where the check is the work and a
 * process of its own costs little more: run in a Vitest worker, the check of the generated corpus
 * left the worker slow to end).
 */
export async function runCheck(
  content: string,
  { inProcess = true }: { inProcess?: boolean } = {},
): Promise<CheckRun> {
  const args = ['check', content, '--json', '--no-progress'];
  const result = inProcess ? await runCommand(args) : runCli(args);
  const report =
    result.status === 2 ? { messages: [] } : (JSON.parse(result.stdout) as { messages: [] });
  return {
    status: result.status,
    refusal: result.stderr.split('\n')[0] ?? '',
    messages: report.messages,
    output: result.stdout + result.stderr,
  };
}

/** `npm run build` (the build script itself) of `content` into `outDir` (default: a new one). */
export function runBuildCommand(
  content: string,
  env: Record<string, string> = {},
  outDir = path.join(projectOutDir(), 'dist'),
) {
  return { ...runBuildScript(outDir, { EXPLAINERS_CONTENT: content, ...env }), outDir };
}

export type BuildRun = ReturnType<typeof runBuildCommand>;

/**
 * What a build of `content` says when its settings files have errors, without the build: the
 * site settings' content loader (`settingsLoader` in `src/loading/loader.ts`, which a build runs
 * before any explainer is read, and which fails it on such errors) run in this process, as a build
 * runs it. Its error is the build's message (status 1); status 0 when the settings load. At least
 * one real build fails on settings (`hostile.test.ts`), the other such cases use this.
 */
export async function loadSettingsAsBuild(
  content: string,
): Promise<Pick<BuildRun, 'status' | 'output'>> {
  const context = {
    config: { root: pathToFileURL(projectRoot) },
    watcher: undefined,
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    parseData: async ({ data }: { data: unknown }) => data,
    store: { set() {}, clear() {} },
  } as unknown as LoaderContext;
  try {
    await settingsLoader({ contentDir: content }).load(context);
    return { status: 0, output: '' };
  } catch (error) {
    return { status: 1, output: (error as Error).message };
  }
}

/** Where a message is, as both print it: `file:line:column  severity`. */
export const placeOf = (m: CheckMessage) => `${m.file}:${m.line}:${m.column}  ${m.severity}`;

/** Throw unless check and the build agree on the folder (see the top of this file). */
export function expectAgreement(check: CheckRun, build: Pick<BuildRun, 'status' | 'output'>): void {
  expect(check.output, 'check printed a stack trace').not.toMatch(STACK_LINE);
  expect(build.output, 'the build printed a stack trace').not.toMatch(STACK_LINE);
  const errors = check.messages.filter((m) => m.severity === 'error');
  if (check.status === 0) {
    expect(errors).toEqual([]);
    expect(build.status, `check passed but the build failed:\n${build.output}`).toBe(0);
    return;
  }
  expect(build.status, `check failed but the build passed:\n${check.output}`).not.toBe(0);
  if (check.status === 2) {
    // A folder check refuses: the build fails with the same reason.
    expect(build.output).toContain(check.refusal.replace(/ \(see --content\)$/, ''));
    return;
  }
  expect(check.status).toBe(1);
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(build.output, `the build does not name ${placeOf(error)}`).toContain(
      `${placeOf(error)}  ${error.message}  ${error.ruleId}`,
    );
  }
}

/**
 * A generated corpus (`test/helpers/corpus.ts`) of `count` explainers in one content folder,
 * through check once and the real build once: they agree, the generator's content passes check (warnings allowed), and every
 * explainer that is not a draft has its page.
 */
export async function expectCorpusBuilds(
  count: number,
  seed: number,
): Promise<{ check: CheckRun; build: BuildRun }> {
  const content = writeCorpus(tempDir('explainers-corpus-'), count, seed);
  const check = await runCheck(content, { inProcess: false });
  const build = runBuildCommand(content, { EXPLAINERS_CACHE_DIR: tempDir('explainers-cache-') });
  expectAgreement(check, build);
  expect(
    check.messages.filter((m) => m.severity === 'error'),
    `the generator (seed ${seed}) should write only content that passes check`,
  ).toEqual([]);
  const drafts = check.messages.filter((m) => m.ruleId === 'draft').length;
  const pages = readdirSync(path.join(build.outDir, 'explainers'), { withFileTypes: true }).filter(
    (entry) =>
      entry.isDirectory() &&
      existsSync(path.join(build.outDir, 'explainers', entry.name, 'index.html')),
  );
  expect(pages.length).toBe(count - drafts);
  return { check, build };
}
