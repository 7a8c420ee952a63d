/**
 * `npm run dev` serves a save from the loaders' live copy of the content, with the site-wide
 * indexes worked out again for what changed only (src/loading/live-content.ts,
 * src/indexes/pair-memo.ts): once the edited explainer's page shows a change, every page that
 * depends on it shows it too, on the first request, including the page of an explainer that did
 * not change (its related claims) and pages whose `getStaticPaths` Astro had cached (the person
 * pages). Undoing the edit takes it away everywhere. The sample content, the real `astro dev`;
 * every wait is bounded, none is timed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent } from '../bad-input/run-cli.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { projectRoot } from '../helpers/paths.ts';
import { BROWSER_TIMEOUT, BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const EDITED = 'kellsbury-cycle-lane-budget';
const OTHER = 'riverline-rail-punctuality';
/** A word no sample page holds. */
const MARK = 'zephyrwordmark';
/** Helen O'Neill's claim, and the same claim as Gareth Ambrose makes it in the other explainer. */
const CLAIM =
  ':claim[cost more than fixing every pothole in Kellsbury twice over]{#potholes by=helen-oneill rating=false}';
const REPEATED = `:claim[its best punctuality since the franchise began in 2014 ${MARK}]{#potholes by=gareth-ambrose rating=false}`;

describe('npm run dev after a save', { timeout: BUILD_TIMEOUT }, () => {
  let server: DevServer | undefined;
  const output = () => server?.output() ?? '';
  let base: string;
  let file: string;
  let original: string;

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
    // The whole sample: with few other explainers, every pair would be worked out anew.
    const content = copyContent();
    file = path.join(content, 'explainers', `${EDITED}.md`);
    expect(readFileSync(file, 'utf8')).toBe(original);
    server = await startDevServer(content);
    base = server.url;
    await until(`explainers/${EDITED}/`, () => true);
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await server?.stop();
  });

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
    await until(`explainers/${EDITED}/`, (html) => html.includes(MARK));
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
