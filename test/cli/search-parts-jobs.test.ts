/**
 * The search post-step indexes its parts two at a time, each on a worker thread with a Pagefind
 * process of its own (`SEARCH_JOBS`): the bundles that come out are the same, file for file and
 * byte for byte, as those of the parts indexed one after another here; and the cache of parts
 * works the same way (a second run indexes nothing and gives the same output).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/cli/search-index.ts';
import { SEARCH_RECORDS_PATH } from '../../src/contract/site-paths.ts';
import type { SearchRecords } from '../../src/exports/search-records.ts';
import { tempDir } from '../bad-input/run-cli.ts';
import { folderBytes } from '../helpers/folder-bytes.ts';

const SLUGS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];

/** A built site's output as the post-step finds it: explainer pages and the search records. */
function output(): string {
  const out = tempDir('explainers-search-jobs-');
  for (const [i, slug] of SLUGS.entries()) {
    mkdirSync(path.join(out, 'explainers', slug), { recursive: true });
    writeFileSync(
      path.join(out, 'explainers', slug, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${slug}</title></head><body><main><article data-pagefind-body><h1 data-pagefind-meta="title">Explainer ${slug}</h1><p id="p-${i}">The council ${slug} budget rose by ${i + 3} per cent.</p></article></main></body></html>`,
    );
  }
  const records: SearchRecords = {
    language: 'en',
    records: SLUGS.map((slug, i) => ({
      url: `/explainers/${slug}/#q-${i}`,
      content: `“We will cut the ${slug} fares,” said the mayor`,
      meta: { title: `Explainer ${slug}`, explainer: `Explainer ${slug}` },
      filters: { Type: ['Quote'] },
      place: `content/explainers/${slug}.md:${i + 1}:1`,
    })),
  };
  mkdirSync(path.join(out, 'search'));
  writeFileSync(path.join(out, SEARCH_RECORDS_PATH), JSON.stringify(records));
  return out;
}

describe('search parts indexed at once', { timeout: 120_000 }, () => {
  it('gives the same bundles two at a time (worker threads) as one after another', async () => {
    const one = output();
    const two = output();
    const options = { partSize: 2 };
    expect(await indexSite(one, { ...options, jobs: 1 })).toEqual({
      pages: 5,
      records: 5,
      parts: 3,
      indexed: 3,
    });
    expect(await indexSite(two, { ...options, jobs: 2 })).toEqual({
      pages: 5,
      records: 5,
      parts: 3,
      indexed: 3,
    });
    const bundles = folderBytes(path.join(two, 'pagefind'));
    expect([...bundles.keys()].filter((file) => file.endsWith('pagefind-entry.json'))).toHaveLength(
      3,
    );
    expect(bundles).toEqual(folderBytes(path.join(one, 'pagefind')));
  });

  it('keeps the parts it indexed at once in the build cache, and reuses them all', async () => {
    const cacheDir = tempDir('explainers-search-jobs-cache-');
    const first = output();
    const second = output();
    const options = { partSize: 2, jobs: 2, cacheDir };
    expect((await indexSite(first, options)).indexed).toBe(3);
    expect((await indexSite(second, options)).indexed).toBe(0);
    expect(folderBytes(path.join(second, 'pagefind'))).toEqual(
      folderBytes(path.join(first, 'pagefind')),
    );
  });
});
