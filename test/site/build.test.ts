/**
 * Integration: build the sample site with Astro and read the pages it wrote.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../helpers/build.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

let site: Built;
let page: Root;
const attr = (el: Element, name: string) => String(el.properties[name] ?? '');

beforeAll(async () => {
  site = await sampleSite();
  page = fromHtml(site.read('explainers/kellsbury-cycle-lane-budget/index.html'));
}, BUILD_TIMEOUT);

describe('the built site', () => {
  it('lists published explainers newest first on the home page, with counts, and no drafts', () => {
    const home = fromHtml(site.read('index.html'));
    const titles = selectAll('.explainer-list h2 a', home).map((a) => attr(a, 'href'));
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles.some((href) => href.includes('kellsbury-library-opening-hours'))).toBe(false);
    const dates = selectAll('.explainer-list li > .meta > time:first-child', home).map((t) =>
      attr(t, 'dateTime'),
    );
    expect(dates.length).toBe(titles.length);
    expect(selectAll('.explainer-list .counts li', home).length).toBe(titles.length * 3);
    expect(
      existsSync(path.join(site.outDir, 'explainers/kellsbury-library-opening-hours/index.html')),
    ).toBe(false);
  });

  it('puts each source block in a row with its notes in it, after the line of their mark', () => {
    const rows = selectAll('.rows > .row', page);
    expect(rows.length).toBeGreaterThan(8);
    const withNotes = rows.filter(
      (row) => selectAll(':scope > .source > .notes .note', row).length > 0,
    );
    expect(withNotes.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(selectAll(':scope > .source[id]', row)).toHaveLength(1);
  });

  it('links every marked span with a note to that note, and the note back', () => {
    const ids = new Set(selectAll('[id]', page).map((el) => attr(el, 'id')));
    const marks = selectAll('mark[aria-details]', page);
    expect(marks.length).toBeGreaterThanOrEqual(4);
    for (const mark of marks) {
      const noteId = attr(mark, 'ariaDetails');
      expect(ids.has(noteId)).toBe(true);
      const note = selectAll(`#${noteId}`, page)[0]!;
      expect(attr(note, 'role')).toBe('comment');
      expect(selectAll(`a[href="#${attr(mark, 'id')}"]`, note).length).toBeGreaterThan(0);
    }
  });

  it('shows the claim rating and claimant, and the comments on the claim', () => {
    const note = selectAll('#note-forty-per-cent', page)[0]!;
    expect(note).toBeDefined();
    const text = JSON.stringify(note);
    expect(text).toContain('Missing context');
    expect(text).toContain('Dafydd Pryce');
    expect(selectAll('.note-comment-on', note).length).toBe(1);
  });

  it('shows the source metadata', () => {
    const meta = JSON.stringify(selectAll('.source-meta', page));
    expect(meta).toContain('The Kellsbury Courier');
    expect(meta).toContain(
      'https://example.com/kellsbury-courier/2026/10/12/cycle-lanes-budget-vote',
    );
    expect(meta).toContain('Joanne Pell');
    expect(meta).toContain('© Kellsbury Courier / Marcus Threlfall');
  });

  it('marks automatic quotations and leaves text directives that are not ours as text', () => {
    expect(selectAll('mark.quote', page).length).toBeGreaterThanOrEqual(5);
    const rail = site.read('explainers/riverline-rail-punctuality/index.html');
    expect(rail).toContain('10:30');
    expect(rail).toContain('3:1');
  });

  it('sets the language of a German explainer', () => {
    const german = fromHtml(site.read('explainers/lindenau-fernwaerme-preise/index.html'));
    expect(attr(selectAll('html', german)[0]!, 'lang')).toBe('de');
    expect(selectAll('mark.quote', german).length).toBeGreaterThanOrEqual(3);
  });

  it('needs no JavaScript to read', () => {
    // JSON-LD is data, not script: nothing else may be there.
    expect(selectAll('script:not([type="application/ld+json"])', page)).toHaveLength(0);
  });
});
