/**
 * A child process run without blocking the test's thread, so that two can run at once (the
 * generated corpus's `check` beside its build): its exit status and what it printed, as
 * `spawnSync(…, { encoding: 'utf8' })` gives them.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { text } from 'node:stream/consumers';

export interface SpawnedText {
  status: number | null;
  stdout: string;
  stderr: string;
}

export async function spawnText(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<SpawnedText> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const [stdout, stderr, [status]] = await Promise.all([
    text(child.stdout!),
    text(child.stderr!),
    once(child, 'close') as Promise<[number | null]>,
  ]);
  return { status, stdout, stderr };
}
