/**
 * The search post-step of `npm run build`: index the built site with Pagefind's Node API. The
 * explainer pages are indexed from their HTML (the parts marked `data-pagefind-body`), and every
 * quotation, claim and comment from the records the build wrote (`SEARCH_RECORDS_PATH`), so a
 * result lands on its note and can be filtered by type, speaker and rating. Writes `pagefind/`
 * into the output folder; the search page loads it from there, from any static file server.
 *
 * A large site is indexed in parts of `SEARCH_PART_SIZE` explainers, each by a Pagefind process
 * of its own that ends before the next starts, so the memory the search step needs stays that
 * of one part (Pagefind holds its whole index in memory: 9.4 GB for 10,000 explainers in one).
 * The first part is the bundle in `pagefind/`, each further one a bundle in `pagefind/part-<n>/`,
 * listed in `pagefind/parts.json`; the search page merges them (Pagefind's `mergeIndex`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Explainers per search-index part (`EXPLAINERS_SEARCH_PART` sets another size). Pagefind's
 * time grows faster than the records it holds and its memory with them: the benchmark's 200
 * realistic explainers (4,000 records) take 0.22 GB and 6 s of its CPU; the same five times over
 * 0.96 GB and 41 s in one index, 0.50 GB and about 32 s in two parts, 0.24 GB and about 22 s in
 * five. Each part is one more bundle for the search page to load, hence parts of 1,000.
 */
export const SEARCH_PART_SIZE = Number(process.env.EXPLAINERS_SEARCH_PART) || 1_000;

/** The further bundles of a split index, relative to `pagefind/` (`[]` for a single index). */
export const SEARCH_PARTS_FILE = 'parts.json';

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

/** The slug of the explainer a record's or page's site path is in (`/explainers/<slug>/…`). */
const slugOf = (url: string) => decodeURIComponent(url.split('/')[2] ?? '');

/** Explainer folders of the output that have a page (the ones `INDEXED_PAGES` matches). */
function explainerPages(outDir: string): string[] {
  const dir = path.join(outDir, 'explainers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(path.join(dir, slug, 'index.html')))
    .sort();
}

/** Index one part, the explainer pages `slugs` and `records`, with a Pagefind process of its own. */
async function indexPart(
  outDir: string,
  forceLanguage: string,
  records: readonly SearchRecord[],
  slugs: readonly string[],
  bundle: string,
): Promise<number> {
  try {
    const created = await pagefind.createIndex({ forceLanguage });
    check('createIndex', created.errors);
    const index = created.index!;
    for (const slug of slugs) {
      const sourcePath = `explainers/${slug}/index.html`;
      const added = await index.addHTMLFile({
        sourcePath,
        content: readFileSync(path.join(outDir, sourcePath), 'utf8'),
      });
      check(`addHTMLFile ${sourcePath}`, added.errors);
    }
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
    const written = await index.writeFiles({ outputPath: path.join(outDir, bundle) });
    check('writeFiles', written.errors);
    return slugs.length;
  } finally {
    // The process ends with its part, and the memory it held with it.
    await pagefind.close();
  }
}

export async function indexSite(
  outDir: string,
  partSize: number = SEARCH_PART_SIZE,
): Promise<IndexedSite> {
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
  const slugs = explainerPages(outDir);
  let pages = 0;
  const parts: string[] = [];
  const bySlug = Map.groupBy(records, (record) => slugOf(record.url));
  // A record whose explainer has no page folder (none should) goes in the first part, never lost.
  const known = new Set(slugs);
  const stray = records.filter((record) => !known.has(slugOf(record.url)));
  // One part at least: a site of up to `partSize` explainers is one bundle.
  for (let start = 0, n = 0; n === 0 || start < slugs.length; start += partSize, n += 1) {
    const part = slugs.slice(start, start + partSize);
    const bundle = n === 0 ? 'pagefind' : `pagefind/part-${n}`;
    const own = [...(n === 0 ? stray : []), ...part.flatMap((slug) => bySlug.get(slug) ?? [])];
    pages += await indexPart(outDir, forceLanguage, own, part, bundle);
    if (n > 0) parts.push(`part-${n}/`);
  }
  mkdirSync(path.join(outDir, 'pagefind'), { recursive: true });
  writeFileSync(path.join(outDir, 'pagefind', SEARCH_PARTS_FILE), `${JSON.stringify(parts)}\n`);
  rmSync(recordsFile);
  return { pages, records: records.length };
}
