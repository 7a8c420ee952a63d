/**
 * One part of the search index: its explainer pages and annotation records, indexed by a
 * Pagefind process of its own, written to one folder. `search-index.ts` plans the parts and runs
 * them, here or on worker threads (`search-part-worker.ts`), each of which starts its own Pagefind
 * process: Pagefind indexes on one core, so two parts at once take less time than one after the
 * other (`SEARCH_JOBS` has the figures).
 */
import * as pagefind from 'pagefind';
// Types only: the records module itself loads the site-wide indexes, which this step never runs.
import type { SearchRecord } from '../exports/search-records.ts';

/** An explainer page of a part, as read from the output (for its digest and for Pagefind). */
export interface PartPage {
  sourcePath: string;
  content: string;
}

/** Everything Pagefind is given for one part, and where its bundle goes. */
export interface PartJob {
  forceLanguage: string;
  records: readonly SearchRecord[];
  pages: readonly PartPage[];
  outputPath: string;
}

/** Annotation records sent to Pagefind at once (each is a round trip to its process). */
const RECORD_BATCH = 500;

/**
 * Fragments (what a result shows: one per page and per record) Pagefind writes into one file, at
 * most (its `maxFragments`: a part of N fragments gets N / 4 files). One file each made a part of
 * 250 explainers 5,000 small files, and creating them was a third of Pagefind's CPU time (system
 * time, in the kernel); in shared files the same results come out, and a reader's search loads a
 * file of four fragments where it loaded one (about 2 KB compressed instead of 0.5 KB).
 */
export const FRAGMENTS_PER_FILE = 4;

function check(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}

/**
 * A failure while adding records, naming the explainer file and the line of the annotation it
 * failed on: the one whose address Pagefind's message quotes, else the first of the batch.
 */
function recordError(batch: readonly SearchRecord[], error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  const culprit = batch.find((record) => reason.includes(record.url)) ?? batch[0];
  const where = culprit ? `${culprit.place}: the annotation ${culprit.url}` : 'a record';
  return new Error(`${where} could not be indexed: ${reason.split('\n')[0]}`);
}

/** Index one part with a Pagefind process of its own, which ends with it. */
export async function indexPart({
  forceLanguage,
  records,
  pages,
  outputPath,
}: PartJob): Promise<void> {
  try {
    const fragments = pages.length + records.length;
    const created = await pagefind.createIndex({
      forceLanguage,
      maxFragments: Math.max(1, Math.ceil(fragments / FRAGMENTS_PER_FILE)),
    });
    check('createIndex', created.errors);
    const index = created.index!;
    // Sent all at once, like the records: Pagefind takes its messages in the order they come
    // (the same page order, so the same index), and is not left waiting for each round trip.
    const added = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
    added.forEach((result, i) => check(`addHTMLFile ${pages[i]!.sourcePath}`, result.errors));
    for (let start = 0; start < records.length; start += RECORD_BATCH) {
      const batch = records.slice(start, start + RECORD_BATCH);
      try {
        const added = await Promise.all(
          batch.map(({ place: _, ...record }) =>
            index.addCustomRecord({ ...record, language: forceLanguage }),
          ),
        );
        added.forEach((result, i) => check(`addCustomRecord ${batch[i]!.url}`, result.errors));
      } catch (error) {
        throw recordError(batch, error);
      }
    }
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
  } finally {
    // The process ends with its part, and the memory it held with it.
    await pagefind.close();
  }
}
