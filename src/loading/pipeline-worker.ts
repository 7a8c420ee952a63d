/**
 * A worker thread of `pipeline-pool.ts`: runs the pipeline over the files it is sent, with the
 * settings it was started with, and sends back each model and its messages as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createProcessor } from '../markdown/pipeline.ts';
import { processExplainerSource, type ExplainerSource } from './explainer-files.ts';
import { plainResult } from './pipeline-result.ts';
import type { Settings } from '../contract/settings.ts';

const settings = (workerData as { settings: Settings }).settings;
const processor = createProcessor(settings);

parentPort!.on('message', async ({ id, source }: { id: number; source: ExplainerSource }) => {
  const processed = await processExplainerSource(source, settings, processor);
  parentPort!.postMessage({ id, result: plainResult(processed) });
});
