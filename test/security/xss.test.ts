/**
 * No value from content reaches a page as script. Every payload of `payloads.ts` (classic
 * vectors in many encodings and contexts) is written into every place an editor controls: the
 * body, a claim, a comment, a footnote, the title, summary and tags, and (those a name can hold)
 * people's names and rating labels, which reach the search filters. The content is built with the
 * real build (Astro, then the Pagefind index); every HTML file of the output is parsed and
 * checked, and Chromium, with JavaScript on, loads every page that carries a payload (explainer,
 * with its notes and source views, claims, people, tags, home), the search page with queries,
 * filters and every result shown, the feed and the JSON, fires every element's handlers, and sees
 * no payload run and no dialog open; the CSV (a download) is read back with every formula
 * guarded. A name or label with markup is refused by `check`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element as HastElement } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Browser, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/cli/search-index.ts';
import { loadSettings } from '../../src/loading/load-settings.ts';
import { parseCsv } from '../exports/csv.ts';
import { explainerText, htmlPages } from '../site/publishing-crawl.ts';
import { tempDir } from '../bad-input/run-cli.ts';
import { launch } from '../helpers/browser.ts';
import { loadInFrames } from '../helpers/frames.ts';
import { runBuild } from '../helpers/build.ts';
import { BROWSER_TIMEOUT } from '../helpers/timeouts.ts';
import { FRAMES_PATH, serve, type Served } from '../helpers/serve.ts';
import { nameSafe, PAYLOADS, type Payload } from './payloads.ts';

const y = (s: string) => JSON.stringify(s);
/**
 * Payloads per explainer: every payload still reaches every place, and each explainer's pages
 * (its page with its three views, its tag) carry fifteen, so the browser has fewer pages to load for the same
 * payloads (with five a page, 152 pages took about 115 s of CPU to load and check).
 */
const PER_EXPLAINER = 15;
const EXPLAINERS = Math.ceil(PAYLOADS.length / PER_EXPLAINER);
const NAMES = PAYLOADS.filter((p) => nameSafe(p.text));

/** The payload used as a name for payload `p`: itself when a name can hold it. */
const nameFor = (p: Payload) => NAMES[p.n % NAMES.length]!;

function explainer(group: readonly Payload[], index: number): string {
  const all = group.map((p) => p.text).join(' ');
  // A payload inside a claim's label: its brackets escaped and on one line, as an editor would
  // have to write them for the label to be read (an unescaped `]` ends it: directive-syntax).
  const inLabel = (text: string) => text.replace(/[[\]\\]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
  const body = group.flatMap((p) => [
    `Payload ${p.n} in the body: ${p.text}`,
    `Payload ${p.n} claimed :claim[claim ${p.n} ${inLabel(p.text)}]{by=person-${nameFor(p).n} rating=r${p.n % 3}} and :quote["quoted ${p.n}"]{by=person-${nameFor(p).n}}, with a note[^n${p.n}].`,
    `:::comment\nComment ${p.n}: ${p.text}\n:::`,
    `[^n${p.n}]: Footnote ${p.n}: ${p.text}`,
  ]);
  return `---
title: ${y(`XSS ${index} ${all}`)}
summary: ${y(`Summary ${all}`)}
published: 2026-01-${String((index % 28) + 1).padStart(2, '0')}
tags: [${y(`tag ${index} ${all}`)}]
editors: [${y(`Editor ${group[0]!.text}`)}]
source:
  publisher: ${y(`Publisher ${group[0]!.text}`)}
  url: "https://example.com/a?q=${encodeURIComponent(group[0]!.text)}"
  author: ${y(`Author ${group.at(-1)!.text}`)}
  credit: ${y(`© ${group[1]?.text ?? ''}`)}
---

${body.join('\n\n')}
`;
}

function writeContent(): string {
  const dir = tempDir('explainers-xss-');
  mkdirSync(path.join(dir, 'explainers'));
  writeFileSync(
    path.join(dir, 'site.yaml'),
    `title: ${y('Site </title><script>window.__xss=-1</script>')}
description: ${y('Description <img src=x onerror=window.__xss=-2>')}
language: en
baseUrl: https://example.org
author: ${y('Desk <script>window.__xss=-3</script>')}
`,
  );
  writeFileSync(
    path.join(dir, 'ratings.yaml'),
    `scale:\n${[0, 1, 2]
      .map(
        (r) =>
          `  - id: r${r}\n    label: ${y(`Rating ${NAMES[r]!.text}`)}\n    description: ${y(`Wrong ${PAYLOADS[r]!.text}`)}\n    colour: "#8e0000"\n`,
      )
      .join('')}`,
  );
  writeFileSync(
    path.join(dir, 'people.yaml'),
    NAMES.map(
      (p) =>
        `- id: person-${p.n}\n  name: ${y(`Person ${p.text}`)}\n  aliases: [${y(`Alias ${p.text}`)}]\n  role: ${y(`Role ${PAYLOADS[p.n]!.text}`)}\n`,
    ).join(''),
  );
  for (let i = 0; i < EXPLAINERS; i += 1) {
    const group = PAYLOADS.slice(i * PER_EXPLAINER, (i + 1) * PER_EXPLAINER);
    writeFileSync(path.join(dir, 'explainers', `xss-${i}.md`), explainer(group, i));
  }
  return dir;
}

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The events `fireEverything` sends: every way a reader or the page itself can set one off. */
const EVENT_TYPES = [
  'mouseover',
  'mouseenter',
  'mousemove',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'pointerover',
  'pointerdown',
  'focus',
  'focusin',
  'blur',
  'keydown',
  'keyup',
  'input',
  'change',
  'toggle',
  'load',
  'error',
  'animationstart',
  'transitionend',
  'copy',
  'wheel',
];

/**
 * Added to every tab before its pages' scripts run: notes each event type a script listens to
 * (`addEventListener`), so `fireEverything` knows which types anything on the page can hear.
 */
function noteListeners(): void {
  const heard = new Set<string>();
  (window as unknown as { __heard: Set<string> }).__heard = heard;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, ...rest) {
    heard.add(type);
    return add.call(this, type, ...rest);
  };
}

/** What `fireEverything` found in one document of a tab. */
interface Fired {
  url: string;
  /** The event types sent to every element. */
  sent: string[];
  /** What a payload set (`window.__xss`), if any ran. */
  ran: unknown;
  /** What the page's Content-Security-Policy blocked (`noteBlocked`). */
  blocked: string[] | undefined;
}

/**
 * In the tab's page and each of its frames (`loadInFrames`: same origin, so the page reaches
 * their documents), open every disclosure, then focus every element and send it each event type
 * that something in its document listens to: a handler that waits for any of these runs now. An
 * event of a type that nothing listens to (no listener added by a script, no `on…` handler as an
 * attribute or a property of any element, the document or the window) can set nothing off, so it
 * is not sent: on a page without scripts that leaves only the disclosures, and on one with them
 * (search) every type heard is sent to every element, as before. Then read what ran and what the
 * policy blocked there. One call for every document instead of three round trips for each (76
 * frames: about 6 s, most of it the round trips).
 */
async function fireEverything(page: Page): Promise<Fired[]> {
  return page.evaluate((types) => {
    type Win = Window &
      typeof globalThis & { __heard?: Set<string>; __xss?: unknown; __blocked?: string[] };
    const fireIn = (win: Win): Fired => {
      const doc = win.document;
      const all = [...doc.querySelectorAll('*')];
      const heard = win.__heard;
      if (!heard) throw new Error(`noteListeners did not run on ${win.location.href}`);
      // Each document's own classes: an element of a frame is no instance of the page's.
      const handles = (target: object, type: string) =>
        (target as Record<string, unknown>)[`on${type}`] != null ||
        (target instanceof win.Element && target.hasAttribute(`on${type}`));
      const sent = types.filter(
        (type) => heard.has(type) || [win, doc, ...all].some((el) => handles(el, type)),
      );
      // Moving the focus also sends `focusout`, which is not in the list.
      const focusing =
        sent.length > 0 || heard.has('focusout') || all.some((el) => handles(el, 'focusout'));
      for (const el of all) if (el instanceof win.HTMLDetailsElement) el.open = true;
      if (focusing) {
        for (const el of all) {
          // (The focus events are the same without scrolling each element into view, which
          // only cost layout: 2.6 s of this file's 17.5 s of CPU.)
          if (el instanceof win.HTMLElement) el.focus({ preventScroll: true });
          for (const type of sent) {
            // Following a link would leave the page; its own handlers still get the other events.
            if (type === 'click' && el.closest('a[href]')) continue;
            el.dispatchEvent(new win.Event(type, { bubbles: true }));
          }
        }
      }
      return { url: win.location.href, sent, ran: win.__xss, blocked: win.__blocked };
    };
    const frames = [...document.querySelectorAll('iframe')].map(
      (frame) => frame.contentWindow as Win,
    );
    return [...frames, window as Win].map(fireIn);
  }, EVENT_TYPES);
}

/**
 * On a search page that has searched: press Pagefind's "Load more results" until it is gone,
 * each press inside the page once the results before it have rendered (title, excerpt and
 * sub-results, no placeholder left), then open every disclosure (the filter groups). One call
 * instead of a round trip per press: a broad query has 60 or more pages of results. A step that
 * has not happened after 30 seconds fails with what the page shows. Returns the results shown, the
 * count Pagefind's message gives and where each result links to (its path and fragment).
 */
async function showEveryResult(
  page: Page,
): Promise<{ shown: number; found: number; links: string[] }> {
  return page.evaluate(async () => {
    const results = () => [...document.querySelectorAll('.pagefind-ui__result')];
    // A result's title and excerpt while its fragment loads (a thumbnail's stays without one).
    const loading = (result: Element) =>
      result.querySelector(
        '.pagefind-ui__result-title.pagefind-ui__loading, .pagefind-ui__result-excerpt.pagefind-ui__loading',
      );
    /**
     * Resolves once other than `before` results are shown, every one rendered from its data:
     * more after a click on "Load more", or the first few again when Pagefind searched anew (a
     * filter group that loaded late, on a loaded machine), after which the clicks go on.
     */
    const rendered = (before: number) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (results().length === before || results().some(loading)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        };
        const observer = new MutationObserver(check);
        const timer = setTimeout(() => {
          observer.disconnect();
          const stuck = results().filter(loading).length;
          reject(
            new Error(
              `${results().length} results shown (waiting for other than ${before}), ${stuck} still loading after 30 s`,
            ),
          );
        }, 30_000);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        check();
      });
    const message = () => document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    const none = /^\s*no results/i.test(message());
    if (!none) await rendered(0);
    for (let button = document.querySelector('.pagefind-ui__button'); button;) {
      const before = results().length;
      (button as HTMLButtonElement).click();
      await rendered(before);
      button = document.querySelector('.pagefind-ui__button');
    }
    for (const d of document.querySelectorAll('details')) d.open = true;
    const links = results().map((result) => {
      const link = result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
      return link ? new URL(link.href).pathname + new URL(link.href).hash : '';
    });
    return {
      shown: results().length,
      found: none ? 0 : Number(/\d+/.exec(message())?.[0]),
      links,
    };
  });
}

/**
 * Added to every tab before its pages' scripts run: notes what the page's
 * Content-Security-Policy blocked. A payload that survived the sanitiser and tried to run is
 * blocked there (no script at all outside the search page) but seen here, so the browser tests
 * fail on it even while the policy holds.
 */
function noteBlocked(): void {
  const blocked: string[] = [];
  (window as unknown as { __blocked: string[] }).__blocked = blocked;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => blocked.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
    true,
  );
}

/**
 * Resolves once the search page has searched: Pagefind's message ("12 results for …", "No
 * results for …") shows and the search region is no longer busy (it is until that search has
 * every filter group). Checked every 100 ms, not on every frame as `waitForFunction`'s default
 * polling does (which kept Chromium drawing frames while Pagefind loaded: about 1 s of CPU a
 * query); fails after `BROWSER_TIMEOUT` with what the page shows.
 */
const searched = async (page: Page) => {
  try {
    await page.waitForFunction(
      () =>
        !document.getElementById('search')?.hasAttribute('aria-busy') &&
        /results? for/i.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''),
      undefined,
      { polling: 100, timeout: BROWSER_TIMEOUT },
    );
  } catch (error) {
    const { busy, message } = await page.evaluate(() => ({
      busy: document.getElementById('search')?.hasAttribute('aria-busy'),
      message: document.querySelector('.pagefind-ui__message')?.textContent ?? '',
    }));
    throw new Error(
      `not searched after ${BROWSER_TIMEOUT} ms (busy: ${busy}, message: ${message})`,
      { cause: error },
    );
  }
};

/** hast properties whose value a browser may load or navigate to (SVG's `xlink:href` too). */
const URL_PROPERTIES = [
  'href',
  'xLinkHref',
  'src',
  'action',
  'formAction',
  'srcDoc',
  'srcSet',
  'data',
  'poster',
  'ping',
  'background',
  'cite',
];

describe('script in content', () => {
  let outDir: string;
  let pages: string[];
  beforeAll(async () => {
    const content = writeContent();
    // No `explainer check` first: the build refuses content that check finds an error in (the
    // same code; `test/bad-input/hostile.test.ts` shows they agree), so a build that passes says
    // check would too (running it here cost about 1.8 s).
    outDir = tempDir('explainers-xss-out-');
    // Built for production as every test build is (`testFreeEnv` drops Vitest's NODE_ENV=test,
    // which left every page without its Content-Security-Policy); the policy is checked below.
    const result = runBuild(outDir, { EXPLAINERS_CONTENT: content });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    await indexSite(outDir);
    pages = filesIn(outDir, '.html');
  }, 400_000);

  it('has at least 120 payloads, each on its explainer page as text', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(120);
    expect(NAMES.length).toBeGreaterThanOrEqual(20);
    const page = readFileSync(path.join(outDir, 'explainers/xss-0/index.html'), 'utf8');
    const text = explainerText(fromHtml(page));
    expect(text).toContain(`XSS 0 ${PAYLOADS[0]!.text}`);
    expect(text).toContain(`Person ${nameFor(PAYLOADS[0]!).text}`);
    for (const p of PAYLOADS.slice(0, PER_EXPLAINER)) {
      expect(text).toContain(`Comment ${p.n}:`);
      expect(text).toContain(`Footnote ${p.n}:`);
    }
  });

  it('has no script, event handler or javascript: URL from content in any page', () => {
    // Each explainer's page and each person's page, at least.
    expect(pages.length).toBeGreaterThan(EXPLAINERS + NAMES.length);
    // What is wrong, each naming its page and element: one assertion at the end instead of one
    // for each attribute of each element (hundreds of thousands), which took most of the time.
    const problems: string[] = [];
    // Parsed without source locations (`htmlPages`), which no check here reads.
    for (const { file, tree } of htmlPages(outDir, '/')) {
      // Every page carries the policy, allowing no script but the search page's own files.
      const policies: string[] = [];
      visit(tree, 'element', (element: HastElement) => {
        if (element.tagName === 'meta' && element.properties.httpEquiv)
          policies.push(String(element.properties.content));
      });
      const search = file === 'search/index.html';
      expect(policies, file).toEqual([
        expect.stringContaining(search ? "script-src 'self' " : "script-src 'none'"),
      ]);
      visit(tree, 'element', (element: HastElement) => {
        const where = `${file}: <${element.tagName}>`;
        for (const [name, value] of Object.entries(element.properties)) {
          if (/^on/i.test(name)) problems.push(`${where} has a handler: ${name}`);
          if (URL_PROPERTIES.includes(name)) {
            // Browsers drop tabs and line breaks anywhere in a URL, control characters and
            // spaces around it (the URL standard's parser).
            const url = String(value)
              .replace(/[\t\n\r]/g, '')
              // eslint-disable-next-line no-control-regex
              .replace(/^[\u0000-\u0020]+/, '');
            if (/^(?:javascript|data|vbscript):/i.test(url))
              problems.push(`${where} ${name} is a script URL: ${url}`);
          }
        }
        if (['iframe', 'object', 'embed', 'base', 'form', 'source'].includes(element.tagName))
          problems.push(`${where} may load or send from content`);
        // The page's own styles only: nothing from content.
        if (element.tagName === 'style' && /__xss|script:/.test(hastText(element)))
          problems.push(`${where} holds content: ${hastText(element)}`);
        if (element.tagName === 'script') {
          const code = hastText(element);
          if (element.properties.type === 'application/ld+json') {
            try {
              JSON.parse(code);
            } catch (error) {
              problems.push(`${where} is not JSON: ${String(error)}`);
            }
          } else if (code !== '') problems.push(`${where} holds code: ${code}`);
        }
        if (
          element.tagName === 'meta' &&
          element.properties.httpEquiv &&
          String(element.properties.httpEquiv) !== 'Content-Security-Policy'
        )
          problems.push(`${where} http-equiv=${String(element.properties.httpEquiv)}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('writes the feed, the JSON and the CSV with every payload as text', () => {
    const feed = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    const items = new XMLParser().parse(feed).rss.channel.item as Array<{ title: string }>;
    const titles = items.map((item) => item.title).join('\n');
    const data = JSON.parse(readFileSync(path.join(outDir, 'data/annotations.json'), 'utf8')) as {
      annotations: Array<{ kind: string; text?: string }>;
    };
    const texts = data.annotations.map((a) => a.text ?? '').join('\n');
    const rows = parseCsv(readFileSync(path.join(outDir, 'data/claims.csv'), 'utf8'));
    for (const p of PAYLOADS) {
      if (!p.text.includes('\n')) expect(titles).toContain(p.text);
      expect(texts).toContain(`Comment ${p.n}:`);
    }
    expect(rows.length).toBeGreaterThan(PAYLOADS.length / 2);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^\s*[=+\-@|]/);
  });

  it('refuses a name or a label with markup (unsafe-name)', () => {
    const content = writeContent();
    writeFileSync(
      path.join(content, 'people.yaml'),
      `- id: x\n  name: ${y(PAYLOADS[8]!.text)}\n  aliases: [${y(PAYLOADS[0]!.text)}]\n`,
    );
    writeFileSync(
      path.join(content, 'ratings.yaml'),
      `scale:\n  - id: r0\n    label: ${y(PAYLOADS[17]!.text)}\n    description: d\n    colour: "#8e0000"\n`,
    );
    let { files } = loadSettings(content);
    const rules = () => files.flatMap((f) => f.messages.map((m) => [m.ruleId, m.fatal, m.line]));
    expect(rules()).toEqual([
      ['unsafe-name', true, 3], // ratings.yaml: the label
      ['unsafe-name', true, 2], // people.yaml: the name
      ['unsafe-name', true, 3], // and the alias
    ]);
    // Nor with a character no reader sees: a direction override, a zero-width space.
    writeFileSync(
      path.join(content, 'people.yaml'),
      `- id: x\n  name: "Ann \u202ELee"\n  aliases: ["Mr\u200B Lee"]\n`,
    );
    ({ files } = loadSettings(content));
    expect(rules()).toEqual([
      ['unsafe-name', true, 3], // ratings.yaml, as above
      ['unsafe-name', true, 2],
      ['unsafe-name', true, 3],
    ]);
  });

  describe('in a browser, with JavaScript on', () => {
    let browser: Browser;
    let served: Served;
    /**
     * The one tab every page is loaded in, one after another. Three tabs at once (so that one
     * fires events while another loads) took less time but about a third more CPU: each tab is a
     * renderer process of its own, and a new tab alone costs Chromium 1–2 s.
     */
    let page: Page;
    const dialogs: string[] = [];
    /** A new tab that records every dialog and flags a call of a dialog function. */
    const tabTroubles = new WeakMap<Page, string[]>();
    const newPage = async (): Promise<Page> => {
      const tab = await browser.newPage();
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // What went wrong in the tab, for a failure's message: a request that failed (a result
      // whose fragment never came stays a placeholder) or an error no script caught.
      const troubles: string[] = [];
      tabTroubles.set(tab, troubles);
      tab.on('requestfailed', (request) =>
        troubles.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
      );
      tab.on('pageerror', (error) => troubles.push(error.message));
      await tab.addInitScript(noteListeners);
      await tab.addInitScript(noteBlocked);
      // A payload that calls a dialog function sets the flag even where no dialog would show.
      await tab.addInitScript(() => {
        for (const name of ['alert', 'confirm', 'prompt', 'print'] as const)
          (window as unknown as Record<string, () => void>)[name] = () => {
            (window as { __xss?: unknown }).__xss = name;
          };
      });
      return tab;
    };
    beforeAll(async () => {
      browser = await launch();
      served = await serve(outDir);
      page = await newPage();
    });
    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });

    it('runs no payload on any page that carries one', async () => {
      const carriers = pages.filter((file) => readFileSync(file, 'utf8').includes('__xss'));
      for (const kind of ['explainers/', 'claims/', 'people/', 'tags/'])
        expect(
          carriers.some((file) => file.includes(kind)),
          kind,
        ).toBe(true);
      // Every carrier at once, each in a frame of one page (a document of its own, loaded until
      // its `load` event as a page is): the same work for the page's content without a top-level
      // navigation for each. One below another, most out of view (nothing here loads lazily: the site
      // allows no remote images), so Chromium need not draw every frame when one changes.
      const urls = carriers.map(
        (file) => served.url + path.relative(outDir, file).replace(/index\.html$/, ''),
      );
      const frames = await loadInFrames(page, served.url, urls, { timeout: BROWSER_TIMEOUT });
      expect(frames).toHaveLength(urls.length);
      const fired = await fireEverything(page);
      // Every carrier's document, then the page that holds them.
      expect(fired.map((f) => f.url)).toEqual([...urls, new URL(FRAMES_PATH, served.url).href]);
      // Every document where a payload ran or the policy blocked something (or went unwatched).
      expect(fired.filter((f) => f.ran !== undefined || f.blocked?.length !== 0)).toEqual([]);
      expect(dialogs).toEqual([]);
    }, 600_000);

    it('runs no payload from the search page: queries, filters, every result', async () => {
      // Every record of the index (each explainer page, quotation, claim and comment, each
      // carrying its payloads) is shown once by the first four queries, each with its speaker and
      // rating in the filter list; the others put hostile text in the query, a speaker and a
      // rating. Broad queries showed most records three times over (1,171 results for 473
      // records), and each shown result costs the browser the same.
      const queries = [
        '?q=claim&type=claim',
        '?q=quoted&type=quote',
        '?q=comment&type=comment',
        '?q=body',
        `?q=claim&speaker=${encodeURIComponent(`Person ${NAMES[0]!.text}`)}`,
        `?q=${encodeURIComponent('<img src=x onerror=window.__xss=-10> body')}`,
        `?q=${encodeURIComponent('"><svg onload=window.__xss=-11>')}&rating=${encodeURIComponent('<script>window.__xss=-12</script>')}`,
      ];
      let results = 0;
      const shownLinks = new Set<string>();
      for (const query of queries) {
        // What went wrong in the tab while this query's page was open, for a failure's message.
        tabTroubles.get(page)?.splice(0);
        await page.goto(`${served.url}search/${query}`, { waitUntil: 'load' });
        // Pagefind's message ("12 results for …", "No results for …") comes once it has searched,
        // and the search region is busy until that search has every filter group.
        await searched(page);
        // Show every result (each with its excerpt and sub-results) and every filter value.
        const { shown, found, links } = await showEveryResult(page).catch((error: Error) => {
          const troubles = tabTroubles.get(page) ?? [];
          throw new Error(
            `${query}: ${error.message}; in the tab: ${troubles.join('; ') || 'nothing failed'}`,
          );
        });
        expect(shown, query).toBe(found);
        results += shown;
        for (const link of links) shownLinks.add(link);
        // Pagefind's interface listens to many events: all of them are sent to every element.
        const [fired] = await fireEverything(page);
        expect(fired!.sent, query).toContain('click');
        expect(fired!.ran, query).toBeUndefined();
        expect(fired!.blocked, query).toEqual([]);
      }
      // Every record shown: one per explainer page and one per annotation.
      const { annotations } = JSON.parse(
        readFileSync(path.join(outDir, 'data/annotations.json'), 'utf8'),
      ) as { annotations: unknown[] };
      expect(shownLinks.size).toBe(EXPLAINERS + annotations.length);
      expect(results).toBeGreaterThan(PAYLOADS.length);
      // The filter list shows names and labels as the text they are.
      await page.goto(`${served.url}search/?q=claim`, { waitUntil: 'load' });
      // Pagefind renders each filter group as it loads, so wait for the speaker group's values.
      await expect
        .poll(
          async () =>
            (await page.locator('.pagefind-ui__filter-label').allTextContents()).join('\n'),
          { timeout: BROWSER_TIMEOUT },
        )
        .toContain(`Person ${NAMES[1]!.text}`);
      expect(dialogs).toEqual([]);
    }, 300_000);

    // The CSV is a download, not a page: its cells are checked above.
    it('runs no payload from the feed or the JSON', async () => {
      for (const file of ['rss.xml', 'data/annotations.json']) {
        await page.goto(served.url + file, { waitUntil: 'load' });
        const [fired] = await fireEverything(page);
        expect(fired!.ran, file).toBeUndefined();
        expect(fired!.blocked, file).toEqual([]);
      }
      expect(dialogs).toEqual([]);
    }, 120_000);
  });
});
