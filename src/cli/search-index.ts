/**
 * The search post-step of `npm run build`: index the built site with Pagefind's Node API. The
 * explainer pages are indexed from their HTML (the parts marked `data-pagefind-body`), and every
 * quotation, claim and comment from the records the build wrote (`SEARCH_RECORDS_PATH`), so a
 * result lands on its note and can be filtered by type, speaker and rating. Writes `pagefind/`
 * into the output folder; the search page loads it from there, from any static file server.
 *
 * A site is indexed in parts of at least `SEARCH_PART_SIZE` explainers (see `partSizeFor`),
 * each by a Pagefind process of its own that ends before the next starts, so the memory the
 * search step needs stays that of one part (Pagefind holds its whole index in memory: 9.4 GB
 * for 10,000 explainers in one). The first part is the bundle in `pagefind/`, each further one
 * a bundle in `pagefind/part-<n>/`, listed in `pagefind/parts.json`; the search page merges them
 * (Pagefind's `mergeIndex`).
 *
 * Pagefind has no incremental mode, so each part's bundle is kept in the build cache
 * (`<cacheDir>/search-parts/<digest>/`), named by a digest of everything that goes into it: the
 * HTML of its explainer pages, its annotation records, the language, Pagefind's version and this
 * module's code. A rebuild indexes again only the parts whose digest changed (one changed
 * explainer: the one part holding it) and links the others' files into the output from the
 * cache (hard links, a copy where the two are on different disks).
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
import * as pagefind from 'pagefind';
// Types only: the records module itself loads the site-wide indexes, which this step never runs.
import type { SearchRecord, SearchRecords } from '../exports/search-records.ts';
import { SEARCH_RECORDS_PATH } from '../contract/site-paths.ts';

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

/** An explainer page of a part, as read from the output (for its digest and for Pagefind). */
interface PartPage {
  sourcePath: string;
  content: string;
}

/** The explainer pages `slugs` of one part, each read once. */
const partPages = (outDir: string, slugs: readonly string[]): PartPage[] =>
  slugs.map((slug) => {
    const sourcePath = `explainers/${slug}/index.html`;
    return { sourcePath, content: readFileSync(path.join(outDir, sourcePath), 'utf8') };
  });

/** Index one part, its explainer pages and `records`, with a Pagefind process of its own. */
async function indexPart(
  forceLanguage: string,
  records: readonly SearchRecord[],
  pages: readonly PartPage[],
  outputPath: string,
): Promise<void> {
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

/** This module's own code: a change to how parts are indexed makes every part new. */
const OWN_CODE = readFileSync(fileURLToPath(import.meta.url), 'utf8');
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
  { partSize: base = SEARCH_PART_SIZE, cacheDir }: IndexOptions = {},
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
  let indexed = 0;
  // One part at least: a site of up to `partSize` explainers is one bundle.
  for (let start = 0, n = 0; n === 0 || start < slugs.length; start += partSize, n += 1) {
    const part = slugs.slice(start, start + partSize);
    const bundle = path.join(outDir, n === 0 ? 'pagefind' : `pagefind/part-${n}`);
    const own = [...(n === 0 ? stray : []), ...part.flatMap((slug) => bySlug.get(slug) ?? [])];
    if (n > 0) parts.push(`part-${n}/`);
    const pages = partPages(outDir, part);
    if (!cached) {
      await indexPart(forceLanguage, own, pages, bundle);
      indexed += 1;
      continue;
    }
    const digest = partDigest(forceLanguage, own, pages);
    const kept = path.join(cached, digest);
    used.add(digest);
    if (!existsSync(kept)) {
      // Written beside its final name and renamed, so a part cut short is never taken as whole.
      const writing = `${kept}.writing-${process.pid}`;
      rmSync(writing, { recursive: true, force: true });
      await indexPart(forceLanguage, own, pages, writing);
      renameSync(writing, kept);
      indexed += 1;
    }
    linkTree(kept, bundle);
  }
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
  return { pages: slugs.length, records: records.length, parts: parts.length + 1, indexed };
}
