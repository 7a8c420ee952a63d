/** Shared steps of the browser tests: a built and served site, pages that record errors, axe. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type axe from 'axe-core';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { Built } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { serve, type Served } from '../helpers/serve.ts';

export const SHOTS = path.join(projectRoot, 'test-results');

/**
 * A screenshot for people to look at, in `test-results/`: taken only with `SCREENSHOTS=1`, since
 * no test asserts on one and each costs time.
 */
export async function shot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, name);
  if ('goto' in target) await target.screenshot({ path: file, ...options });
  else await target.screenshot({ path: file });
}

export interface Site {
  built: Built;
  server: Served;
}

/** Serve the sample site (built once per run, search index included). */
export async function serveSite(): Promise<Site> {
  const built = await sampleSite();
  return { built, server: await serve(built.outDir, '/', { [AXE_PATH]: AXE_FILE }) };
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/**
 * A new page at `url`, recording console errors, failed requests and uncaught exceptions, its
 * frames' too (`loadInFrames`): each names the page, and the frame or the source it came from
 * when that is another.
 */
export async function open(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const errors: string[] = [];
  const from = (where: string | undefined) =>
    where && where !== page.url() ? `${page.url()} (${where})` : page.url();
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`${from(message.location().url)}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading (its icon, say): not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    const frame = (() => {
      try {
        return request.frame().url();
      } catch {
        return undefined; // a service worker's request
      }
    })();
    errors.push(`${from(frame)}: failed ${request.url()} (${request.failure()?.errorText})`);
  });
  await page.goto(url);
  return { page, errors };
}

/**
 * A tab with JavaScript off that a test file reads all its pages in: a new tab costs more CPU than
 * a page load, so each `open(url, width)` leaves the last page (a focus, a hover or an open
 * disclosure ends with it), moves the pointer away, sets the width (× 900) and the media, and
 * loads `url` afresh in the same tab.
 */
export function reusedTab(browser: () => Browser) {
  let tab: Page | undefined;
  return async (
    url: string,
    width: number,
    media?: Parameters<Page['emulateMedia']>[0],
  ): Promise<Page> => {
    tab ??= await (await browser().newContext({ javaScriptEnabled: false })).newPage();
    await tab.goto('about:blank');
    await tab.mouse.move(0, 0);
    await tab.setViewportSize({ width, height: 900 });
    if (media) await tab.emulateMedia(media);
    await tab.goto(url);
    return tab;
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * axe-core's minified build: the same code as `axe.source` at less than half its size, which
 * Chromium compiles in a third of the time (about 1 s of CPU less each time it is added).
 */
const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_FILE, 'utf8');
/**
 * Where `serveSite`'s server serves it, to be cached: added from there, axe-core is not sent
 * through the DevTools protocol each time, and Chromium reuses its compiled code (about half a
 * second of CPU less each page).
 */
const AXE_PATH = '/__axe.min.js';

/**
 * Run axe-core (every default rule, best practices included) on the page as it is now. Only
 * violations are asked for in full (`resultTypes`): axe then keeps one node of each passed or
 * inapplicable rule instead of every one, which is work no test reads; every rule still runs.
 * axe is added once per document: a second run on the same page (after a change of colour
 * scheme, width or state) reuses it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // From the page's server when it serves axe (`serveSite`) and the page's policy lets it
    // load scripts from there (only the search page's does); else sent with the call and run
    // through the DevTools protocol, which the policy does not govern.
    const scriptsAllowed = await page.evaluate(
      () =>
        !document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content')
          ?.includes("script-src 'none'"),
    );
    if (scriptsAllowed) {
      await page
        .addScriptTag({ url: new URL(AXE_PATH, page.url()).href })
        .catch(() => page.evaluate(AXE_SOURCE));
    } else {
      await page.evaluate(AXE_SOURCE);
    }
  }
  const result = await page.evaluate(() => window.axe.run({ resultTypes: ['violations'] }));
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
