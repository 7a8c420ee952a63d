/**
 * The pipeline over many explainer files at once, on worker threads (`pipeline-worker.ts`), one
 * per core: the content loader and `explainer check` use it. Results come back in the files'
 * order and as if each file had been processed here (`pipeline-result.ts`), with at most a few
 * files per worker in flight, so memory does not grow with the folder.
 *
 * Few files, or one core, are processed on this thread: each worker loads the parser and the
 * plugins and warms up on its own. On the 2-vCPU benchmark machine (`npm run bench`), content
 * sync took 2.54 s with workers against 2.30 s without for 200 files, and 5.25 s against 5.68 s
 * for 1,000.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { createProcessor, type Processed } from '../markdown/pipeline.ts';
import { processExplainerSource, type ExplainerSource } from './explainer-files.ts';
import { fromPlainResult, type PlainResult } from './pipeline-result.ts';
import type { Settings } from '../contract/settings.ts';

/** Below this many files, workers cost more than they save. */
const MIN_FILES_FOR_WORKERS = 400;
/** Files sent to each worker ahead of the one the caller waits for. */
const AHEAD_PER_WORKER = 4;

/** How many workers to use for `count` files (0: process them on this thread). */
function workersFor(count: number): number {
  const cores = Math.min(os.availableParallelism(), 8);
  return count < MIN_FILES_FOR_WORKERS || cores < 2 ? 0 : cores;
}

/** Each file's result, in the order of `sources`. */
export async function* processAll(
  sources: readonly ExplainerSource[],
  settings: Settings,
  workers = workersFor(sources.length),
): AsyncGenerator<Processed> {
  if (workers === 0) {
    const processor = createProcessor(settings);
    for (const source of sources) yield await processExplainerSource(source, settings, processor);
    return;
  }
  const pool = Array.from(
    { length: workers },
    () =>
      new Worker(new URL('./pipeline-worker.ts', import.meta.url), { workerData: { settings } }),
  );
  const waiting = new Map<
    number,
    { resolve: (r: PlainResult) => void; reject: (e: unknown) => void }
  >();
  for (const worker of pool) {
    worker.on('message', ({ id, result }: { id: number; result: PlainResult }) => {
      waiting.get(id)?.resolve(result);
      waiting.delete(id);
    });
    worker.on('error', (error) => {
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    });
  }
  const results: Array<Promise<PlainResult>> = [];
  const send = (id: number) => {
    results[id] = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    // A failure is thrown where the result is awaited, not reported as unhandled before that.
    results[id].catch(() => {});
    pool[id % workers]!.postMessage({ id, source: sources[id] });
  };
  try {
    let next = 0;
    for (let id = 0; id < sources.length; id += 1) {
      while (next < sources.length && next <= id + workers * AHEAD_PER_WORKER) send(next++);
      yield fromPlainResult(await results[id]!);
      delete results[id];
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
