/** Debian's Chromium, driven by playwright-core, as the guide prescribes. */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { noteStarted } from './run-log.ts';
import { BROWSER_TIMEOUT } from './timeouts.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const OPTIONS = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/**
 * One Chromium for the whole run (`EXPLAINERS_SHARED_BROWSER=1`, as `npm test` sets it): the
 * global set-up starts it as a server and names its endpoint in `EXPLAINERS_BROWSER_WS`, and
 * `launch()` in every test file connects to it instead of starting a Chromium of its own. Each
 * file's pages live in contexts of their own, closed when the file closes its browser.
 */
export async function startBrowserServer(): Promise<BrowserServer> {
  noteStarted('chromium', '(global set-up)');
  const server = await chromium.launchServer(OPTIONS);
  process.env.EXPLAINERS_BROWSER_WS = server.wsEndpoint();
  return server;
}

/**
 * Chromium, whose every context (and so every page, `browser.newPage` included) waits up to
 * `BROWSER_TIMEOUT` for a step instead of Playwright's 30 s: on a loaded machine a search page
 * took longer than that to show its filters, and a wait must only catch a hang. With a shared
 * Chromium (`startBrowserServer`), a connection to it; closing it closes this file's pages.
 */
export async function launch(): Promise<Browser> {
  const shared = process.env.EXPLAINERS_BROWSER_WS;
  if (!shared) noteStarted('chromium');
  const browser = shared
    ? await chromium.connect(shared, { timeout: BROWSER_TIMEOUT })
    : await chromium.launch(OPTIONS);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(BROWSER_TIMEOUT);
    return context;
  };
  return browser;
}

/** The widths the layout is tested at: phone, tablet, desktop. */
export const WIDTHS = { phone: 375, tablet: 768, desktop: 1280 } as const;
