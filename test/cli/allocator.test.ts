/**
 * The allocator setting the build gives Astro (`src/cli/allocator.ts`) does what it is there for:
 * the bundler's allocator, given it, takes no transparent huge pages. Measured in a process that
 * bundles a module with Rolldown, as Astro's build does, by the kernel's count of the process's
 * huge pages (`AnonHugePages` in `/proc/self/smaps_rollup`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOCATOR_ENV, withAllocatorEnv } from '../../src/cli/allocator.ts';
import { projectRoot } from '../helpers/paths.ts';

const BUNDLE_AND_COUNT = `
import { readFileSync } from 'node:fs';
import { rolldown } from 'rolldown';
const modules = Object.fromEntries(
  Array.from({ length: 200 }, (_, i) => ['m' + i, 'export const v' + i + ' = ' + JSON.stringify('x'.repeat(i * 50)) + ';']),
);
const bundle = await rolldown({
  input: 'entry',
  plugins: [{
    name: 'virtual',
    resolveId: (id) => id,
    load: (id) => id === 'entry'
      ? Object.keys(modules).map((m) => 'export * from ' + JSON.stringify(m) + ';').join('')
      : modules[id],
  }],
});
await bundle.generate({});
const rollup = readFileSync('/proc/self/smaps_rollup', 'utf8');
console.log(/AnonHugePages:\\s*(\\d+) kB/.exec(rollup)[1]);
`;

/** Kilobytes of huge pages a process holds after bundling, started with `env`. */
function hugePagesAfterBundling(env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', BUNDLE_AND_COUNT], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return Number(result.stdout.trim());
}

const THP_SETTING = '/sys/kernel/mm/transparent_hugepage/enabled';

describe('the allocator setting Astro starts with', () => {
  const { MIMALLOC_ALLOW_THP: _unset, ...env } = process.env;

  it.runIf(existsSync('/proc/self/smaps_rollup'))(
    "keeps the bundler's allocator from taking huge pages",
    () => {
      expect(hugePagesAfterBundling(withAllocatorEnv(env))).toBe(0);
      // Where the kernel gives huge pages on request (as Debian's does by default), the
      // allocator takes them without the setting: the setting is what makes the difference.
      if (/\[(?:madvise|always)\]/.test(readFileSync(THP_SETTING, 'utf8')))
        expect(hugePagesAfterBundling(env)).toBeGreaterThan(0);
    },
    60_000,
  );

  it("leaves an editor's own value alone", () => {
    expect(withAllocatorEnv({ MIMALLOC_ALLOW_THP: '1', A: 'b' })).toEqual({
      MIMALLOC_ALLOW_THP: '1',
      A: 'b',
    });
    expect(withAllocatorEnv({ A: 'b' })).toEqual({ ...ALLOCATOR_ENV, A: 'b' });
  });
});
