/**
 * Integration: provenance, the corrections log and "said elsewhere" in a real build of the sample
 * site. The cycle-lane explainer has two corrections, one of them a changed rating; Jonas
 * Ferreira says nearly the same words in the hospital and the school-meals explainers; every
 * explainer records `source.sha256`.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../helpers/build.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';
import { formatDate } from '../../src/contract/i18n/index.ts';

/** A date as the English pages write it. */
const day = (date: string) => formatDate(date, 'en');

let site: Built;
const page = (file: string): Root => fromHtml(site.read(file));
const text = (root: Root, selector: string) => toText(select(selector, root)!).replace(/\s+/g, ' ');

beforeAll(async () => {
  site = await sampleSite();
}, BUILD_TIMEOUT);

const CYCLE = 'explainers/kellsbury-cycle-lane-budget';
const HOSPITAL = 'explainers/westmarch-hospital-waiting-list';
const MEALS = 'explainers/westmarch-school-meals-pledge';

describe('provenance', () => {
  it('shows the source’s publisher, URL, retrieved date and short hash', () => {
    const meta = text(page(`${CYCLE}/index.html`), '.source-meta');
    expect(meta).toContain('The Kellsbury Courier');
    expect(meta).toContain(
      'https://example.com/kellsbury-courier/2026/10/12/cycle-lanes-budget-vote',
    );
    expect(meta).toContain(`Retrieved ${day('2026-10-13')}`);
    const hash = select('.source-hash', page(`${CYCLE}/index.html`))!;
    expect(toText(hash)).toMatch(/^[0-9a-f]{12}$/);
    expect(String(hash.properties.dataSha256)).toMatch(new RegExp(`^${toText(hash)}[0-9a-f]{52}$`));
  });

  it('gives every Web Annotation target a TimeState with the hash', () => {
    const collection = JSON.parse(site.read(`${CYCLE}/annotations.jsonld`));
    const hash = String(select('.source-hash', page(`${CYCLE}/index.html`))!.properties.dataSha256);
    for (const item of collection.first.items) {
      expect(item.target.state).toEqual({
        type: 'TimeState',
        sourceDate: '2026-10-13T00:00:00Z',
        'schema:sha256': hash,
      });
    }
  });
});

describe('corrections', () => {
  it('shows the log newest first in a box, and the rating change in the claim’s note', () => {
    const explainer = page(`${CYCLE}/index.html`);
    const box = select('section.corrections', explainer)!;
    expect(toText(select('h2', box)!)).toBe('Corrections and updates');
    const items = selectAll('li', box).map((li) => toText(li).replace(/\s+/g, ' '));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(
      new RegExp(`^${day('2026-10-16')}: The 40 per cent claim was first rated misleading`),
    );
    expect(items[0]).toContain(
      `Rating changed from Misleading to Missing context on ${day('2026-10-16')}.`,
    );
    expect(items[1]).toMatch(new RegExp(`^${day('2026-10-15')}: An earlier version gave`));
    const note = select('#note-forty-per-cent', explainer)!;
    expect(text(note as unknown as Root, '.rating-changed')).toBe(
      `Rating changed from Misleading to Missing context on ${day('2026-10-16')}.`,
    );
  });

  it('lists every correction on /corrections/, newest first, linked from the footer', () => {
    const corrections = page('corrections/index.html');
    const items = selectAll('.site-corrections > li', corrections).map((li) => toText(li));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(day('2026-10-16'));
    expect(items[1]).toContain(day('2026-10-15'));
    expect(select('.site-footer a[href="/corrections/"]', page('index.html'))).toBeTruthy();
  });

  it('puts dateModified and CorrectionComments in the JSON-LD, the log in the feed and the dataset', () => {
    const script = select('script[type="application/ld+json"]', page(`${CYCLE}/index.html`))!;
    const graph = JSON.parse(toText(script))['@graph'];
    const article = graph.find((n: { '@type': string }) => n['@type'] === 'NewsArticle');
    expect(article.dateModified).toBe('2026-10-16');
    expect(
      article.correction.map((c: { '@type': string; datePublished: string }) => [
        c['@type'],
        c.datePublished,
      ]),
    ).toEqual([
      ['CorrectionComment', '2026-10-16'],
      ['CorrectionComment', '2026-10-15'],
    ]);
    expect(site.read('rss.xml')).toContain('Correction (2026-10-15): An earlier version gave');
    const dataset = JSON.parse(site.read('data/annotations.json'));
    const cycle = dataset.explainers.find(
      (e: { slug: string }) => e.slug === 'kellsbury-cycle-lane-budget',
    );
    expect(cycle.corrections.map((c: { date: string }) => c.date)).toEqual([
      '2026-10-16',
      '2026-10-15',
    ]);
    const claim = dataset.annotations.find((a: { id: string }) => a.id === 'forty-per-cent');
    expect(claim.ratingChanges).toEqual([
      { from: 'misleading', to: 'missing-context', date: '2026-10-16' },
    ]);
  });
});

describe('said elsewhere', () => {
  it('links the same speaker’s same words between explainers, on the page and the person page', () => {
    const hospital = page(`${HOSPITAL}/index.html`);
    const lists = selectAll('.said-elsewhere', hospital);
    expect(lists).toHaveLength(1);
    const link = select('a', lists[0]!)!;
    expect(String(link.properties.href)).toMatch(new RegExp(`^/${MEALS}/#`));
    expect(toText(link)).toMatch(/^“Children can't learn when they're hungry/);
    const meals = selectAll('.said-elsewhere a', page(`${MEALS}/index.html`));
    expect(meals.map((a) => String(a.properties.href))).toEqual([
      expect.stringMatching(new RegExp(`^/${HOSPITAL}/#`)),
    ]);
    const person = selectAll('.said-elsewhere', page('people/jonas-ferreira/index.html'));
    expect(person).toHaveLength(2);
  });
});
