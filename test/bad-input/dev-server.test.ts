/**
 * `npm run dev` is a live preview: saving an explainer updates the open page, and a content
 * error shows on the page (Astro's dev overlay) with its file and line, not only in the
 * terminal; fixing it brings the page back. Runs the real `astro dev` on a free port against a
 * temporary copy of the content, with a browser; every wait is bounded.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { projectRoot } from '../helpers/paths.ts';
import { copyContent } from './run-cli.ts';
import { BROWSER_TIMEOUT, BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const SLUG = 'kellsbury-cycle-lane-budget';
/** How long a save waits for the page before saving again (see `save`). */
const RESAVE = 15_000;

async function waitForServer(url: string, log: () => string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer within ${ms} ms:\n${log()}`);
}

describe('npm run dev', { timeout: BUILD_TIMEOUT }, () => {
  let server: DevServer | undefined;
  const output = () => server?.output() ?? '';
  let browser: Browser;
  let page: Page;
  let file: string;
  let url: string;
  let notesFile: string;

  beforeAll(async () => {
    const fixture = (name: string) =>
      readFileSync(path.join(projectRoot, 'test/fixtures/stand-off', name), 'utf8');
    const content = copyContent({
      'explainers/harbour-ferry.md': fixture('harbour-ferry.md'),
      'explainers/harbour-ferry.notes.md': fixture('harbour-ferry.notes.md'),
    });
    notesFile = path.join(content, 'explainers/harbour-ferry.notes.md');
    file = path.join(content, 'explainers', `${SLUG}.md`);
    server = await startDevServer(content);
    url = `${server.url}explainers/${SLUG}/`;
    await waitForServer(url, output, BUILD_TIMEOUT - 60_000);
    browser = await launch();
    page = await browser.newPage();
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * Save `text` and wait until the open page satisfies `done`. The dev server reloads the page
   * over its websocket; a reload sent while the page was itself reloading is lost, so the file is
   * saved again (one more newline at its end: new content, same page) every `RESAVE` ms until the
   * page shows it or `BROWSER_TIMEOUT` has passed. Saving again only repeats a save: how soon it
   * happens changes how long a lost reload costs, never the verdict.
   */
  async function save(
    text: string,
    done: (timeout: number) => Promise<unknown>,
    target = file,
  ): Promise<void> {
    const until = Date.now() + BROWSER_TIMEOUT;
    for (let attempt = 0; ; attempt += 1) {
      writeFileSync(target, text + '\n'.repeat(attempt % 2));
      try {
        await done(Math.max(1, Math.min(RESAVE, until - Date.now())));
        return;
      } catch (error) {
        if (Date.now() >= until)
          throw new Error(`${(error as Error).message}\n${output()}`, { cause: error });
      }
    }
  }

  it('updates the open page when an explainer is saved, shows a content error on its page (only) with its file and line, and recovers', async () => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.getByRole('heading', { level: 1, name: /cycle-lane plan/ }).waitFor();
    const original = readFileSync(file, 'utf8');

    // Saving a change reloads the open page with it.
    await save(original.replace('will vote next week', 'will vote NEXT TUESDAY'), (timeout) =>
      page.waitForFunction(() => document.body.innerText.includes('NEXT TUESDAY'), null, {
        timeout,
      }),
    );

    // A broken file: the page shows the error, with the file, line and column.
    const message = page.locator('vite-error-overlay #message-content');
    await save(original.replace('published: 2026-10-14', 'published: soon'), (timeout) =>
      message.waitFor({ timeout }),
    );
    const shown = await message.innerText();
    expect(shown).toMatch(
      new RegExp(`explainers/${SLUG}\\.md:4:12\\s+error\\s+Unexpected string "soon" for published`),
    );
    expect(shown).toContain('frontmatter-schema');
    expect(output()).toMatch(new RegExp(`${SLUG}\\.md:4:12 {2}error`));

    // Every other page stays up, the home page with the last good version of the explainer.
    const home = await fetch(new URL('/', url));
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('cycle-lane plan');
    const other = await fetch(new URL('/explainers/riverline-rail-punctuality/', url));
    expect(other.status).toBe(200);

    // Fixed: the page comes back, without the overlay.
    await save(original, (timeout) =>
      page.waitForFunction(
        () =>
          !document.querySelector('vite-error-overlay') &&
          document.body.innerText.includes('will vote next week'),
        null,
        { timeout },
      ),
    );
  });

  it("updates an explainer's page when its stand-off notes file is saved, and shows a note that anchors nowhere at the note", async () => {
    const notesUrl = new URL('/explainers/harbour-ferry/', url).href;
    await page.goto(notesUrl);
    await page.waitForLoadState('networkidle');
    await page.getByText('No forecast in the board').first().waitFor();
    const original = readFileSync(notesFile, 'utf8');

    await save(
      original.replace('reaches beyond 2030', 'REACHES BEYOND 2040'),
      (timeout) =>
        page.waitForFunction(() => document.body.innerText.includes('REACHES BEYOND 2040'), null, {
          timeout,
        }),
      notesFile,
    );

    const message = page.locator('vite-error-overlay #message-content');
    await save(
      original.replace('cut fares by 30 per cent', 'cut fares by 50 per cent'),
      (timeout) => message.waitFor({ timeout }),
      notesFile,
    );
    expect(await message.innerText()).toMatch(
      /explainers\/harbour-ferry\.notes\.md:1:1\s+error\s+Unexpected claim note “cut fares by 50 per cent” that matches no passage[^]*note-anchor/,
    );

    await save(
      original,
      (timeout) =>
        page.waitForFunction(
          () =>
            !document.querySelector('vite-error-overlay') &&
            document.body.innerText.includes('reaches beyond 2030'),
          null,
          { timeout },
        ),
      notesFile,
    );
  });
});
