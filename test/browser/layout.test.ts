/**
 * The explainer page in real Chromium, with JavaScript off, at phone, tablet and desktop widths:
 * - desktop: notes in the margin beside their block, never overlapping, even when a block has
 *   more notes than height (the next block runs on; the next notes go below);
 * - tablet: notes open, right after the line of their mark, indented and shaded;
 * - phone: each note a closed disclosure after the line of its mark, opened and closed from the
 *   keyboard.
 * (test/browser/reading.test.ts checks the margin notes against the lines of their marks.)
 * Screenshots of each width are saved in test-results/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, WIDTHS } from '../helpers/browser.ts';
import { axeViolations, reusedTab, serveSite, shot, type Site } from './browser-helpers.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { serve } from '../helpers/serve.ts';
import { BASE, emptyScaleSite, LONG_WORD } from '../site/empty-scale-site.ts';
import { htmlFiles } from '../site/publishing-crawl.ts';

const PAGE = 'explainers/kellsbury-cycle-lane-budget/';
let browser: Browser;
let sample: Site;
let dense: Site;

beforeAll(async () => {
  sample = await serveSite();
  // The dense explainer is in the empty-scale site, built once for it and for
  // test/site/claims-empty-scale.test.ts (see test/site/empty-scale-site.ts).
  const built = await emptyScaleSite();
  dense = { built, server: await serve(built.outDir, BASE) };
  browser = await launch();
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await sample?.server.close();
  await dense?.server.close();
});

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface RowBoxes {
  /** The block's text: its pieces, without the notes between them. */
  source: Box;
  notes: Box[];
  summaries: Box[];
  /** The block's children in page order: text pieces and groups of notes. */
  sequence: Box[];
}

const inTab = reusedTab(() => browser);
const openAt = (site: Site, width: number, pagePath = PAGE) =>
  inTab(site.server.url + pagePath, width);

/** Page-relative boxes of every row's block, its visible notes and its disclosure labels. */
function rowBoxes(page: Page): Promise<RowBoxes[]> {
  return page.$$eval('.row', (rows) =>
    rows.map((row) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
      };
      const visible = (el: Element) => (el as HTMLElement).checkVisibility();
      const children = [...row.querySelector('.source')!.children];
      const text = children.filter((el) => !el.classList.contains('notes')).map(box);
      return {
        source: {
          top: Math.min(...text.map((b) => b.top)),
          bottom: Math.max(...text.map((b) => b.bottom)),
          left: Math.min(...text.map((b) => b.left)),
          right: Math.max(...text.map((b) => b.right)),
        },
        notes: [...row.querySelectorAll('.notes .note')].filter(visible).map(box),
        summaries: [...row.querySelectorAll('.notes summary')].filter(visible).map(box),
        sequence: children.filter(visible).map(box),
      };
    }),
  );
}

function expectNoOverlap(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `boxes ${i} and ${j} overlap`).toBe(false);
    }
  }
}

/**
 * Each note (or its label) comes after the text before it (the piece of the block that ends with
 * its mark) and before the text after it, inside the page's width; the blocks follow each other.
 */
function expectStacked(all: RowBoxes[], width: number, parts: 'notes' | 'summaries') {
  for (let i = 0; i < all.length; i += 1) {
    const row = all[i]!;
    let previous = -Infinity;
    for (const box of row.sequence) {
      expect(box.top).toBeGreaterThanOrEqual(previous - 1);
      expect(box.right).toBeLessThanOrEqual(width);
      previous = box.bottom;
    }
    for (const box of row[parts]) expect(box.right).toBeLessThanOrEqual(width);
    const next = all[i + 1];
    if (next) expect(next.source.top).toBeGreaterThanOrEqual(previous - 1);
  }
}

describe('explainer layout', () => {
  it(`desktop (${WIDTHS.desktop}px): notes in the margin beside their block, never overlapping`, async () => {
    const page = await openAt(sample, WIDTHS.desktop);
    await shot(page, `explainer-desktop-${WIDTHS.desktop}.png`, { fullPage: true });
    const all = await rowBoxes(page);
    const noted = all.filter((r) => r.notes.length > 0);
    expect(noted.length).toBeGreaterThanOrEqual(4);
    expect(all.flatMap((r) => r.summaries)).toEqual([]); // no disclosures: notes are open
    for (const row of noted) {
      expect(row.notes[0]!.left).toBeGreaterThan(row.source.right); // beside, to the right
    }
    expectNoOverlap(all.flatMap((r) => [r.source, ...r.notes]));
  });

  it('desktop: a block with more notes than height leaves no hole: the next notes go below', async () => {
    const page = await openAt(dense, WIDTHS.desktop, 'explainers/dense/');
    await shot(page, `explainer-dense-${WIDTHS.desktop}.png`, { fullPage: true });
    const [first, second] = await rowBoxes(page);
    expect(first!.notes.length).toBe(6);
    const notesBottom = Math.max(...first!.notes.map((n) => n.bottom));
    expect(notesBottom - first!.source.bottom).toBeGreaterThan(300); // far taller than the line
    // The text runs on (one paragraph's spacing, no hole); the next block's note waits below.
    expect(second!.source.top - first!.source.bottom).toBeLessThan(30);
    expect(second!.notes[0]!.top).toBeGreaterThanOrEqual(notesBottom);
    expectNoOverlap((await rowBoxes(page)).flatMap((r) => [r.source, ...r.notes]));
  });

  it('desktop: a speaker label from a block quotation or a list is in the margin with the others; in a table, after its quotation', async () => {
    const page = await openAt(dense, WIDTHS.desktop, 'explainers/labels/');
    await shot(page, `explainer-labels-${WIDTHS.desktop}.png`, { fullPage: true });
    const { analysis, labels } = await page.evaluate(() => ({
      // Where the notes' column starts: its heading, "Analysis".
      analysis: document.querySelectorAll('.columns-head p')[1]!.getBoundingClientRect().left,
      labels: [...document.querySelectorAll('.quote-speaker')].map((label) => {
        const box = label.getBoundingClientRect();
        const cell = label.closest('td, th')?.getBoundingClientRect();
        const quote = label.previousElementSibling?.previousElementSibling?.getBoundingClientRect();
        return {
          in: label.closest('blockquote, li, td, h2')?.tagName.toLowerCase(),
          weight: getComputedStyle(label).fontWeight,
          left: box.left,
          right: box.right,
          top: box.top,
          cell: cell && { left: cell.left, right: cell.right },
          quote: quote && { top: quote.top, right: quote.right },
        };
      }),
    }));
    expect(labels.map((l) => l.in)).toEqual(['blockquote', 'li', 'td', 'td', 'h2']);
    // A line of code longer than the column scrolls in it: it does not run over the notes.
    const code = await page.locator('.source pre').evaluate((pre) => {
      // Where its text ends on screen: at the first box around it that clips it, else its own end.
      let box: Element = pre;
      while (getComputedStyle(box).overflowX === 'visible' && box.parentElement) {
        if (box.classList.contains('source'))
          return pre.getBoundingClientRect().left + pre.scrollWidth;
        box = box.parentElement;
      }
      return box.getBoundingClientRect().right;
    });
    expect(code).toBeLessThan(analysis);
    // Quotations without notes, and no claim: the legend explains only the quotation's mark.
    const legend = await page
      .locator('.legend li .legend-sample')
      .evaluateAll((samples) => samples.map((sample) => sample.className));
    expect(legend).toEqual(['legend-sample legend-quote']);
    // Set alike wherever it is: a heading's bold does not carry into its label.
    expect(new Set(labels.map((l) => l.weight))).toEqual(new Set(['400']));
    for (const label of labels.filter((l) => !l.cell))
      expect(label.left, label.in).toBeCloseTo(analysis, 0);
    // In its cell, after its quotation: on its line, or on a line below when the cell is narrow.
    for (const label of labels.filter((l) => l.cell)) {
      expect(label.left).toBeGreaterThanOrEqual(label.cell!.left);
      expect(label.right).toBeLessThanOrEqual(label.cell!.right);
      expect(label.left >= label.quote!.right || label.top > label.quote!.top + 1).toBe(true);
    }
  });

  it('desktop: the open notes are in the accessibility tree, not hidden from screen readers', async () => {
    const page = await openAt(sample, WIDTHS.desktop);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
    };
    await cdp.detach();
    const comments = nodes.filter((n) => !n.ignored && n.role?.value === 'comment');
    const notes = await page.locator('.note').count();
    expect(comments.length).toBe(notes);
    const texts = nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
    expect(texts.some((t) => t.includes('The 40 per cent compares 2019 with 2021'))).toBe(true);
  });

  it(`tablet (${WIDTHS.tablet}px): one column, each note open right after the line of its mark, set apart`, async () => {
    const page = await openAt(sample, WIDTHS.tablet);
    await shot(page, `explainer-tablet-${WIDTHS.tablet}.png`, { fullPage: true });
    const all = await rowBoxes(page);
    expect(all.flatMap((r) => r.summaries)).toEqual([]);
    expect(all.flatMap((r) => r.notes).length).toBe(await page.locator('.note').count());
    expectStacked(all, WIDTHS.tablet, 'notes');
    for (const row of all.filter((r) => r.notes.length > 0)) {
      expect(row.notes[0]!.left).toBeGreaterThan(row.source.left + 16); // indented
    }
    const [noteBg, pageBg] = await page.evaluate(() => [
      getComputedStyle(document.querySelector('.note')!).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(noteBg).not.toBe(pageBg);
  });

  it(`phone (${WIDTHS.phone}px): each note is a closed disclosure right after the line of its mark`, async () => {
    const page = await openAt(sample, WIDTHS.phone);
    await shot(page, `explainer-phone-${WIDTHS.phone}.png`, { fullPage: true });
    const all = await rowBoxes(page);
    expect(all.flatMap((r) => r.notes)).toEqual([]); // closed
    expect(all.flatMap((r) => r.summaries).length).toBe(await page.locator('.note').count());
    expectStacked(all, WIDTHS.phone, 'summaries');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      WIDTHS.phone,
    );
  });

  it('phone: a table or code wider than the screen scrolls in its own group, which the keyboard reaches; the page does not; on paper it shows whole', async () => {
    const page = await openAt(dense, WIDTHS.phone, 'explainers/labels/');
    await shot(page, `explainer-labels-${WIDTHS.phone}.png`, { fullPage: true });
    const { page: pageWidth, regions } = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      regions: [...document.querySelectorAll('.source :is(table, pre)')].map((block) => {
        const region = block.parentElement!;
        return {
          role: region.getAttribute('role'),
          name: region.getAttribute('aria-label'),
          tabIndex: region.tabIndex,
          scrolls: region.scrollWidth > region.clientWidth,
          right: region.getBoundingClientRect().right,
        };
      }),
    }));
    expect(pageWidth).toBeLessThanOrEqual(WIDTHS.phone);
    expect(regions.map((r) => [r.name, r.scrolls])).toEqual([
      ['Table from the source', false],
      ['Table from the source', true],
      ['Code from the source', true],
    ]);
    for (const region of regions) {
      expect(region).toMatchObject({ role: 'group', tabIndex: 0 });
      expect(region.right).toBeLessThanOrEqual(WIDTHS.phone);
    }
    // On paper nothing scrolls: the wide table shows whole and the code wraps, within the source
    // column.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('.source-scroll')].map((region) => ({
        overflow: getComputedStyle(region).overflowX,
        table: Math.max(
          region.firstElementChild!.getBoundingClientRect().right,
          region.firstElementChild!.getBoundingClientRect().left + region.scrollWidth,
        ),
        column: region.closest('.source')!.getBoundingClientRect().right,
      })),
    );
    await page.emulateMedia({ media: 'screen' });
    for (const region of printed) {
      expect(region.overflow).toBe('visible');
      expect(region.table).toBeLessThanOrEqual(region.column + 0.5);
    }
    // axe needs JavaScript, which this file's tab runs without.
    const tab = await browser.newPage({ viewport: { width: WIDTHS.phone, height: 800 } });
    await tab.goto(`${dense.server.url}explainers/labels/`);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('a note on a list item or a quoted paragraph is beside the line of its mark on a wide screen, and right after the mark on a phone', async () => {
    const wide = await openAt(dense, WIDTHS.desktop, 'explainers/list-notes/');
    const [notes, mark, item, quoted, quotation] = await wide.evaluate(() => {
      const rects = (el: Element | null) =>
        [...el!.getClientRects()].map((r) => r.toJSON() as DOMRect);
      return [
        [...document.querySelectorAll('.source .notes')].map((n) => n.getBoundingClientRect().top),
        rects(document.querySelector('.source li mark')),
        document.querySelector('.source li')!.getBoundingClientRect().toJSON() as DOMRect,
        rects(document.querySelector('.source > blockquote mark')),
        document.querySelector('.source > blockquote')!.getBoundingClientRect().toJSON() as DOMRect,
      ] as const;
    });
    // The first item runs over two lines with its mark on the first: the note is level with
    // the mark's line, not the item's last line nor the line after the item. (An inline box is
    // shorter than its line by the line's leading: the float starts at the line's top.)
    const level = (top: number, line: DOMRect) => {
      expect(top).toBeGreaterThanOrEqual(line.top - line.height / 2);
      expect(top).toBeLessThan(line.bottom - 1);
    };
    expect(item.height).toBeGreaterThan(mark[0]!.height * 1.5);
    level(notes[0]!, mark[0]!);
    // The quoted paragraph's mark is on its first line: the note too, not beside its last.
    expect(quotation.height).toBeGreaterThan(quoted[0]!.height * 3);
    level(notes[1]!, quoted.at(-1)!);
    const phone = await openAt(dense, WIDTHS.phone, 'explainers/list-notes/');
    const order = await phone.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.source > ul > li, .source > blockquote > p, .source summary',
        ),
      ].map((el) => (el.tagName === 'P' ? el.textContent!.slice(0, 5) : el.tagName)),
    );
    expect(order).toEqual([
      'LI',
      'SUMMARY',
      'LI',
      'LI',
      'LI',
      'The n',
      'SUMMARY',
      ' the ',
      'A sec',
    ]);
    // The notes inside the list and the quotation: no accessibility rule broken (axe needs
    // JavaScript, which this file's tab runs without).
    const tab = await browser.newPage({ viewport: { width: WIDTHS.phone, height: 800 } });
    await tab.goto(`${dense.server.url}explainers/list-notes/`);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });

  it('phone: a tag or a name longer than the line breaks, on every page that shows it', async () => {
    const pages = htmlFiles(dense.built.outDir, '')
      .filter(({ file }) => dense.built.read(file).includes(LONG_WORD))
      .map(({ url }) => url);
    // The explainer, its topic, the topics index, and the claims list that shows the claimant.
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const pagePath of pages) {
      const page = await openAt(dense, 320, pagePath);
      const outside = await page.evaluate((word) => {
        for (const details of document.querySelectorAll('details')) details.open = true;
        const wide = document.documentElement.scrollWidth > innerWidth;
        const cut = [...document.querySelectorAll('body *')]
          .filter((el) => el.childElementCount === 0 && el.textContent!.includes(word))
          .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > innerWidth);
        return [...(wide ? ['page'] : []), ...cut.map((el) => el.className || el.tagName)];
      }, LONG_WORD);
      expect(outside, pagePath).toEqual([]);
    }
  });

  it('phone: a disclosure opens and closes from the keyboard and by pointer', async () => {
    const page = await openAt(sample, WIDTHS.phone);
    const disclosure = page.locator('details.note-disclosure').first();
    const summary = disclosure.locator('summary');
    const note = disclosure.locator('.note');
    await expect(summary.textContent()).resolves.toBe('Claim: Missing context');
    // Reach it with Tab from the link just before it (the span's link to its note).
    await page.locator('#forty-per-cent + .note-link').focus();
    await page.keyboard.press('Tab');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await note.isVisible()).toBe(true);
    await shot(
      page.locator('.row', { has: page.locator('#forty-per-cent') }),
      `explainer-phone-open-${WIDTHS.phone}.png`,
    );
    await page.keyboard.press('Space');
    expect(await note.isVisible()).toBe(false);
    await summary.click();
    expect(await note.isVisible()).toBe(true);
    await summary.click();
    expect(await note.isVisible()).toBe(false);
  });
});
