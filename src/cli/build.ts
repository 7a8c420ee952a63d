#!/usr/bin/env node
/**
 * `npm run build`: build the site into a fresh folder, run the post-steps on it, and only then
 * swap it in as `dist/` (or `$OUT_DIR`). A build that fails at any step leaves the last good
 * output as it was; one build runs at a time (see `output-folder.ts`). Prints how long each step
 * took, so post-steps can be measured apart from Astro.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { withAllocatorEnv } from './allocator.ts';
import { RENDER_FAILURE, STACK_FRAME } from './astro-lines.ts';
import { lockFolder, openOutput, prerendersInBuildDir, swapIn } from './output-folder.ts';
import { indexSite } from './search-index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.resolve(root, process.env.OUT_DIR ?? 'dist');
/** Astro's cache folder (its default unless `EXPLAINERS_CACHE_DIR`, as astro.config.mjs says). */
const cacheDir = path.resolve(root, process.env.EXPLAINERS_CACHE_DIR ?? 'node_modules/.astro');

interface Step {
  name: string;
  run(outDir: string): void | Promise<void>;
}

/** Steps run in order on the new output; add a post-step (search index, …) here. */
const steps: Step[] = [
  {
    // A folder the content loaders would refuse (no `explainers/`, settings with errors) is
    // refused here with their message, before Astro starts: a refusal took about 8.5 s of CPU
    // inside Astro, and this costs about half a second (the settings' parser and schemas).
    name: 'content folder',
    async run() {
      const [{ contentRefusal }, { contentDirFrom }] = await Promise.all([
        import('../loading/refusals.ts'),
        import('../loading/load-settings.ts'),
      ]);
      const refusal = contentRefusal(contentDirFrom(undefined, root), root);
      if (refusal) throw new Error(refusal);
    },
  },
  {
    name: 'astro build',
    async run(outDir) {
      const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
      const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
        cwd: root,
        stdio: ['inherit', 'pipe', 'pipe'],
        // Piped, Astro would drop its colours; keep them where the build's own output has them.
        env: withAllocatorEnv(
          process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
        ),
      });
      const failedPages = new Map<string, string>();
      const relay = (from: NodeJS.ReadableStream, to: NodeJS.WritableStream) =>
        createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
          const failed = RENDER_FAILURE.exec(line);
          if (failed) failedPages.set(failed[1]!, failed[2]!);
          // The stack of a page that failed is the tools' business, not the editor's.
          if (!STACK_FRAME.test(line) || process.env.EXPLAINERS_DEBUG) to.write(`${line}\n`);
        });
      relay(child.stdout, process.stdout);
      relay(child.stderr, process.stderr);
      const [status, signal] = (await once(child, 'close')) as [number | null, string | null];
      if (status === 0) return;
      if (failedPages.size > 0) {
        // Loaded only now: naming the explainer files loads the pipeline (about 1 s of CPU).
        const [{ pageFailures }, { contentDirFrom }] = await Promise.all([
          import('./page-failures.ts'),
          import('../loading/load-settings.ts'),
        ]);
        throw new Error(pageFailures(failedPages, contentDirFrom(undefined, root), root));
      }
      throw new Error(`astro build exited with ${status ?? signal}`);
    },
  },
  {
    name: 'search index',
    async run(outDir) {
      const { pages, records, parts, indexed } = await indexSite(outDir, { cacheDir });
      console.log(
        `Search index: ${records} annotations and ${pages} explainer pages in ${parts} part${parts === 1 ? '' : 's'}, ${indexed} indexed, ${parts - indexed} unchanged.`,
      );
    },
  },
];

/**
 * What a build writes besides its output, which builds into other outputs share: Astro's cache
 * folder, and the project's `.astro/.prerender/`, where Astro bundles the pages to prerender when
 * the build folder is outside the project (inside, it uses `<build folder>/.prerender/`). Two
 * builds writing one of these at once break each other ("Cannot find module
 * .astro/.prerender/chunks/…"), so each is locked for the build, in a fixed order.
 */
function sharedFolders(buildDir: string): string[] {
  const prerender = prerendersInBuildDir(buildDir, root)
    ? []
    : [path.join(root, '.astro/.prerender')];
  return [cacheDir, ...prerender].sort();
}

async function main(): Promise<number> {
  const shown = `${path.relative(root, dist) || dist}/`;
  const output = await openOutput(dist);
  const unlocks: Array<() => Promise<void>> = [];
  try {
    for (const folder of sharedFolders(output.next))
      unlocks.push(
        await lockFolder(folder, `Another build is using ${path.relative(root, folder) || folder}`),
      );
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
    for (const unlock of unlocks.reverse()) await unlock();
    await output.release();
  }
}

process.exitCode = await main();
