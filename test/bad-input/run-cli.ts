/**
 * Run `explainer <command>` as an editor would (`runCli`: the real bin, a Node process of its
 * own) or in the test's own process (`runCommand`: the same dispatch, `src/cli/main.ts`, without
 * the cost of starting Node and loading the pipeline again), and make throwaway content folders.
 */
import { spawnSync } from 'node:child_process';
import { Console } from 'node:console';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import { testFreeEnv } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { noteStarted } from '../helpers/run-log.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
}

/** The command line and options of `node src/cli/explainer.ts …args` (see `runCli`). */
function cliProcess(args: readonly string[], options: CliOptions) {
  noteStarted('explainer');
  const argv = [path.join(projectRoot, 'src/cli/explainer.ts'), ...args];
  const spawnOptions = {
    cwd: options.cwd ?? projectRoot,
    env: { ...testFreeEnv(), NO_COLOR: '1', ...options.env },
  };
  return { argv, spawnOptions };
}

/** `node src/cli/explainer.ts …args` from `cwd` (default: the project), on this Node. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const { argv, spawnOptions } = cliProcess(args, options);
  const result = spawnSync(process.execPath, argv, {
    ...spawnOptions,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `explainer …args` run in this process, as the bin runs it: from `cwd` (default: the project),
 * with `env` added to the environment, and everything the command writes to the console,
 * `process.stdout` and `process.stderr` captured (neither is a terminal, as on a pipe). A command
 * that throws gives what Node would: the stack on stderr and exit code 1. Tests of what a
 * command prints and returns use this; `runCli` is for what only a process shows (the bin's exit
 * code, its output on a real pipe), at least once per command.
 */
export async function runCommand(
  args: readonly string[],
  options: CliOptions = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (chunks: string[]) =>
    new Writable({
      decodeStrings: false,
      write(chunk: string | Uint8Array, _encoding, done) {
        chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        done();
      },
    });
  const stdout = sink(out);
  const stderr = sink(err);
  const env = { NO_COLOR: '1', ...options.env };
  const saved = {
    cwd: process.cwd(),
    console: globalThis.console,
    stdout: Object.getOwnPropertyDescriptor(process, 'stdout')!,
    stderr: Object.getOwnPropertyDescriptor(process, 'stderr')!,
    env: Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]])),
  };
  let status: number;
  try {
    process.chdir(options.cwd ?? projectRoot);
    Object.assign(process.env, env);
    Object.defineProperty(process, 'stdout', { configurable: true, get: () => stdout });
    Object.defineProperty(process, 'stderr', { configurable: true, get: () => stderr });
    globalThis.console = new Console({ stdout, stderr, colorMode: false });
    try {
      status = await main(args);
    } catch (error) {
      err.push(`${(error as Error).stack ?? String(error)}\n`);
      status = 1;
    }
  } finally {
    globalThis.console = saved.console;
    Object.defineProperty(process, 'stdout', saved.stdout);
    Object.defineProperty(process, 'stderr', saved.stderr);
    for (const [key, value] of Object.entries(saved.env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    process.chdir(saved.cwd);
  }
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** A temporary folder. */
export const tempDir = (prefix = 'explainers-') => mkdtempSync(path.join(tmpdir(), prefix));

/** A copy of the sample content folder, with some files replaced or added. */
export function copyContent(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('explainers-content-');
  cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/**
 * A content folder with the sample site's settings (`site.yaml`, `ratings.yaml`, `people.yaml`)
 * and only the given files: the smallest content a build needs to show a point.
 */
export function minimalContent(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir('explainers-content-');
  mkdirSync(path.join(dir, 'explainers'));
  for (const name of ['site.yaml', 'ratings.yaml', 'people.yaml'])
    cpSync(path.join(projectRoot, 'content', name), path.join(dir, name));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Lines that look like a JavaScript stack trace. */
export const STACK_LINE = /^\s+at .+(?:\.[jt]s|<anonymous>|node:)/m;
