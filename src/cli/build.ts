#!/usr/bin/env node
/**
 * `npm run build`: build the site into a fresh folder, run the post-steps on it, and only then
 * swap it in as `dist/` (or `$OUT_DIR`). A build that fails at any step leaves the last good
 * output as it was; one build runs at a time (see `output-folder.ts`). Prints how long each step
 * took, so post-steps can be measured apart from Astro.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openOutput, swapIn } from './output-folder.ts';
import { indexSite } from './search-index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');

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
  const shown = `${path.relative(root, dist) || dist}/`;
  const output = await openOutput(dist);
  try {
    const timings: string[] = [];
    for (const step of steps) {
      const started = performance.now();
      try {
        await step.run(output.next);
      } catch (error) {
        console.error(`\nBuild failed in "${step.name}": ${(error as Error).message}`);
        console.error(
          existsSync(output.target)
            ? `The previous ${shown} is unchanged.`
            : 'Nothing was written.',
        );
        return 1;
      }
      timings.push(`${step.name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    }
    swapIn(output);
    console.log(`\nBuilt ${shown} (${timings.join(', ')})`);
    return 0;
  } finally {
    await output.release();
  }
}

process.exitCode = await main();
