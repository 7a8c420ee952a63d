/**
 * The search post-step of `npm run build`: index the built site with Pagefind's Node API. The
 * explainer pages are indexed from their HTML (the parts marked `data-pagefind-body`), and every
 * quotation, claim and comment from the records the build wrote (`SEARCH_RECORDS_PATH`), so a
 * result lands on its note and can be filtered by type, speaker and rating. Writes `pagefind/`
 * into the output folder; the search page loads it from there, from any static file server.
 *
 * A site is indexed in parts of at least `SEARCH_PART_SIZE` explainers (see `partSizeFor`),
 * each by a Pagefind process of its own (`search-part.ts`) that ends with its part, at most
 * `SEARCH_JOBS` at a time, so the memory the search step needs stays that of two parts
 * (Pagefind holds its whole index in memory: 9.4 GB for 10,000 explainers in one). The first
 * part is the bundle in `pagefind/`, each further one a bundle in `pagefind/part-<n>/`, listed
 * in `pagefind/parts.json`; the search page merges them (Pagefind's `mergeIndex`).
 *
 * Pagefind has no incremental mode, so each part's bundle is kept in the build cache
 * (`<cacheDir>/search-parts/<digest>/`), named by a digest of everything that goes into it: the
 * HTML of its explainer pages, its annotation records, the language, Pagefind's version and the
 * code of this module and `search-part.ts`. A rebuild indexes again only the parts whose digest
 * changed (one changed explainer: the one part holding it) and links the others' files into the
 * output from the cache (hard links, a copy where the two are on different disks).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
// Types only: the records module itself loads the site-wide indexes, which this step never runs.
import type { SearchRecord, SearchRecords } from '../exports/search-records.ts';
import { SEARCH_RECORDS_PATH } from '../contract/site-paths.ts';
import { indexPart, pagefindReads, type PartJob, type PartPage } from './search-part.ts';

export interface IndexedSite {
  /** Explainer pages Pagefind read (the parts marked `data-pagefind-body`). */
  pages: number;
  /** Annotation records added. */
  records: number;
  /** Parts (Pagefind bundles) of the index. */
  parts: number;
  /** Parts indexed by Pagefind in this build; the others were taken from the cache unchanged. */
  indexed: number;
}

export interface IndexOptions {
  /** Explainers per part, at least (default `SEARCH_PART_SIZE`; see `partSizeFor`). */
  partSize?: number;
  /**
   * The build cache folder: each part's bundle is kept in `<cacheDir>/search-parts/` and reused
   * while its digest is unchanged. Without it, every part is indexed.
   */
  cacheDir?: string;
  /**
   * Parts indexed at once, each on a worker thread with a Pagefind process (default:
   * `SEARCH_JOBS` while parts hold at most `PARALLEL_PART_LIMIT` explainers, else one).
   */
  jobs?: number;
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
 * five. Parts are also what a rebuild indexes again (the one holding a changed explainer), and
 * each part is one more bundle for the search page to load (about 110 KB before the first
 * result: Pagefind's script and WebAssembly, by each bundle's own address), hence parts of 250
 * and at most `MAX_SEARCH_PARTS` of them.
 */
export const SEARCH_PART_SIZE = Number(process.env.EXPLAINERS_SEARCH_PART) || 250;

/**
 * Parts indexed at once (`EXPLAINERS_SEARCH_JOBS` sets another number): one per core, at most
 * two, while parts hold at most `PARALLEL_PART_LIMIT` explainers. Pagefind indexes a part on one
 * core (its CPU time is about its wall time), so two parts at once take less time than one after
 * the other, though not half on the benchmark machine's two vCPUs: one part of 250 realistic
 * explainers 3.9 s, two at once 6.2 s; the 4 parts of 1,000 15.0 s one after the other, 11.8 s
 * two at a time, with the same bundles.
 */
export const SEARCH_JOBS =
  Number(process.env.EXPLAINERS_SEARCH_JOBS) || Math.min(2, os.availableParallelism());

/**
 * The largest part indexed beside another. Memory is that of the parts being indexed: the
 * search step's processes together peaked at 1.5 GB for one part of 1,000 realistic explainers
 * and 1.9 GB for two of 500 at once, and at 4.8 GB at 10,000 explainers with two parts of 1,000
 * at once (issue 18's limit is 3.5 GB), so parts of more than 500 go one after the other.
 */
export const PARALLEL_PART_LIMIT = 500;

/** The most parts the default part size makes (10,000 explainers: 10 parts of 1,000). */
export const MAX_SEARCH_PARTS = 10;

/**
 * The part size for a site of `count` explainers: `base` doubled until there are at most
 * `MAX_SEARCH_PARTS` parts. Sizes go in steps (250, 500, 1,000, …), so adding or removing an
 * explainer changes the size, and with it every part, only when the site crosses a step.
 */
export function partSizeFor(count: number, base: number = SEARCH_PART_SIZE): number {
  let size = Math.max(1, base);
  while (count > size * MAX_SEARCH_PARTS) size *= 2;
  return size;
}

/** The cache's folder of part bundles, in the build cache. */
export const searchPartsDir = (cacheDir: string) => path.join(cacheDir, 'search-parts');

/** The further bundles of a split index, relative to `pagefind/` (`[]` for a single index). */
export const SEARCH_PARTS_FILE = 'parts.json';

/** The slug of the explainer a record's or page's site path is in (`/explainers/<slug>/…`). */
const slugOf = (url: string) => decodeURIComponent(url.split('/')[2] ?? '');

/**
 * The records the build wrote. Pagefind refuses (and its process dies on) a lone surrogate,
 * which a YAML escape such as "\ud83c" in a title or a name can give: each becomes U+FFFD, as it
 * would on a page. `JSON.stringify` writes a lone surrogate as a `\udXXX` escape (UTF-8 cannot
 * hold it), so only a file with such an escape needs the reviver that mends every string: it made
 * reading the records of 1,000 explainers (12 MB) four times slower (0.6–0.8 s against 0.15 s).
 */
export function readRecords(text: string): SearchRecords {
  if (!/\\u[dD][89a-fA-F]/.test(text)) return JSON.parse(text) as SearchRecords;
  return JSON.parse(text, (_, value) =>
    typeof value === 'string' ? value.toWellFormed() : (value as unknown),
  ) as SearchRecords;
}

/** Explainer folders of the output that have a page (the ones `INDEXED_PAGES` matches). */
function explainerPages(outDir: string): string[] {
  const dir = path.join(outDir, 'explainers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(path.join(dir, slug, 'index.html')))
    .sort();
}

/** The explainer pages `slugs` of one part, each read once, as Pagefind reads them. */
const partPages = (outDir: string, slugs: readonly string[]): PartPage[] =>
  slugs.map((slug) => {
    const sourcePath = `explainers/${slug}/index.html`;
    const content = pagefindReads(readFileSync(path.join(outDir, sourcePath), 'utf8'));
    return { sourcePath, content };
  });

/** The code that indexes a part: a change to it makes every part new. */
const OWN_CODE = [import.meta.url, new URL('./search-part.ts', import.meta.url).href]
  .map((url) => readFileSync(fileURLToPath(url), 'utf8'))
  .join('\0');
/** Pagefind's version, from its package (whose `exports` leave out package.json: found by path). */
const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(
      path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

/** The digest of one part: everything Pagefind is given for it, and how. */
function partDigest(
  forceLanguage: string,
  records: readonly SearchRecord[],
  pages: readonly PartPage[],
): string {
  const hash = createHash('sha256');
  hash.update(`${PAGEFIND_VERSION}\0${forceLanguage}\0${OWN_CODE}\0`);
  for (const { sourcePath, content } of pages) {
    hash.update(`${sourcePath}\0`).update(content).update('\0');
  }
  hash.update(JSON.stringify(records));
  return hash.digest('hex').slice(0, 32);
}

/** Index one part on a worker thread of its own (and so with a Pagefind process of its own). */
function indexPartInWorker(job: PartJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-part-worker.ts', import.meta.url), {
      workerData: job,
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the search index worker exited with ${code}`)),
    );
  });
}

/** One part to index: what Pagefind is given (read when it starts), and what to do after. */
interface PartWork {
  job: () => PartJob;
  done: () => void;
}

/**
 * Index every part, `jobs` at a time: here when one at a time, on worker threads otherwise. The
 * first failure stops new parts from starting and is thrown once the running ones have ended.
 */
async function runParts(work: readonly PartWork[], jobs: number): Promise<void> {
  if (jobs <= 1 || work.length <= 1) {
    for (const { job, done } of work) {
      await indexPart(job());
      done();
    }
    return;
  }
  let next = 0;
  let failed = false;
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(jobs, work.length) }, async () => {
      while (!failed && next < work.length) {
        const { job, done } = work[next++]!;
        try {
          await indexPartInWorker(job());
        } catch (error) {
          failed = true;
          throw error;
        }
        done();
      }
    }),
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Every file under `from`, linked (or, across disks, copied) to the same place under `to`. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

export async function indexSite(
  outDir: string,
  { partSize: base = SEARCH_PART_SIZE, cacheDir, jobs }: IndexOptions = {},
): Promise<IndexedSite> {
  const recordsFile = path.join(outDir, SEARCH_RECORDS_PATH);
  if (!existsSync(recordsFile)) {
    throw new Error(`${SEARCH_RECORDS_PATH} is missing from the output; was the site built?`);
  }
  const { language, records } = readRecords(readFileSync(recordsFile, 'utf8'));
  // One index for the whole site (Pagefind would split it by page language otherwise), so the
  // search page finds every explainer whatever its language. Pagefind wants ISO 639-1 here.
  const forceLanguage = language.split('-')[0]!;
  const slugs = explainerPages(outDir);
  const partSize = partSizeFor(slugs.length, base);
  const parts: string[] = [];
  const bySlug = Map.groupBy(records, (record) => slugOf(record.url));
  // A record whose explainer has no page folder (none should) goes in the first part, never lost.
  const known = new Set(slugs);
  const stray = records.filter((record) => !known.has(slugOf(record.url)));
  const cached = cacheDir ? searchPartsDir(cacheDir) : undefined;
  const used = new Set<string>();
  // The parts to index, and the cached bundles to link into the output once they are all there.
  const work: PartWork[] = [];
  const links: Array<[string, string]> = [];
  // One part at least: a site of up to `partSize` explainers is one bundle.
  for (let start = 0, n = 0; n === 0 || start < slugs.length; start += partSize, n += 1) {
    const part = slugs.slice(start, start + partSize);
    const bundle = path.join(outDir, n === 0 ? 'pagefind' : `pagefind/part-${n}`);
    const own = [...(n === 0 ? stray : []), ...part.flatMap((slug) => bySlug.get(slug) ?? [])];
    if (n > 0) parts.push(`part-${n}/`);
    // A part's pages are read when it is indexed (and once before, for its digest), so only
    // the parts being indexed are held in memory.
    const job = (outputPath: string) => () => ({
      forceLanguage,
      records: own,
      pages: partPages(outDir, part),
      outputPath,
    });
    if (!cached) {
      work.push({ job: job(bundle), done: () => {} });
      continue;
    }
    const digest = partDigest(forceLanguage, own, partPages(outDir, part));
    const kept = path.join(cached, digest);
    used.add(digest);
    links.push([kept, bundle]);
    if (!existsSync(kept)) {
      // Written beside its final name and renamed, so a part cut short is never taken as whole.
      const writing = `${kept}.writing-${process.pid}`;
      rmSync(writing, { recursive: true, force: true });
      work.push({ job: job(writing), done: () => renameSync(writing, kept) });
    }
  }
  await runParts(work, jobs ?? (partSize <= PARALLEL_PART_LIMIT ? SEARCH_JOBS : 1));
  for (const [kept, bundle] of links) linkTree(kept, bundle);
  mkdirSync(path.join(outDir, 'pagefind'), { recursive: true });
  writeFileSync(path.join(outDir, 'pagefind', SEARCH_PARTS_FILE), `${JSON.stringify(parts)}\n`);
  rmSync(recordsFile);
  // Parts no page of this build uses go (the output holds its own links to their files).
  if (cached) {
    for (const name of readdirSync(cached)) {
      if (!used.has(name) && !name.includes('.writing-'))
        rmSync(path.join(cached, name), { recursive: true, force: true });
    }
  }
  return {
    pages: slugs.length,
    records: records.length,
    parts: parts.length + 1,
    indexed: work.length,
  };
}
