/**
 * Integration: the people index and a page per speaker in a real build of the sample site. Each
 * page lists every quotation and claim by that person across explainers, with the sentence
 * around it and a link to the exact spot on the explainer's page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../helpers/build.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

let site: Built;
let index: Root;
const attr = (el: Element, name: string) => String(el.properties[name] ?? '');
const page = (file: string) => fromHtml(site.read(file));

beforeAll(async () => {
  site = await sampleSite();
  index = page('people/index.html');
}, BUILD_TIMEOUT);

describe('the people index', () => {
  it('links every speaker to a page that exists', () => {
    const links = selectAll('.people-list a.person-name', index);
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const link of links) {
      const href = attr(link, 'href');
      expect(href).toMatch(/^\/people\/[^/]+\/$/);
      expect(existsSync(path.join(site.outDir, decodeURI(href), 'index.html'))).toBe(true);
    }
  });

  it('shows people.yaml names and roles, and speakers found only in the text', () => {
    const text = toText(index);
    expect(text).toContain('Dafydd Pryce, Cabinet member for transport, Kellsbury City Council');
    expect(text).toContain('Gisela Harms'); // named in the text, not in people.yaml
    expect(text).toContain('Beth Morrow, Kellsbury Cycle Campaign');
    expect(text).toMatch(/Sabine Kretschmar[^—]*— 2 quotations, 2 claims in 1 explainer/);
  });
});

describe('a person page', () => {
  let pryce: Root;
  beforeAll(() => {
    pryce = page('people/dafydd-pryce/index.html');
  });

  it('lists their quotations, detected and explicit, and their claims', () => {
    expect(toText(select('h1', pryce)!)).toBe('Dafydd Pryce');
    const quotes = selectAll('.person-quote', pryce);
    const claims = selectAll('.person-claim', pryce);
    expect(quotes).toHaveLength(3);
    expect(claims).toHaveLength(1);
    const words = quotes.map((q) => toText(select('mark', q)!));
    expect(words).toContain('"The evidence from Mill Road is clear,"');
    expect(words).toContain(
      '"the council\'s share is covered without touching a single frontline service"',
    );
    expect(toText(claims[0]!)).toContain('Missing context');
  });

  it('shows each in the sentence around it', () => {
    const quote = selectAll('.person-quote', pryce)[0]!;
    expect(toText(select('blockquote', quote)!).trim()).toBe(
      '"The evidence from Mill Road is clear," Mr Pryce said.',
    );
  });

  it('links each to its exact spot on the explainer page', () => {
    const explainer = page('explainers/kellsbury-cycle-lane-budget/index.html');
    const ids = new Set(selectAll('[id]', explainer).map((el) => attr(el, 'id')));
    const spots = selectAll('.person-annotation .person-source a[href*="#"]', pryce);
    expect(spots).toHaveLength(4);
    for (const spot of spots) {
      const [pathname, id] = attr(spot, 'href').split('#');
      expect(pathname).toBe('/explainers/kellsbury-cycle-lane-budget/');
      expect(ids.has(id!)).toBe(true);
    }
  });

  it('marks the language of words quoted from a German explainer', () => {
    const kretschmar = page('people/sabine-kretschmar/index.html');
    const quotes = selectAll('.person-quote blockquote', kretschmar);
    expect(quotes.length).toBe(2);
    for (const quote of quotes) expect(attr(quote, 'lang')).toBe('de');
  });

  it('gives the speaker on the explainer page too', () => {
    const explainer = page('explainers/kellsbury-cycle-lane-budget/index.html');
    const marks = selectAll('mark.quote[data-speaker]', explainer).map((m) =>
      attr(m, 'dataSpeaker'),
    );
    expect(marks).toContain('Dafydd Pryce');
    expect(marks).toContain("Helen O'Neill");
  });
});
