/**
 * The reading layout in real Chromium, JavaScript off, on every explainer of the sample site:
 * - wide screens: the source runs on without holes (no gap between blocks beyond the paragraph
 *   spacing), each note starts level with the line of its mark unless the note before pushes it
 *   down, and nothing in the margin overlaps another note or the text;
 * - type: 60–75 characters a line in every reading column (source, notes, claims index, the
 *   annotations-only view, a person's page), notes smaller than the text, the self-hosted faces
 *   in use;
 * - phones: the first sentence of the source on the first screen (375 × 667);
 * - a legend that tells the highlights apart by words and pattern, a speaker shown for every
 *   quotation without hovering, and verdicts that print as words in a box.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { catalogueFor } from '../../src/contract/i18n/index.ts';
import { serveSite, type Site } from './browser-helpers.ts';
import { BROWSER_TIMEOUT, BUILD_TIMEOUT } from '../helpers/timeouts.ts';

let browser: Browser;
let site: Site;
let pages: string[];

beforeAll(async () => {
  site = await serveSite();
  browser = await launch();
  const dir = path.join(site.built.outDir, 'explainers');
  pages = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `explainers/${d.name}/`);
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await site?.server.close();
});

/**
 * The page at `pagePath` in a viewport of `width` × `height`, fonts loaded, scrolled to the top.
 * No test changes a page it opens this way, so every such page is read in one tab: a page asked
 * for again is resized if need be, and another page is loaded in its place (a new tab costs
 * Chromium more CPU than a load, and a load more than a new layout). The print test sets the
 * tab's media to print and back.
 */
let shared: { page: Page; path: string } | undefined;
async function openAt(pagePath: string, width: number, height = 900): Promise<Page> {
  if (!shared) {
    const page = await browser.newPage({ viewport: { width, height }, javaScriptEnabled: false });
    await page.goto(site.server.url + pagePath);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    shared = { page, path: pagePath };
    return page;
  }
  const { page } = shared;
  const size = page.viewportSize();
  if (size?.width !== width || size.height !== height)
    await page.setViewportSize({ width, height });
  if (shared.path !== pagePath) {
    await page.goto(site.server.url + pagePath);
    shared.path = pagePath;
  }
  await page.evaluate(() => document.fonts.ready.then(() => scrollTo(0, 0)));
  return page;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const overlaps = (a: Box, b: Box) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** Median characters per full line (every line of a block but its last) of the elements. */
function charactersPerLine(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (elements) => {
    const perLine: number[] = [];
    for (const el of elements) {
      if (!(el as HTMLElement).checkVisibility()) continue;
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        // Only the text of this column: not notes, labels or other boxes nested in it.
        if (parent.closest('.notes, .quote-speaker, summary') && !el.closest('.notes')) continue;
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          const line = Math.round(rect.bottom);
          lines.set(line, (lines.get(line) ?? 0) + 1);
        }
      }
      const counts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
      perLine.push(...counts.slice(0, -1));
    }
    return perLine;
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** The gaps between an explainer page's source blocks, each with the spacing allowed after it. */
const sourceGaps = (page: Page) =>
  page.$$eval('.source', (blocks) =>
    blocks.slice(1).map((block, i) => {
      const before = blocks[i]!;
      const spacing = parseFloat(getComputedStyle(before).marginBottom);
      const gap = block.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
      return { id: block.id, gap, spacing };
    }),
  );

/** The margin's items in page order (notes, comments, speaker labels) and the text's lines. */
const marginLayout = (page: Page) =>
  page.evaluate(() => {
    const box = (r: DOMRect) => ({
      top: r.top + scrollY,
      bottom: r.bottom + scrollY,
      left: r.left,
      right: r.right,
    });
    const lineHeight = parseFloat(getComputedStyle(document.querySelector('.source')!).lineHeight);
    // Margin items in page order: notes on a span, comments on a block, speaker labels.
    const items = [...document.querySelectorAll('.notes, .quote-speaker')].map((el) => {
      // A span's note belongs to the line its mark ends on; a comment on a whole block
      // to the line right after the block's last one.
      let lineTop = NaN;
      if (el.classList.contains('notes-block')) {
        const text = [...el.parentElement!.children].filter((c) => !c.classList.contains('notes'));
        const range = document.createRange();
        range.selectNodeContents(text.at(-1)!);
        const rects = [...range.getClientRects()];
        if (rects.length > 0) lineTop = Math.max(...rects.map((r) => r.bottom)) + scrollY;
      } else {
        const anchor = el.classList.contains('quote-speaker')
          ? document.getElementById(el.getAttribute('data-for')!)
          : document.querySelector(`a.note-link[href="#${el.querySelector('.note')!.id}"]`);
        const last = anchor ? [...anchor.getClientRects()].at(-1) : undefined;
        if (last) lineTop = last.top + scrollY;
      }
      const style = getComputedStyle(el);
      return {
        what: el.querySelector('.note')?.id ?? el.getAttribute('data-for') ?? '?',
        box: box(el.getBoundingClientRect()),
        marginBottom: parseFloat(style.marginBottom),
        float: style.float,
        lineTop,
      };
    });
    const text = [...document.querySelectorAll('.source > :not(.notes)')].flatMap((el) =>
      [...el.getClientRects()].map(box),
    );
    return { lineHeight, items, text };
  });

/** The encoded size of each font file the page fetched. */
const fontSizes = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\.woff2?$/.test(entry.name))
      .map((entry) => (entry as PerformanceResourceTiming).encodedBodySize),
  );

/** Where the first sentence of the source ends on screen, and how wide the page is. */
const firstSentence = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('.source p')!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    range.setStart(p, 0);
    let bottom = p.getBoundingClientRect().bottom;
    // The end of the first sentence: its first full stop, or the whole first paragraph.
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').search(/[.!?](\s|$)/);
      if (at >= 0) {
        range.setEnd(node, at + 1);
        bottom = range.getBoundingClientRect().bottom;
        break;
      }
    }
    return { bottom, scrollWidth: document.documentElement.scrollWidth };
  });

/** Each quotation with an id, and the speaker shown for it without hovering. */
const quoteSpeakers = (page: Page) =>
  page.$$eval('mark.quote[id]', (marks) =>
    marks.map((mark) => {
      const visibleText = (el: Element | null) =>
        el && (el as HTMLElement).checkVisibility() ? (el.textContent ?? '').trim() : '';
      const noteId = mark.getAttribute('aria-details');
      if (noteId) {
        const note = document.getElementById(noteId)!;
        const who = visibleText(note.querySelector('.note-who'));
        const summary = visibleText(note.closest('details')!.querySelector('summary'));
        return { id: mark.id, shown: who || summary, noted: true };
      }
      const label = document.querySelector(`.quote-speaker[data-for="${mark.id}"]`);
      return { id: mark.id, shown: visibleText(label), noted: false };
    }),
  );

/** What the tests read from one explainer page, at each width they read it at. */
interface Reading {
  /** By width: 1280, and 1920 for the first explainer. */
  gaps: Map<number, Awaited<ReturnType<typeof sourceGaps>>>;
  layout: Map<number, Awaited<ReturnType<typeof marginLayout>>>;
  /** Font files fetched at 1280px, before any other width. */
  fonts: number[];
  /** At 375 × 667. */
  phone: Awaited<ReturnType<typeof firstSentence>>;
  /** By width: 375 (× 667) and 1280. */
  speakers: Map<number, Awaited<ReturnType<typeof quoteSpeakers>>>;
  lang: string;
}

/**
 * Every explainer is loaded once for the tests that read it: at 1280px, then resized to each
 * other width they need (as `openAt` resizes a page asked for again), and read at each. Reading
 * page by page instead of test by test loads each page once instead of once for each test
 * (about 40 loads for the file before). A test awaits the readings of the pages it checks, so a
 * failure still names its test.
 */
const readings = new Map<string, Promise<Reading>>();
function readingOf(pagePath: string): Promise<Reading> {
  let reading = readings.get(pagePath);
  if (!reading) {
    reading = (async () => {
      const page = await openAt(pagePath, 1280);
      const fonts = await fontSizes(page);
      const widths = pagePath === pages[0] ? [1280, 1920] : [1280];
      const gaps: Reading['gaps'] = new Map();
      const layout: Reading['layout'] = new Map();
      for (const width of widths) {
        await openAt(pagePath, width);
        gaps.set(width, await sourceGaps(page));
        layout.set(width, await marginLayout(page));
      }
      await openAt(pagePath, 1280);
      const speakers: Reading['speakers'] = new Map([[1280, await quoteSpeakers(page)]]);
      await openAt(pagePath, 375, 667);
      const phone = await firstSentence(page);
      speakers.set(375, await quoteSpeakers(page));
      const lang = (await page.getAttribute('html', 'lang')) ?? 'en';
      return { gaps, layout, fonts, phone, speakers, lang };
    })();
    readings.set(pagePath, reading);
  }
  return reading;
}

describe('wide screens (1280 and 1920 px)', () => {
  it(
    'the source runs on without holes: no gap between blocks beyond the paragraph spacing',
    async () => {
      // Every explainer at 1280px, the first one at 1920px too.
      for (const [width, some] of [
        [1280, pages],
        [1920, pages.slice(0, 1)],
      ] as const) {
        for (const pagePath of some) {
          const gaps = (await readingOf(pagePath)).gaps.get(width)!;
          expect(gaps.length).toBeGreaterThan(2);
          for (const { id, gap, spacing } of gaps) {
            expect(gap, `${pagePath} at ${width}px: gap before #${id}`).toBeLessThanOrEqual(
              spacing + 1,
            );
          }
        }
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'each note starts level with the line of its mark, or right below the note before it, and nothing overlaps',
    async () => {
      // Every explainer at 1280px, the first one at 1920px too.
      for (const [width, some] of [
        [1280, pages],
        [1920, pages.slice(0, 1)],
      ] as const) {
        for (const pagePath of some) {
          const layout = (await readingOf(pagePath)).layout.get(width)!;
          const where = `${pagePath} at ${width}px`;
          let previousBottom = -Infinity;
          for (const item of layout.items) {
            expect(item.float, `${where}: ${item.what} is in the margin`).toBe('right');
            expect(item.lineTop, `${where}: ${item.what} has its mark`).not.toBeNaN();
            const expected = Math.max(item.lineTop, previousBottom);
            expect(
              Math.abs(item.box.top - expected),
              `${where}: ${item.what} starts ${item.box.top - item.lineTop}px from its line`,
            ).toBeLessThanOrEqual(layout.lineHeight);
            previousBottom = item.box.bottom + item.marginBottom;
          }
          const boxes = layout.items.map((i) => i.box);
          for (let i = 0; i < boxes.length; i += 1) {
            for (let j = i + 1; j < boxes.length; j += 1)
              expect(overlaps(boxes[i]!, boxes[j]!), `${where}: items ${i} and ${j}`).toBe(false);
            for (const line of layout.text)
              expect(overlaps(boxes[i]!, line), `${where}: item ${i} and the text`).toBe(false);
          }
        }
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a note pushed away from its line carries its mark’s number',
    async () => {
      const page = await openAt(pages[0]!, 1280);
      const numbers = await page.$$eval('.notes:not(.notes-block) .note', (notes) =>
        notes.map((note) => {
          const link = document.querySelector(`a.note-link[href="#${note.id}"]`)!;
          const head = note.querySelector('.note-head')!;
          return {
            mark: getComputedStyle(link, '::before').content,
            note: getComputedStyle(head, '::before').content,
          };
        }),
      );
      expect(numbers.length).toBeGreaterThan(0);
      // Counters show as `counter(...)` in computed content; both sides use the same one.
      for (const n of numbers) expect(n.note).toMatch(/counter\(note\)/);
      for (const n of numbers) expect(n.mark).toMatch(/counter\(mark\)/);
      const marks = await page.locator('a.note-link').count();
      expect(await page.locator('.notes:not(.notes-block) > .note-disclosure').count()).toBe(marks);
    },
    BROWSER_TIMEOUT,
  );
});

describe('type', () => {
  it(
    "60–75 characters a line in every reading column: source, notes, claims index, annotations, a person's page",
    async () => {
      const columns: Array<[string, string, number[]]> = [
        [pages[0]!, '.source > p', [768, 1280, 1920]],
        [pages[0]!, '.note-body > p', [768, 1280, 1920]],
        ['claims/', '.claim-text p, .claim-context', [1280]],
        [`${pages[0]!}#notes`, '.annotation .note-body p, .annotation-context', [1280]],
        // A person's page: each quotation in its sentence.
        ['people/gareth-ambrose/', '.person-words p', [1280, 1920]],
      ];
      for (const [pagePath, selector, widths] of columns) {
        for (const width of widths) {
          const page = await openAt(pagePath, width);
          const lines = await charactersPerLine(page, selector);
          const where = `${pagePath} ${selector} at ${width}px`;
          expect(lines.length, where).toBeGreaterThan(5);
          expect(median(lines), where).toBeGreaterThanOrEqual(60);
          expect(median(lines), where).toBeLessThanOrEqual(75);
        }
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'no running text wider than the measure on any kind of page at 1920 px: indexes, corrections, topics, search',
    async () => {
      const kinds = [
        '',
        'claims/',
        'corrections/',
        'people/',
        'people/gareth-ambrose/',
        'tags/',
        'tags/transport/',
        'search/',
        ...pages,
      ];
      for (const pagePath of kinds) {
        const page = await openAt(pagePath, 1920);
        const wide = await page.evaluate(() => {
          const probe = document.createElement('div');
          probe.style.width = 'var(--measure)';
          document.body.append(probe);
          const measure = probe.getBoundingClientRect().width;
          probe.remove();
          // Paragraphs, list items and descriptions of text, not Pagefind's (scripted) results.
          return [...document.querySelectorAll('main :is(p, li, dd)')]
            .filter((e) => !e.closest('.pagefind-ui, table'))
            .filter((e) => (e.textContent ?? '').trim().length > 0)
            .map((e) => [Math.round(e.getBoundingClientRect().width), measure] as const)
            .filter(([width]) => width > measure + 1);
        });
        expect(wide, pagePath).toEqual([]);
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'notes are set smaller than the text, each in its self-hosted face, at most 60 KB of fonts a page',
    async () => {
      const page = await openAt(pages[0]!, 1280);
      const sizes = await page.evaluate(() => ({
        text: parseFloat(getComputedStyle(document.querySelector('.source p')!).fontSize),
        note: parseFloat(getComputedStyle(document.querySelector('.note-body p')!).fontSize),
        face: document.fonts.check('16px "Source Serif 4"'),
        sans: getComputedStyle(document.querySelector('.note-body p')!).fontFamily,
        family: getComputedStyle(document.querySelector('.source p')!).fontFamily,
      }));
      expect(sizes.note).toBeLessThan(sizes.text);
      expect(sizes.family).toMatch(/^"?Source Serif 4/);
      expect(sizes.face).toBe(true);
      expect(sizes.sans).toMatch(/^"?Source Sans 3/);
      // The faces cost at most 60 KB a page: only the subsets its text uses are fetched.
      for (const pagePath of pages) {
        const { fonts } = await readingOf(pagePath);
        expect(fonts.length, pagePath).toBeGreaterThanOrEqual(2);
        const bytes = fonts.reduce((sum, size) => sum + size, 0);
        expect(bytes, pagePath).toBeGreaterThan(10_000); // measured, not missing
        expect(bytes, pagePath).toBeLessThanOrEqual(60_000);
      }
    },
    BROWSER_TIMEOUT,
  );
});

describe('phones (375 × 667)', () => {
  it(
    'the first sentence of the source is on the first screen',
    async () => {
      for (const pagePath of pages) {
        const { bottom, scrollWidth } = (await readingOf(pagePath)).phone;
        expect(bottom, pagePath).toBeLessThanOrEqual(667);
        expect(scrollWidth, pagePath).toBeLessThanOrEqual(375);
      }
    },
    BROWSER_TIMEOUT,
  );
});

describe('legend, speakers, print', () => {
  it(
    'a legend names each highlight in words and tells them apart by pattern, not only colour',
    async () => {
      const page = await openAt(pages[0]!, 1280);
      const legend = page.locator('.legend');
      expect(await legend.isVisible()).toBe(true);
      const text = (await legend.textContent()) ?? '';
      for (const word of ['quotation', 'claim', 'attributed automatically', 'confirmed'])
        expect(text).toContain(word);
      // Each sample is a word apart from what it explains (read and copied so, not only spaced).
      const items = await legend
        .locator('li')
        .evaluateAll((lis) =>
          lis.map((li) => [
            li.querySelector('.legend-sample')!.textContent,
            li.textContent!.trim(),
          ]),
        );
      for (const [sample, item] of items) expect(item).toMatch(new RegExp(`^${sample} \\S`));
      const patterns = await page.evaluate(() =>
        ['mark.quote', 'mark.claim', '.legend-quote', '.legend-claim'].map(
          (s) => getComputedStyle(document.querySelector(s)!).textDecorationStyle,
        ),
      );
      expect(patterns).toEqual(['dotted', 'solid', 'dotted', 'solid']);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'every quotation shows its speaker without hovering, marked automatic or confirmed',
    async () => {
      // At 375 × 667 and 1280 × 900.
      for (const width of [375, 1280]) {
        for (const pagePath of pages) {
          const { speakers, lang } = await readingOf(pagePath);
          const quotes = speakers.get(width)!;
          expect(quotes.length, pagePath).toBeGreaterThan(0);
          // How the speaker was found, that there is none, or the quotation it is within, in
          // the page's language.
          const words = catalogueFor(lang).speaker;
          const [withinBy] = words.within('\0').split('\0');
          const said = new RegExp(
            [words.automatic, words.confirmed, words.none, words.within(undefined), withinBy!]
              .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('|'),
          );
          for (const q of quotes) {
            expect(q.shown, `${pagePath} at ${width}px: #${q.id}`).not.toBe('');
            if (!q.noted) expect(q.shown).toMatch(said);
          }
        }
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'no speaker appears only on hover',
    async () => {
      const page = await openAt(pages[0]!, 1280);
      const hoverOnly = await page.$$eval('mark.quote', (marks) =>
        marks.filter((m) => getComputedStyle(m, '::after').content !== 'none').map((m) => m.id),
      );
      expect(hoverOnly).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'prints every verdict as its words in a box, readable without colour',
    async () => {
      // In the shared tab, as print media until the test ends (a new tab costs more than this).
      const page = await openAt(pages[0]!, 1280);
      await page.emulateMedia({ media: 'print' });
      try {
        // The text's badges (the notes view, a section of the same page, prints only when it
        // is the fragment).
        const badges = await page.$$eval('.reading-view .rating-badge', (els) =>
          els.map((el) => {
            const style = getComputedStyle(el);
            return {
              text: (el.textContent ?? '').trim(),
              visible: (el as HTMLElement).checkVisibility(),
              border: parseFloat(style.borderTopWidth),
              borderColour: style.borderTopColor,
              colour: style.color,
              background: style.backgroundColor,
            };
          }),
        );
        expect(badges.length).toBeGreaterThanOrEqual(3);
        for (const badge of badges) {
          expect(badge.visible).toBe(true);
          expect(badge.text).not.toBe('');
          expect(badge.border).toBeGreaterThanOrEqual(1);
          expect(badge.borderColour).toBe('rgb(0, 0, 0)');
          expect(badge.colour).toBe('rgb(0, 0, 0)');
          expect(badge.background).toBe('rgba(0, 0, 0, 0)');
        }
      } finally {
        await page.emulateMedia({ media: null });
      }
    },
    BROWSER_TIMEOUT,
  );
});
