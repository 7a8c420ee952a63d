#!/usr/bin/env node
/**
 * `npm run build`: build the site into a fresh folder, run the post-steps on it, and only then
 * swap it in as `dist/`. A build that fails at any step leaves the last good `dist/` as it was.
 * Prints how long each step took, so post-steps can be measured apart from Astro.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './search-index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');
// The work folder sits beside the output (a rename cannot cross file systems); a build into
// another folder (OUT_DIR) gets its own, so it never races the default one.
const work = process.env.OUT_DIR ? `${dist}.build` : path.join(root, '.build');
const next = path.join(work, 'next');
const previous = path.join(work, 'previous');

interface Step {
  name: string;
  run(outDir: string): void | Promise<void>;
}

/** Steps run in order on the new output; add a post-step (search index, …) here. */
const steps: Step[] = [
  {
    name: 'astro build',
    run(outDir) {
      const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
      const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
        cwd: root,
        stdio: 'inherit',
      });
      if (result.status !== 0)
        throw new Error(`astro build exited with ${result.status ?? result.signal}`);
    },
  },
  {
    name: 'search index',
    async run(outDir) {
      const { pages, records } = await indexSite(outDir);
      console.log(`Search index: ${records} annotations and ${pages} explainer pages.`);
    },
  },
];

async function main(): Promise<number> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const timings: string[] = [];
  for (const step of steps) {
    const started = performance.now();
    try {
      await step.run(next);
    } catch (error) {
      console.error(`\nBuild failed in "${step.name}": ${(error as Error).message}`);
      console.error(
        existsSync(dist)
          ? `The previous ${path.relative(root, dist)}/ is unchanged.`
          : 'Nothing was written.',
      );
      rmSync(work, { recursive: true, force: true });
      return 1;
    }
    timings.push(`${step.name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(next, dist);
  rmSync(work, { recursive: true, force: true });
  console.log(`\nBuilt ${path.relative(root, dist)}/ (${timings.join(', ')})`);
  return 0;
}

process.exitCode = await main();
