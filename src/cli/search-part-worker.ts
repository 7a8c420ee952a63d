/**
 * A worker thread of the search step (`search-index.ts`): indexes the one part it is given
 * (`workerData`, a `PartJob`) with a Pagefind process of its own, and ends. A failure ends it
 * with the error, which the main thread rethrows.
 */
import { workerData } from 'node:worker_threads';
import { indexPart, type PartJob } from './search-part.ts';

await indexPart(workerData as PartJob);
