/** Debian's Chromium, driven by playwright-core, as the guide prescribes. */
import { chromium, type Browser } from 'playwright-core';
import { noteStarted } from './run-log.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  noteStarted('chromium');
  return chromium.launch({
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
}

/** The widths the layout is tested at: phone, tablet, desktop. */
export const WIDTHS = { phone: 375, tablet: 768, desktop: 1280 } as const;
