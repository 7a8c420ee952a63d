/**
 * The search post-step of `npm run build`: index the built site with Pagefind's Node API. The
 * explainer pages are indexed from their HTML (the parts marked `data-pagefind-body`), and every
 * quotation, claim and comment from the records the build wrote (`SEARCH_RECORDS_PATH`), so a
 * result lands on its note and can be filtered by type, speaker and rating. Writes `pagefind/`
 * into the output folder; the search page loads it from there, from any static file server.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {
  SEARCH_RECORDS_PATH,
  type SearchRecord,
  type SearchRecords,
} from '../exports/search-records.ts';

export interface IndexedSite {
  /** Explainer pages Pagefind read (the parts marked `data-pagefind-body`). */
  pages: number;
  /** Annotation records added. */
  records: number;
}

/**
 * The pages Pagefind reads: only explainer pages carry `data-pagefind-body`, so reading the
 * other three quarters of the site's HTML added nothing to the index (the same index files come
 * out) but time. test/site/publishing.test.ts checks no other page is marked.
 */
export const INDEXED_PAGES = 'explainers/*/index.html';

/** Annotation records sent to Pagefind at once (each is a round trip to its process). */
const RECORD_BATCH = 500;

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

export async function indexSite(outDir: string): Promise<IndexedSite> {
  const recordsFile = path.join(outDir, SEARCH_RECORDS_PATH);
  if (!existsSync(recordsFile)) {
    throw new Error(`${SEARCH_RECORDS_PATH} is missing from the output; was the site built?`);
  }
  // Pagefind refuses (and its process dies on) a lone surrogate, which a YAML escape such as
  // "\ud83c" in a title or a name can give: each becomes U+FFFD, as it would on a page.
  const { language, records } = JSON.parse(readFileSync(recordsFile, 'utf8'), (_, value) =>
    typeof value === 'string' ? value.toWellFormed() : (value as unknown),
  ) as SearchRecords;
  // One index for the whole site (Pagefind would split it by page language otherwise), so the
  // search page finds every explainer whatever its language. Pagefind wants ISO 639-1 here.
  const forceLanguage = language.split('-')[0]!;
  try {
    const created = await pagefind.createIndex({ forceLanguage });
    check('createIndex', created.errors);
    const index = created.index!;
    const pages = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    check('addDirectory', pages.errors);
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
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    check('writeFiles', written.errors);
    rmSync(recordsFile);
    return { pages: pages.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}
