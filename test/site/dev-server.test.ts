/**
 * `npm run dev` as an editor uses it: one real `astro dev` on a free port, against a temporary
 * copy of the sample content with the stand-off fixture (`harbour-ferry.md` and its notes) beside
 * it. Its cases run one after another on that server, each undoing its change before the next;
 * every wait is bounded, none is timed. (One server for the two former files, `dev-live` and
 * `dev-server`: a second `astro dev` cost its start-up and content sync again.)
 *
 * After a save, the server serves it from the loaders' live copy of the content, with the
 * site-wide indexes worked out again for what changed only (src/loading/live-content.ts,
 * src/indexes/pair-memo.ts): once the edited explainer's page shows a change, every page that
 * depends on it shows it too, on the first request, including the page of an explainer that did
 * not change (its related claims) and pages whose `getStaticPaths` Astro had cached (the person
 * pages). Undoing the edit takes it away everywhere.
 *
 * In a browser it is a live preview: saving an explainer updates the open page, and a content
 * error shows on the page (Astro's dev overlay) with its file and line, not only in the
 * terminal; fixing it brings the page back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent } from '../bad-input/run-cli.ts';
import { launch } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { projectRoot } from '../helpers/paths.ts';
import { minimalFrontmatter } from '../helpers/settings.ts';
import { BROWSER_TIMEOUT, BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { explainerText } from './publishing-crawl.ts';

/** The explainer both groups edit. */
const EDITED = 'kellsbury-cycle-lane-budget';
const OTHER = 'riverline-rail-punctuality';
/** A word no sample page holds. */
const MARK = 'zephyrwordmark';
/** Helen O'Neill's claim, and the same claim as Gareth Ambrose makes it in the other explainer. */
const CLAIM =
  ':claim[cost more than fixing every pothole in Kellsbury twice over]{#potholes by=helen-oneill rating=false}';
const REPEATED = `:claim[its best punctuality since the franchise began in 2014 ${MARK}]{#potholes by=gareth-ambrose rating=false}`;
/** How long a save waits for the open page before saving again (see `save`). */
const RESAVE = 15_000;

/** An explainer `npm run build` leaves out: `fields` make it a draft or date it ahead. */
const unpublished = (title: string, fields: string) =>
  minimalFrontmatter
    .replace('title: Test\n', `title: ${title}\n`)
    .replace('published: 2026-01-01\n', fields.startsWith('published') ? fields : `$&${fields}`) +
  'Not yet on the site.\n';

describe('npm run dev', { timeout: BUILD_TIMEOUT }, () => {
  let server: DevServer | undefined;
  const output = () => server?.output() ?? '';
  let base: string;
  /** The edited explainer's file, its text in the sample content, and the notes file. */
  let file: string;
  let original: string;
  let notesFile: string;

  const get = async (page: string) => {
    const response = await fetch(new URL(page, base));
    expect(response.status, `${page}\n${output().slice(-3000)}`).toBe(200);
    return response.text();
  };

  /** Fetch `page` until `done` holds; throws with the server's log after `BROWSER_TIMEOUT`. */
  async function until(page: string, done: (html: string) => boolean): Promise<void> {
    const end = Date.now() + BROWSER_TIMEOUT;
    while (Date.now() < end) {
      try {
        const response = await fetch(new URL(page, base));
        if (response.ok && done(await response.text())) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `${page} did not change within ${BROWSER_TIMEOUT} ms:\n${output().slice(-4000)}`,
    );
  }

  beforeAll(async () => {
    original = readFileSync(path.join(projectRoot, 'content/explainers', `${EDITED}.md`), 'utf8');
    expect(original).toContain(CLAIM);
    const fixture = (name: string) =>
      readFileSync(path.join(projectRoot, 'test/fixtures/stand-off', name), 'utf8');
    // The whole sample: with few other explainers, every pair would be worked out anew.
    const content = copyContent({
      'explainers/harbour-ferry.md': fixture('harbour-ferry.md'),
      'explainers/harbour-ferry.notes.md': fixture('harbour-ferry.notes.md'),
      // What an editor previews before publishing: a draft, and one dated a day to come.
      'explainers/a-draft.md': unpublished('A draft', 'draft: true\n'),
      'explainers/a-scheduled.md': unpublished('Scheduled', 'published: 2999-01-01\n'),
    });
    file = path.join(content, 'explainers', `${EDITED}.md`);
    notesFile = path.join(content, 'explainers/harbour-ferry.notes.md');
    expect(readFileSync(file, 'utf8')).toBe(original);
    server = await startDevServer(content);
    base = server.url;
    await until(`explainers/${EDITED}/`, () => true);
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await server?.stop();
  });

  it('shows a draft and a scheduled explainer, each marked as such on its page and on the home page', async () => {
    // (The dev server adds attributes of its own to every element.)
    expect(await get('explainers/a-draft/')).toMatch(
      /class="unpublished"[^>]*>Draft: only this preview/,
    );
    expect(await get('explainers/a-scheduled/')).toMatch(
      /class="unpublished"[^>]*>Scheduled for January 1, 2999: only this preview/,
    );
    const home = await get('');
    expect(home).toMatch(/A draft<\/a>\s*<span class="unpublished-label"[^>]*>Draft</);
    expect(home).toMatch(/Scheduled<\/a>\s*<span class="unpublished-label"[^>]*>Scheduled</);
  });

  describe('after a save, every page that depends on it', () => {
    it('shows a changed claim on its page, the claims index, the person pages and the related claims of an unchanged explainer', async () => {
      // Every page served once first, so Astro has their getStaticPaths cached.
      const pages = [
        `explainers/${EDITED}/`,
        `explainers/${OTHER}/`,
        'claims/',
        'people/gareth-ambrose/',
        'people/helen-oneill/',
      ];
      for (const page of pages) expect(await get(page)).not.toContain(MARK);
      expect(await get('people/helen-oneill/')).toContain('fixing every pothole');

      writeFileSync(file, original.replace(CLAIM, REPEATED));
      // In the page's text, not only in its Markdown view (which shows the file as soon as it is read).
      await until(`explainers/${EDITED}/`, (html) => explainerText(fromHtml(html)).includes(MARK));
      // The same claim now: the unchanged explainer's note links to it.
      expect(await get(`explainers/${OTHER}/`)).toContain(MARK);
      expect(await get('claims/')).toContain(MARK);
      expect(await get('people/gareth-ambrose/')).toContain(MARK);
      expect(await get('people/helen-oneill/')).not.toContain('fixing every pothole');

      writeFileSync(file, original);
      await until(`explainers/${EDITED}/`, (html) => !html.includes(MARK));
      for (const page of pages) expect(await get(page), page).not.toContain(MARK);
      expect(await get('people/helen-oneill/')).toContain('fixing every pothole');
    });

    it('shows a change to the site settings (only their files reload them) on the pages, and its undoing', async () => {
      const settings = path.join(path.dirname(path.dirname(file)), 'site.yaml');
      const before = readFileSync(settings, 'utf8');
      expect(before).toContain('title: Annotated Explainers\n');
      const pages = ['', `explainers/${EDITED}/`];
      for (const page of pages) expect(await get(page)).not.toContain(MARK);
      writeFileSync(settings, before.replace('title: Annotated Explainers\n', `title: ${MARK}\n`));
      await until('', (html) => html.includes(MARK));
      expect(await get(`explainers/${EDITED}/`)).toContain(MARK);
      writeFileSync(settings, before);
      await until('', (html) => !html.includes(MARK));
      for (const page of pages) expect(await get(page), page).not.toContain(MARK);
    });
  });

  describe('in a browser', () => {
    let browser: Browser;
    let page: Page;
    let url: string;

    beforeAll(async () => {
      url = `${base}explainers/${EDITED}/`;
      browser = await launch();
      page = await browser.newPage();
    }, BROWSER_TIMEOUT);

    afterAll(async () => {
      await browser?.close();
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
        new RegExp(
          `explainers/${EDITED}\\.md:4:12\\s+error\\s+Unexpected string "soon" for published`,
        ),
      );
      expect(shown).toContain('frontmatter-schema');
      expect(output()).toMatch(new RegExp(`${EDITED}\\.md:4:12 {2}error`));

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
      const notes = readFileSync(notesFile, 'utf8');

      await save(
        notes.replace('reaches beyond 2030', 'REACHES BEYOND 2040'),
        (timeout) =>
          page.waitForFunction(
            () => document.body.innerText.includes('REACHES BEYOND 2040'),
            null,
            {
              timeout,
            },
          ),
        notesFile,
      );

      const message = page.locator('vite-error-overlay #message-content');
      await save(
        notes.replace('cut fares by 30 per cent', 'cut fares by 50 per cent'),
        (timeout) => message.waitFor({ timeout }),
        notesFile,
      );
      expect(await message.innerText()).toMatch(
        /explainers\/harbour-ferry\.notes\.md:1:1\s+error\s+Unexpected claim note “cut fares by 50 per cent” that matches no passage[^]*note-anchor/,
      );

      await save(
        notes,
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
});
