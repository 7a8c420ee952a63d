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

/** The attribute that tells Pagefind to skip an element whole: its text, filters and meta. */
const SKIP_ALL = 'data-pagefind-ignore="all"';

/**
 * A page as Pagefind reads it: without the elements it skips whole (`data-pagefind-ignore="all"`:
 * an explainer page's notes view and annotated Markdown, about two fifths of its HTML). Pagefind
 * would parse them only to drop everything in them, so the index is the same, byte for byte
 * (`test/cli/search-skipped.test.ts`; the 5,308 files of the benchmark's 1,000 realistic
 * explainers too), and there is less to send and to parse: the search step of those 1,000 took
 * 11.5 s of CPU, Pagefind's processes with it, against 12.5 s (medians of three). A part's digest
 * is of this too, so a change to those views alone indexes nothing again.
 *
 * An element is cut from its start tag to its matching end tag, found by reading the tags after
 * it one by one (attribute values, comments and raw text read as such) and counting those of its
 * name. Where the attribute is not one of a start tag, or its element does not close, the page is
 * left as it is: Pagefind reads that the same way, only slower.
 */
export function pagefindReads(html: string): string {
  let page = html;
  let at = page.indexOf(SKIP_ALL);
  while (at !== -1) {
    const start = page.lastIndexOf('<', at);
    const end = elementEnd(page, start, at);
    if (end === -1) at = page.indexOf(SKIP_ALL, at + SKIP_ALL.length);
    else {
      page = page.slice(0, start) + page.slice(end);
      at = page.indexOf(SKIP_ALL, start);
    }
  }
  return page;
}

/** A comment, or a tag with its attributes (whose quoted values may hold `<` and `>`). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/iy;
/** Elements whose text is raw: a `<` in it starts no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** The tag or comment that starts at `at`, if one does. */
function tagAt(html: string, at: number): RegExpExecArray | null {
  if (at < 0) return null;
  TAG.lastIndex = at;
  return TAG.exec(html);
}

/**
 * Where the element ends (after its end tag) whose start tag begins at `start` and has the
 * attribute at `at`; -1 when that is not so or the element does not close.
 */
function elementEnd(html: string, start: number, at: number): number {
  const open = tagAt(html, start);
  const before = html.slice(start, at);
  // The attribute lies inside this start tag, after a space and outside any quoted value.
  const isAttribute =
    open?.[2] !== undefined &&
    !open[1] &&
    start + open[0].length > at &&
    /\s$/.test(before) &&
    !/["']/.test(before.replace(/"[^"]*"|'[^']*'/g, ''));
  if (!isAttribute) return -1;
  const name = open[2]!.toLowerCase();
  let depth = 1;
  let from = start + open[0].length;
  while (depth > 0) {
    const tag = tagAt(html, html.indexOf('<', from));
    if (!tag) return -1;
    from = tag.index + tag[0].length;
    const tagName = tag[2]?.toLowerCase();
    if (tagName === undefined) continue; // a comment
    if (tag[1]) depth -= tagName === name ? 1 : 0;
    else if (RAW_TEXT.has(tagName)) {
      from = html.indexOf(`</${tagName}`, from);
      if (from === -1) return -1;
    } else if (tagName === name && !tag[3]!.endsWith('/')) depth += 1;
  }
  return from;
}

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
