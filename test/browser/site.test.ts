/**
 * The whole built site, with its search index, in real Chromium with JavaScript on:
 * - a filtered Pagefind search returns the right note, and its link lands on it;
 * - axe-core finds no violations on the home page, an explainer, the claims index, a person page
 *   and the other page types, in the light and the dark scheme;
 * - the colour pairs of the stylesheet meet WCAG AA in both schemes;
 * - no page logs a console error or fails a request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimsHref,
  correctionsHref,
  personHref,
  searchHref,
  tagsHref,
} from '../../src/views/paths.ts';
import { SEARCH_FILTERS } from '../../src/exports/search-records.ts';
import { VIEW_IDS } from '../../src/contract/site-paths.ts';
import { loadSettings } from '../../src/loading/load-settings.ts';
import { contrastRatio } from '../../src/contract/settings.ts';
import { launch, WIDTHS } from '../helpers/browser.ts';
import { loadInFrames } from '../helpers/frames.ts';
import { projectRoot } from '../helpers/paths.ts';
import { htmlFiles } from '../site/publishing-crawl.ts';
import {
  axeViolations,
  open,
  serveSite,
  shot,
  type OpenedPage,
  type Site,
} from './browser-helpers.ts';
import { BROWSER_TIMEOUT, BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const EXPLAINER = 'explainers/kellsbury-cycle-lane-budget/';
let browser: Browser;
let site: Site;
/** A site path from a paths.ts helper (which includes the base, `/` here) → a served URL. */
const url = (sitePath: string) => site.server.url + sitePath.replace(/^\//, '');

/**
 * One tab for the whole file, recording errors (a new tab costs Chromium more CPU than a page
 * load): each test loads its pages afresh in it (`fresh`), in the light scheme unless it asks for
 * another, at the default width, with no errors recorded yet. This file used three tabs (search,
 * axe, every page); one instead took the file from 28.0 s to 26.4 s of CPU (medians of four runs
 * each, interleaved, on a loaded 2-core machine, Chromium's renderers counted).
 */
let tab: OpenedPage;

beforeAll(async () => {
  site = await serveSite();
  browser = await launch();
  tab = await open(browser, 'about:blank');
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await site?.server.close();
});

async function fresh(target: string): Promise<OpenedPage & { status: number | undefined }> {
  await tab.page.goto('about:blank');
  tab.errors.splice(0);
  await tab.page.setViewportSize({ width: 1280, height: 900 });
  await tab.page.emulateMedia({ colorScheme: 'light' });
  const response = await tab.page.goto(target);
  return { ...tab, status: response?.status() };
}

describe('search', () => {
  const resultLinks = (page: Page) =>
    page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => a.getAttribute('href')));

  async function searchFor(page: Page, query: string) {
    await page.fill('.pagefind-ui__search-input', query);
    await page.waitForSelector('.pagefind-ui__result');
  }

  async function check(page: Page, filter: string, value: string) {
    const block = page.locator('.pagefind-ui__filter-block', {
      has: page.locator(`input[name="${filter}"]`),
    });
    if (!(await block.evaluate((el) => (el as HTMLDetailsElement).open))) {
      await block.locator('summary').click();
    }
    await block.locator(`input[name="${filter}"][value="${value}"]`).check();
  }

  it('narrows a search by type, speaker and rating to the right note, and lands on it', async () => {
    // Motion welcome (the default): arriving from the search page must still land on the note,
    // even when the web fonts arrive and reflow the text during the jump.
    const { page, errors } = await fresh(url(searchHref()));
    await searchFor(page, 'Mill Road');
    // Pagefind shows results as they load: wait for them.
    await expect.poll(async () => (await resultLinks(page)).length).toBeGreaterThan(2);

    await check(page, 'Type', 'Claim');
    await check(page, 'Speaker', 'Ravi Anand');
    await expect.poll(() => resultLinks(page)).toEqual([`/${EXPLAINER}#note-one-in-five`]);
    await check(page, 'Rating', 'Misleading');
    await expect.poll(() => resultLinks(page)).toEqual([`/${EXPLAINER}#note-one-in-five`]);
    await shot(page, 'search-filtered.png', { fullPage: true });

    // Ticking "Misleading" searches again, with the same result: Pagefind may draw it again after
    // the list above already matched, and a click that lands while the link is being replaced goes
    // nowhere (once in a loaded run: no navigation in 120 s). So click until the browser asks for
    // the page (not again after that: a second click would restart a slow navigation).
    let asked = false;
    const onRequest = (request: Request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) asked = true;
    };
    page.on('request', onRequest);
    const result = page.locator('.pagefind-ui__result-link');
    await expect
      .poll(
        async () => {
          if (!asked) await result.click({ timeout: 5_000 }).catch(() => undefined);
          return asked;
        },
        { interval: 1_000 },
      )
      .toBe(true);
    page.off('request', onRequest);
    await page.waitForURL(/#note-one-in-five$/);
    const landed = () =>
      page.evaluate(() => {
        const note = document.querySelector(':target');
        const r = note?.getBoundingClientRect();
        return { id: note?.id, inView: !!r && r.top < innerHeight && r.bottom > 0 };
      });
    await expect.poll(landed).toEqual({ id: 'note-one-in-five', inView: true });
    expect(errors).toEqual([]);
  });

  it(
    'finds quotations, filtered by type, at the quotation itself when it has no note',
    async () => {
      const { page } = await fresh(url(searchHref()));
      await searchFor(page, 'cyclists');
      await check(page, 'Type', 'Quotation');
      await expect
        .poll(async () => {
          const links = await resultLinks(page);
          return links.length > 0 && links.every((href) => /#(note-)?q-/.test(href ?? ''));
        })
        .toBe(true);
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(0);
      // Each lands on a quotation or the note about it on the page, on a phone (in the same tab).
      await page.setViewportSize({ width: WIDTHS.phone, height: 800 });
      for (const href of links) {
        await page.goto(url(href!));
        const visible = await page.evaluate(() => {
          const el = document.querySelector(':target') as HTMLElement | null;
          return !!el && el.checkVisibility();
        });
        expect(visible, href!).toBe(true);
      }
    },
    BROWSER_TIMEOUT,
  );

  it('arriving with ?q=, lists every filter group even when some load after the first search', async () => {
    // Every filter list but the first one asked for arrives late, as on a slow connection: the
    // search made on arrival answers before they do, with only the groups loaded by then.
    const { page, errors } = await fresh('about:blank');
    let asked = 0;
    await page.route('**/*.pf_filter', async (route) => {
      if ((asked += 1) > 1) await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.goto(`${url(searchHref())}?q=${encodeURIComponent('Mill Road')}`);
    // The results are marked busy until that second search has answered, then no longer.
    const busy = () => page.locator('#search').getAttribute('aria-busy');
    await expect.poll(busy).toBe('true');
    await expect.poll(busy).toBeNull();
    expect(await page.locator('.pagefind-ui__filter-block').count()).toBe(SEARCH_FILTERS.length);
    expect(asked).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.unrouteAll();
  });
});

describe('accessibility', () => {
  const person = loadSettings(path.join(projectRoot, 'content')).settings.people[0]!;
  const pages = [
    ['home', '/'],
    ['explainer', `/${EXPLAINER}`],
    ['claims index', claimsHref()],
    ['person', personHref({ name: person.name, id: person.id })],
    ['annotations-only', `/${EXPLAINER}#notes`],
    ['annotated Markdown', `/${EXPLAINER}#source`],
    ['topics', tagsHref()],
    ['corrections', correctionsHref()],
    ['search', searchHref()],
    ['404', '/404.html'],
  ] as const;

  // Every page type in the light scheme; in the dark one, the pages the issue names and search
  // and the annotated Markdown, whose token colours change with the scheme (the colour pairs of
  // both schemes are checked on their own below).
  const dark = new Set([
    'home',
    'explainer',
    'claims index',
    'person',
    'annotated Markdown',
    'search',
  ]);
  // Every axe run is in the file's one tab (`fresh`): each page is loaded once; for the dark
  // scheme it is switched in place (`emulateMedia`), and axe, already on the page, runs again.
  for (const [name, sitePath] of pages) {
    const schemes = dark.has(name) ? (['light', 'dark'] as const) : (['light'] as const);
    it(`axe: no violations on the ${name} page (${schemes.join(' and ')})`, async () => {
      const { page, status } = await fresh(url(sitePath));
      expect(status, `${sitePath} exists`).toBe(200);
      if (name === 'search') {
        await page.fill('.pagefind-ui__search-input', 'council');
        await page.waitForSelector('.pagefind-ui__result');
      }
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });
  }

  it('axe: no violations on an explainer at phone width, disclosures closed and open', async () => {
    const { page } = await fresh('about:blank');
    await page.setViewportSize({ width: WIDTHS.phone, height: 800 });
    await page.goto(url(`/${EXPLAINER}`));
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('meets WCAG AA contrast with every colour pair of the stylesheet, light and dark', async () => {
    const pairs = [
      // [text, background, minimum]
      ['--text', '--bg', 4.5],
      ['--muted', '--bg', 4.5],
      ['--accent', '--bg', 4.5],
      ['--text', '--panel', 4.5],
      ['--muted', '--panel', 4.5],
      ['--accent', '--panel', 4.5],
      ['--text', '--quote', 4.5],
      ['--text', '--claim', 4.5],
      ['--accent', '--quote', 4.5],
      ['--tip-text', '--tip-bg', 4.5],
      // The annotated Markdown's token colours.
      ...(
        ['string', 'keyword', 'string-expression', 'link', 'punctuation', 'constant'] as const
      ).map((token) => [`--md-token-${token}`, '--md-background', 4.5] as const),
      ['--md-foreground', '--md-background', 4.5],
      // Non-text: focus ring and the coloured edges of notes (WCAG 1.4.11, 3:1).
      ['--focus', '--bg', 3],
      ['--kind-claim', '--panel', 3],
      ['--kind-quote', '--panel', 3],
      ['--kind-comment', '--panel', 3],
    ] as const;
    const failures: string[] = [];
    // In the tab as the test before left it (at phone width): the colours do not depend on it.
    const { page } = tab;
    await page.goto(url(`/${EXPLAINER}`));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const colours = await page.evaluate(
        (names) =>
          Object.fromEntries(
            names.map((name) => {
              const probe = document.createElement('span');
              probe.style.color = `var(${name})`;
              document.body.append(probe);
              const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
              probe.remove();
              const hex = (n: number) => n.toString(16).padStart(2, '0');
              return [name, `#${hex(r!)}${hex(g!)}${hex(b!)}`];
            }),
          ),
        [...new Set(pairs.flatMap(([a, b]) => [a, b]))],
      );
      for (const [fg, bg, minimum] of pairs) {
        const ratio = contrastRatio(colours[fg]!, colours[bg]!);
        if (ratio < minimum) {
          failures.push(`${colorScheme}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
        }
      }
    }
    // The rating colours carry white text (their badges) in both schemes.
    for (const rating of loadSettings(path.join(projectRoot, 'content')).settings.ratings) {
      const ratio = contrastRatio('#ffffff', rating.colour);
      if (ratio < 4.5) failures.push(`white on ${rating.id} is ${ratio.toFixed(2)}:1`);
    }
    expect(failures).toEqual([]);
  });
});

describe('every page', () => {
  it(
    'loads without a console error or a failed request, and no page or view is wider than a 320 px screen',
    { timeout: BUILD_TIMEOUT },
    async () => {
      // Every HTML file's site path (without parsing the files, which only the crawl tests need).
      const files = htmlFiles(site.built.outDir, '/');
      const all = files.map((page) => page.url);
      expect(all.length).toBeGreaterThan(20);
      // Every page at once, each in a frame of one page: a document of its own, loaded until its
      // `load` event as a page in a tab of its own would be, without a navigation for each (56
      // pages one after another took about 17 s of CPU on an idle machine). What loads only in view
      // (an image with `loading="lazy"`, the only lazy content the site makes: remote images) is
      // requested only from a frame in view; when a page has any, every frame is put in view
      // (`inView`: every frame drawn, about a third more CPU), and otherwise they lie one below
      // another (the sample site allows no remote images, so none has any today).
      const lazy = files.some(({ file }) =>
        /\bloading=["']?lazy/i.test(readFileSync(path.join(site.built.outDir, file), 'utf8')),
      );
      const { page, errors } = await fresh('about:blank');
      // At WCAG's reflow width: a phone's layout, and the narrowest screen the site must fit.
      const frames = await loadInFrames(page, site.server.url, all.map(url), {
        width: 320,
        height: 640,
        timeout: BROWSER_TIMEOUT,
        inView: lazy,
      });
      expect(frames.map((frame) => frame.url())).toEqual(all.map((p) => new URL(url(p)).href));
      // The search page loads its interface and index after the page itself.
      await frames[all.indexOf(searchHref())]!.waitForSelector('.pagefind-ui__search-input');
      expect(errors).toEqual([]);
      // Nothing scrolls sideways: a long address, a file's path or a wide table stays in the
      // screen; on an explainer's page, in each of its three views too (shown by the fragment, in
      // place: no second load of the page).
      const wide = await Promise.all(
        frames.map((frame, i) =>
          frame.evaluate(
            ({ path, views }) =>
              (/^\/explainers\/[^/]+\/$/.test(path) ? ['', ...views] : ['']).flatMap((view) => {
                if (view) location.hash = view;
                const where = `${path}${view && `#${view}`}`;
                if (view && !document.getElementById(view)?.checkVisibility())
                  return [`${where} not shown`];
                return document.documentElement.scrollWidth > 320 ? [where] : [];
              }),
            { path: all[i]!, views: [VIEW_IDS.notes, VIEW_IDS.source] },
          ),
        ),
      );
      expect(wide.flat()).toEqual([]);
    },
  );
});
