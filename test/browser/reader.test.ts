/**
 * Reading an explainer with keyboard and pointer, JavaScript off: from a marked span to its note
 * and back; its three views (text, annotations, Markdown) on one page; the speaker of a quotation without a note, shown without hovering;
 * permalinks shown on hover and focus; span ↔ note highlighting; text-fragment links to the
 * original; print; reduced motion and dark mode.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../src/views/text-fragment.ts';
import { launch, WIDTHS } from '../helpers/browser.ts';
import { reusedTab, serveSite, shot, type Site } from './browser-helpers.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const PAGE = 'explainers/kellsbury-cycle-lane-budget/';
const SOURCE_URL = 'https://example.com/kellsbury-courier/2026/10/12/cycle-lanes-budget-vote';
let browser: Browser;
let site: Site;

beforeAll(async () => {
  site = await serveSite();
  browser = await launch();
}, BUILD_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await site?.server.close();
});

const inTab = reusedTab(() => browser);

interface At {
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  /** The page to open: the sample explainer unless given. */
  path?: string;
}

/**
 * `path` (the sample explainer) freshly loaded at `width` × 900, on the screen, light unless
 * asked and with reduced motion unless asked, the pointer away from it and nothing focused.
 */
function openAt(width: number, options: At = {}): Promise<Page> {
  return inTab(site.server.url + (options.path ?? PAGE), width, {
    media: 'screen',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
}

const active = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    className: document.activeElement?.className ?? '',
    hash: location.hash,
  }));

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.width > 0;
  });

describe('keyboard: from a span to its note and back', () => {
  for (const width of [WIDTHS.desktop, WIDTHS.phone]) {
    it(`at ${width}px`, async () => {
      const page = await openAt(width);
      await page.locator('#potholes + .note-link').focus();
      await page.keyboard.press('Enter');
      expect(await active(page)).toMatchObject({ id: 'note-potholes', hash: '#note-potholes' });
      expect(await page.locator('#note-potholes').isVisible()).toBe(true); // opened on phones
      expect(await inViewport(page, '#note-potholes')).toBe(true);
      // Tab through the note to its way back.
      let reached = false;
      for (let i = 0; i < 8 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = (await active(page)).className === 'note-back';
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      expect(await active(page)).toMatchObject({ id: 'potholes', hash: '#potholes' });
      expect(await inViewport(page, '#potholes')).toBe(true);
      // The next Tab goes on from the span, to its link to the note.
      await page.keyboard.press('Tab');
      expect((await active(page)).className).toBe('note-link');
    });
  }

  it('a comment on a block leads back to that block', async () => {
    const page = await openAt(WIDTHS.desktop);
    const note = page.locator('.note-comment').first();
    const block = await note.evaluate((el) => el.closest('.row')!.querySelector('.source')!.id);
    await note.locator('.note-back').focus();
    await page.keyboard.press('Enter');
    expect(await active(page)).toMatchObject({ id: block, hash: `#${block}` });
  });
});

describe('the three views of one page', () => {
  for (const width of [WIDTHS.desktop, WIDTHS.phone]) {
    it(`goes from the text to every annotation, to one in the text, and to the Markdown, by keyboard, at ${width}px`, async () => {
      const page = await openAt(width);
      const shown = () =>
        page.evaluate(() =>
          ['.reading-view', '#notes', '#source'].filter((s) =>
            document.querySelector<HTMLElement>(s)!.checkVisibility(),
          ),
        );
      const press = async (selector: string) => {
        await page.locator(selector).focus();
        await page.keyboard.press('Enter');
      };
      expect(await shown()).toEqual(['.reading-view']);
      // On phones the view links wait in the closed "about" disclosure.
      if (width === WIDTHS.phone) await press('.explainer-about > summary');
      await press('.view-link-notes');
      expect(await active(page)).toMatchObject({ id: 'notes', hash: '#notes' });
      expect(await shown()).toEqual(['#notes']);
      expect(await inViewport(page, '#notes h2')).toBe(true);
      const marked = async (link: string) =>
        page.locator(link).evaluate((a) => getComputedStyle(a).fontWeight);
      expect(await marked('.view-link-notes')).toBe('700');
      expect(await marked('.view-link-read')).not.toBe('700');
      // An annotation's way back to its passage shows the text again, at that passage.
      const back = page.locator('#notes .note-links a').first();
      const id = (await back.getAttribute('href'))!.split('#')[1]!;
      await back.focus();
      await page.keyboard.press('Enter');
      expect(await active(page)).toMatchObject({ id, hash: `#${id}` });
      expect(await shown()).toEqual(['.reading-view']);
      expect(await inViewport(page, `#${id}`)).toBe(true);
      await press('.view-link-source');
      expect(await active(page)).toMatchObject({ id: 'source', hash: '#source' });
      expect(await shown()).toEqual(['#source']);
      await press('.view-link-read');
      expect(await shown()).toEqual(['.reading-view']);
      expect(await marked('.view-link-read')).toBe('700');
      await shot(page, `views-${width}`);
    });
  }
});

describe('a quotation without a note', () => {
  const unnoted = 'mark.quote[id]:not([aria-details])';

  it('shows its speaker without hovering, and its permalink when that has keyboard focus', async () => {
    const page = await openAt(WIDTHS.desktop);
    expect(await page.locator(unnoted).count()).toBeGreaterThan(0);
    // Prefer one whose speaker was found; the others say the speaker is not identified.
    const withSpeaker = page.locator(`${unnoted}[data-speaker]`);
    const quote =
      (await withSpeaker.count()) > 0 ? withSpeaker.first() : page.locator(unnoted).first();
    const id = (await quote.getAttribute('id'))!;
    const speaker = await quote.getAttribute('data-speaker');
    const label = page.locator(`.quote-speaker[data-for="${id}"]`);
    expect(await label.isVisible()).toBe(true);
    expect(await label.textContent()).toContain(speaker ?? 'speaker not identified');
    expect(await label.textContent()).toMatch(/attributed automatically|confirmed|not identified/);
    // A screen reader reads the label in brackets inside the sentence; the brackets are not shown.
    expect(await label.ariaSnapshot()).toMatch(
      /\(\s?(.+, (attributed automatically|confirmed)|speaker not identified)\s?\)/,
    );
    const brackets = label.locator('.visually-hidden');
    expect(await brackets.allTextContents()).toEqual(['(', ')']);
    for (const box of await brackets.evaluateAll((spans) =>
      spans.map((s) => s.getBoundingClientRect().width),
    ))
      expect(box).toBeLessThanOrEqual(1);
    await shot(page, 'quote-speaker.png');

    // Keyboard: from the quotation itself, Tab reaches its permalink.
    await quote.focus();
    await page.keyboard.press('Tab');
    const permalink = page.locator(`[id="${id}"] + .span-permalink`);
    expect(await permalink.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await permalink.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await permalink.getAttribute('aria-label')).toContain(
      speaker ?? 'speaker not identified',
    );
    expect(await permalink.getAttribute('href')).toBe(`#${id}`);
  });

  it('keeps its permalink out of the way until then, without moving the text', async () => {
    const page = await openAt(WIDTHS.desktop);
    const permalink = page.locator('.span-permalink').first();
    expect(await permalink.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    expect(await permalink.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
  });
});

describe('permalinks and highlighting', () => {
  it('shows a note’s permalink on hover and on focus', async () => {
    const page = await openAt(WIDTHS.desktop);
    const note = page.locator('#note-potholes');
    const permalink = note.locator('.note-head .permalink');
    const opacity = () => permalink.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0');
    await note.hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe('0');
    await permalink.focus();
    expect(await opacity()).toBe('1');
    expect(await permalink.getAttribute('href')).toBe('#potholes');
  });

  it('gives every quotation, claim and comment a permalink to its own id', async () => {
    const page = await openAt(WIDTHS.desktop);
    const missing = await page.evaluate(() => {
      const targets = new Set(
        [...document.querySelectorAll('a.permalink, a.span-permalink')].map((a) =>
          a.getAttribute('href')!.slice(1),
        ),
      );
      const annotated = [
        ...document.querySelectorAll('mark[id], .note-comment[id], .note-comment-on[id]'),
      ].map((el) => el.id);
      return annotated.filter((id) => !targets.has(id));
    });
    expect(missing).toEqual([]);
  });

  it('lights up a note when its span is pointed at, and the span when its note is', async () => {
    const page = await openAt(WIDTHS.desktop);
    const shadow = (selector: string) =>
      page.locator(selector).evaluate((el) => getComputedStyle(el).boxShadow);
    const off = await shadow('#note-potholes');
    await page.locator('#potholes').hover();
    expect(await shadow('#note-potholes')).not.toBe(off);
    expect(await shadow('#note-forty-per-cent')).toBe(off); // only its own note
    await page.locator('#note-forty-per-cent').hover();
    expect(await shadow('#forty-per-cent')).not.toBe(await shadow('#potholes'));
  });

  it('links each quotation and claim note to the passage in the original article', async () => {
    const page = await openAt(WIDTHS.desktop);
    const href = await page.locator('#note-potholes .note-original').getAttribute('href');
    const text = await page.locator('#potholes').textContent();
    expect(href).toBe(textFragmentUrl(SOURCE_URL, text!));
    expect(href).toContain('#:~:text=cost%20more%20than%20fixing');
  });
});

describe('print', () => {
  // An A4 page's width inside print.css's 12 mm margins: 186 mm at 96 px an inch.
  const A4_TEXT = 703;
  it('prints the text unbroken with every note open in the margin at its line, without screen-only links', async () => {
    const page = await openAt(A4_TEXT);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const rects = (el: Element | null | undefined) => (el ? [...el.getClientRects()] : []);
      const textRight = Math.max(
        ...[...document.querySelectorAll('.source > :not(.notes)')].map(
          (el) => el.getBoundingClientRect().right,
        ),
      );
      const lineHeight = parseFloat(
        getComputedStyle(document.querySelector('.source p')!).lineHeight,
      );
      return {
        textRight,
        lineHeight,
        groups: [...document.querySelectorAll('.notes')].map((group) => {
          // A mark's notes follow the piece that ends with it, and the paragraph carries on in
          // the next piece; a block's own comments (no mark) come last in the block.
          const links = group.previousElementSibling?.querySelectorAll('.note-link') ?? [];
          const mark = rects(links[links.length - 1]).at(-1);
          const next = group.nextElementSibling?.matches('.source-cont')
            ? group.nextElementSibling
            : null;
          const range = document.createRange();
          if (next) range.selectNodeContents(next);
          return {
            float: getComputedStyle(group).float,
            box: group.getBoundingClientRect().toJSON() as DOMRect,
            blockTop: group.closest('.source')!.getBoundingClientRect().top,
            markTop: group.matches('.notes-block') ? null : (mark?.top ?? Infinity),
            markBottom: mark?.bottom ?? Infinity,
            nextTop: next ? (range.getClientRects()[0]?.top ?? Infinity) : null,
            visible: [...group.querySelectorAll('.note')].map((n) =>
              (n as HTMLElement).checkVisibility(),
            ),
            summaries: [...group.querySelectorAll('summary')].filter((s) => s.checkVisibility())
              .length,
          };
        }),
      };
    });
    expect(layout.groups.length).toBeGreaterThanOrEqual(4);
    let previousBottom = -Infinity;
    for (const group of layout.groups) {
      expect(group.summaries).toBe(0);
      expect(group.visible.every(Boolean)).toBe(true);
      // In the margin, beside the text, not across it.
      expect(group.float).toBe('right');
      expect(group.box.left).toBeGreaterThanOrEqual(layout.textRight - 1);
      // Level with its mark's line, unless the note before it pushes it down; never on it.
      expect(group.box.top).toBeGreaterThanOrEqual(previousBottom - 1);
      expect(group.box.top).toBeGreaterThanOrEqual(group.blockTop - 1);
      if (group.markTop !== null) {
        expect(group.box.top).toBeGreaterThanOrEqual(group.markTop - layout.lineHeight);
        expect(group.box.top).toBeLessThanOrEqual(
          Math.max(group.markTop + layout.lineHeight, previousBottom + layout.lineHeight),
        );
      }
      previousBottom = group.box.bottom;
      // The paragraph carries on after the mark on the same line: the note does not split it.
      if (group.nextTop !== null) expect(group.nextTop).toBeLessThan(group.markBottom);
    }
    for (const hidden of ['.site-nav', '.view-nav', '.skip-link']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    // A mark keeps its number, which its printed note repeats.
    expect(await page.locator('.note-link').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});

describe('preferences', () => {
  it('scrolls smoothly only for a jump made on the page, and only when motion is welcome', async () => {
    const behaviour = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await openAt(WIDTHS.desktop, { reducedMotion });
      const scroll = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      // Arriving at the page (e.g. from a search result's #note-…): an instant jump.
      const arriving = await scroll();
      // A note link the reader has taken (it has focus): a smooth one.
      await page.locator('.note-link').first().focus();
      const onPage = await scroll();
      return { arriving, onPage };
    };
    expect(await behaviour('no-preference')).toEqual({ arriving: 'auto', onPage: 'smooth' });
    expect(await behaviour('reduce')).toEqual({ arriving: 'auto', onPage: 'auto' });
  });

  it('follows a dark colour scheme', async () => {
    const page = await openAt(WIDTHS.desktop, { colorScheme: 'dark' });
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe('rgb(22, 23, 26)');
    await shot(page, `explainer-dark-${WIDTHS.desktop}.png`);
  });
});

describe('small parts', () => {
  it('keeps each note link on the line of its words, after their punctuation, with a 24 px target', async () => {
    for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
      const page = await openAt(width);
      const links = await page.$$eval('.source .note-link', (all) =>
        all.map((link) => {
          link.scrollIntoView({ block: 'center' });
          const after = link.nextSibling;
          const before = document.createRange();
          before.selectNodeContents(link.parentNode!);
          before.setEndBefore(link);
          const lines = before.getClientRects();
          const last = lines[lines.length - 1]!;
          const box = link.getBoundingClientRect();
          const cx = box.left + box.width / 2;
          const cy = box.top + box.height / 2;
          const hits = [
            [cx - 11, cy],
            [cx + 11, cy],
            [cx, cy - 11],
            [cx, cy + 11],
          ].map(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.note-link') === link);
          const target = getComputedStyle(link, '::after');
          return {
            id: link.getAttribute('href'),
            punctuationAfter: /^[.,;:!?]/.test(after?.textContent ?? ''),
            sameLine: last.top < box.bottom && last.bottom > box.top,
            target: [target.width, target.height],
            hits,
          };
        }),
      );
      expect(links.length).toBeGreaterThan(3);
      for (const link of links) {
        expect(link.punctuationAfter, `${link.id} at ${width}`).toBe(false);
        expect(link.sameLine, `${link.id} at ${width}`).toBe(true);
        expect(link.target).toEqual(['24px', '24px']);
      }
      // Points 11 px from the centre, every way, reach the link.
      for (const link of links) {
        expect(link.hits, `${link.id} at ${width}`).toEqual([true, true, true, true]);
      }
    }
  });

  it("marks a person's quotations and claims in the scheme's colours and lines for each, as the explainer page does, not the browser's yellow", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // Two quotations and a claim.
      const page = await openAt(WIDTHS.desktop, { colorScheme, path: 'people/henrik-albers/' });
      const marks = await page.$$eval('.person-annotation', (items) =>
        items.map((item) => {
          const probe = document.createElement('span');
          const kind = item.classList.contains('person-claim') ? 'claim' : 'quote';
          probe.style.backgroundColor = `var(--${kind})`;
          document.body.append(probe);
          const expected = getComputedStyle(probe).backgroundColor;
          probe.remove();
          const mark = item.querySelector('.person-words mark')!;
          const style = getComputedStyle(mark);
          return {
            kind,
            background: style.backgroundColor,
            expected,
            line: style.textDecorationStyle,
          };
        }),
      );
      expect(marks.map((m) => m.kind).sort(), colorScheme).toEqual(['claim', 'quote', 'quote']);
      for (const { kind, background, expected, line } of marks) {
        expect(background).not.toBe('rgb(255, 255, 0)');
        expect(background, kind).toBe(expected);
        // The legend's patterns: a dotted line under a quotation, a solid one under a claim.
        expect(line, kind).toBe(kind === 'claim' ? 'solid' : 'dotted');
      }
    }
  });
});
