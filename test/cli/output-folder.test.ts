/**
 * How `npm run build` replaces its output (`src/cli/output-folder.ts`): one build at a time, the
 * output never missing, a symlinked output replaced where it points.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it, vi } from 'vitest';
import { lockFolder, openOutput, swapIn } from '../../src/cli/output-folder.ts';
import { tempDir } from '../bad-input/run-cli.ts';
import { buildEnv, projectOutDir } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';

/** A finished "site" in the work folder: one file saying which build made it. */
function buildInto(next: string, which: string): void {
  mkdirSync(next, { recursive: true });
  writeFileSync(path.join(next, 'index.html'), which);
}

const read = (dir: string) => readFileSync(path.join(dir, 'index.html'), 'utf8');

describe('the output folder', () => {
  it(
    'lets a second build wait for the first, and each swaps in whole',
    { timeout: 60_000 },
    async () => {
      const out = path.join(tempDir('explainers-out-'), 'dist');
      const first = await openOutput(out, () => {});
      const said: string[] = [];
      let secondOpened = false;
      const second = openOutput(out, (line) => said.push(line)).then((folder) => {
        secondOpened = true;
        return folder;
      });
      // The second build is refused the lock while the first holds it, and says it waits.
      await vi.waitFor(
        () => expect(said.join('\n')).toMatch(/Another build is writing .*dist; waiting/),
        { timeout: 30_000, interval: 50 },
      );
      expect(secondOpened).toBe(false);

      buildInto(first.next, 'first');
      swapIn(first);
      await first.release();
      const opened = await second;
      expect(read(out)).toBe('first');
      buildInto(opened.next, 'second');
      swapIn(opened);
      await opened.release();
      expect(read(out)).toBe('second');
      expect(existsSync(`${out}.build`)).toBe(false);
      expect(existsSync(`${out}.build.lock`)).toBe(false);
    },
  );

  it(
    'makes a build into another output wait while a build uses the Astro cache folder it uses',
    { timeout: 60_000 },
    async () => {
      // Another build holds the cache folder; this one (output inside the project, so it
      // shares nothing else) waits for it, says so, and is stopped before it starts Astro.
      const cache = path.join(tempDir('explainers-cache-'), 'cache');
      const release = await lockFolder(cache, 'held by the test', () => {});
      const child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/build.ts')], {
        cwd: projectRoot,
        env: buildEnv({ EXPLAINERS_CACHE_DIR: cache, OUT_DIR: path.join(projectOutDir(), 'dist') }),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      try {
        const lines = createInterface({ input: child.stdout });
        for await (const line of lines) {
          expect(line).toMatch(/^Another build is using .*cache; waiting for it to finish…$/);
          break;
        }
      } finally {
        child.kill();
        await release();
      }
    },
  );

  it('puts back an output that a build killed in the middle of its swap left aside', async () => {
    const out = path.join(tempDir('explainers-out-'), 'dist');
    buildInto(out, 'good');
    // What a kill between the two renames leaves: the old output aside, no output.
    mkdirSync(`${out}.build`);
    renameSync(out, path.join(`${out}.build`, 'previous'));
    const said: string[] = [];
    const folder = await openOutput(out, (line) => said.push(line));
    expect(read(out)).toBe('good');
    expect(said.join('\n')).toMatch(/Put back .*dist/);
    await folder.release();
  });

  it('keeps the old output when the new one cannot be moved in', async () => {
    const out = path.join(tempDir('explainers-out-'), 'dist');
    buildInto(out, 'good');
    const folder = await openOutput(out, () => {});
    // Nothing was built: the second rename fails, and the old output must come back.
    expect(() => swapIn(folder)).toThrow();
    expect(read(out)).toBe('good');
    await folder.release();
  });

  it('replaces a symlinked output where it points, and keeps the link', async () => {
    const dir = tempDir('explainers-out-');
    const real = path.join(dir, 'releases', 'site');
    buildInto(real, 'old');
    const link = path.join(dir, 'dist');
    symlinkSync(real, link);
    const folder = await openOutput(link, () => {});
    buildInto(folder.next, 'new');
    swapIn(folder);
    await folder.release();
    expect(readlinkSync(link)).toBe(real);
    expect(read(link)).toBe('new');
    expect(read(real)).toBe('new');
  });

  it('removes the previous output after the swap, and old work folders a cut-short removal left', async () => {
    const dir = tempDir('explainers-out-');
    const out = path.join(dir, 'dist');
    buildInto(out, 'old');
    // A work folder whose removal in the background was cut short (the machine stopped).
    buildInto(path.join(`${out}.build-old-1-2-3`, 'previous'), 'older');
    const folder = await openOutput(out, () => {});
    buildInto(folder.next, 'new');
    swapIn(folder);
    await folder.release();
    expect(read(out)).toBe('new');
    // The previous output and the leftover go in the background: only the new site stays.
    await vi.waitFor(() => expect(readdirSync(dir).sort()).toEqual(['dist']), {
      timeout: 30_000,
      interval: 50,
    });
  });
});
