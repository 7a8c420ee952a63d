/**
 * A search index in parts (`src/cli/search-index.ts`): the sample site, which the tests build with
 * two explainers a part (`SAMPLE_SEARCH_PART`), so its explainers make three Pagefind bundles, and
 * the search page finds and filters the annotations of every part as one index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_PARTS_FILE } from '../../src/cli/search-index.ts';
import { FRAGMENTS_PER_FILE } from '../../src/cli/search-part.ts';
import { searchHref } from '../../src/views/paths.ts';
import { SAMPLE_SEARCH_PART } from '../helpers/sample-site.ts';
import { launch } from '../helpers/browser.ts';
import { BROWSER_TIMEOUT, BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { open, serveSite, type Site } from './browser-helpers.ts';

let site: Site;
let browser: Browser;
const url = (sitePath: string) => site.server.url + sitePath.replace(/^\//, '');

beforeAll(async () => {
  site = await serveSite();
  browser = await launch();
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await site?.server.close();
});

describe('a search index in parts', { timeout: BROWSER_TIMEOUT }, () => {
  const resultLinks = (page: Page) =>
    page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => a.getAttribute('href')));

  it(`writes one bundle per ${SAMPLE_SEARCH_PART} explainers and lists the further ones`, () => {
    const bundle = path.join(site.built.outDir, 'pagefind');
    expect(JSON.parse(readFileSync(path.join(bundle, SEARCH_PARTS_FILE), 'utf8'))).toEqual([
      'part-1/',
      'part-2/',
    ]);
    for (const dir of [bundle, path.join(bundle, 'part-1'), path.join(bundle, 'part-2')]) {
      expect(existsSync(path.join(dir, 'pagefind-entry.json'))).toBe(true);
      // Fragments (one per page and per record) share files, FRAGMENTS_PER_FILE a file at most.
      const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const fragments = Object.values(entry.languages)[0]!.page_count;
      expect(fragments).toBeGreaterThan(FRAGMENTS_PER_FILE);
      expect(readdirSync(path.join(dir, 'fragment')).length).toBeLessThanOrEqual(
        Math.ceil(fragments / FRAGMENTS_PER_FILE),
      );
    }
  });

  it('finds and filters annotations in every part from one search page', async () => {
    const { page, errors } = await open(browser, url(searchHref()));
    const search = async (query: string) => {
      await page.fill('.pagefind-ui__search-input', query);
      await page.waitForSelector('.pagefind-ui__result');
    };
    // The first part (kellsbury-…), the second (riverline-…) and the last (westmarch-school-…).
    await search('council');
    await expect
      .poll(async () => (await resultLinks(page)).map((href) => href?.split('/')[2]))
      .toEqual(
        expect.arrayContaining(['kellsbury-cycle-lane-budget', 'westmarch-school-meals-pledge']),
      );
    await search('punctuality franchise');
    await expect
      .poll(async () => (await resultLinks(page)).map((href) => href?.split('/')[2]))
      .toContain('riverline-rail-punctuality');
    // A filter applies across the parts: the claim in the last part, at its note.
    await search('Calder Vale');
    const block = page.locator('.pagefind-ui__filter-block', {
      has: page.locator('input[name="Type"]'),
    });
    if (!(await block.evaluate((el) => (el as HTMLDetailsElement).open))) {
      await block.locator('summary').click();
    }
    await block.locator('input[name="Type"][value="Claim"]').check();
    // Polled as a whole: the unfiltered results stay on the page until the filtered ones arrive.
    await expect
      .poll(async () => {
        const links = await resultLinks(page);
        return {
          claim: links.includes('/explainers/westmarch-school-meals-pledge/#note-pilot-cost'),
          others: links.filter(
            (href) => !/^\/explainers\/westmarch-school-meals-pledge\/#note-/.test(href ?? ''),
          ),
        };
      })
      .toEqual({ claim: true, others: [] });
    expect(errors).toEqual([]);
    await page.close();
  });
});
