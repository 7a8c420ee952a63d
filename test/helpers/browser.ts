/** Debian's Chromium, driven by playwright-core, as the guide prescribes. */
import { chromium, type Browser } from 'playwright-core';
import { noteStarted } from './run-log.ts';
import { BROWSER_TIMEOUT } from './timeouts.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium, whose every context (and so every page, `browser.newPage` included) waits up to
 * `BROWSER_TIMEOUT` for a step instead of Playwright's 30 s: on a loaded machine a search page
 * took longer than that to show its filters, and a wait must only catch a hang.
 */
export async function launch(): Promise<Browser> {
  noteStarted('chromium');
  const browser = await chromium.launch({
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
  });
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
