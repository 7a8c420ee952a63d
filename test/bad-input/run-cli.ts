/** Run `explainer <command>` as an editor would, and make throwaway content folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testFreeEnv } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { noteStarted } from '../helpers/run-log.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node src/cli/explainer.ts …args` from `cwd` (default: the project), on this Node. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliResult {
  noteStarted('explainer');
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'src/cli/explainer.ts'), ...args],
    {
      cwd: options.cwd ?? projectRoot,
      env: { ...testFreeEnv(), NO_COLOR: '1', ...options.env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
