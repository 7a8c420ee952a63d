/**
 * The interface in the explainer's language, read from the built sample site: the German
 * explainer's three pages have no English interface string left (text and accessible names,
 * checked against the English catalogue), their structured data names ratings in German, dates
 * are written in the page's language inside `<time datetime>`, and site-wide pages follow
 * `site.yaml`'s language. Also the small faults of the pages that list explainers and people.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, formatDate, type Catalogue } from '../../src/contract/i18n/index.ts';
import type { Built } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { sampleSite } from '../helpers/sample-site.ts';
import { BUILD_TIMEOUT } from '../helpers/timeouts.ts';

const GERMAN = 'explainers/lindenau-fernwaerme-preise/';
/** Words of the German interface that each of the page's three views shows. */
const GERMAN_WORDS = ['Zurück zur Textstelle', 'Im Erklärstück ansehen', 'Das annotierte Markdown'];
let site: Built;
const tree = (file: string) => fromHtml(site.read(file));
const attr = (el: Element, name: string) => String(el.properties[name] ?? '');

beforeAll(async () => {
  site = await sampleSite();
}, BUILD_TIMEOUT);

/** Every string of a catalogue by its key, functions called with the same sample arguments. */
function strings(catalogue: Catalogue): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.set(key, value);
    else if (typeof value === 'function') {
      for (const n of [1, 2, 7]) out.set(`${key}(${n})`, String(value(n, n, n)));
      out.set(`${key}(name)`, String(value('Sabine Kretschmar', 2, 3)));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    }
  };
  walk(catalogue, '');
  return out;
}

/**
 * The English interface strings a German page must not show: those whose German entry differs
 * (`in`, `Analyse`/`Analysis` aside, some words are the same in both languages).
 */
function englishOnly(): string[] {
  const de = strings(CATALOGUES.de!);
  return [...strings(CATALOGUES.en!)]
    .filter(([key, value]) => !['language', 'ogLocale'].includes(key) && de.get(key) !== value)
    .map(([, value]) => value.trim())
    .filter(Boolean);
}

/** The page's visible text pieces and the accessible names and titles it gives. */
function interfaceTexts(page: Root): string[] {
  const texts: string[] = [];
  visit(page, (node) => {
    if (node.type === 'text') texts.push(node.value.trim());
    if (node.type === 'element') {
      if (['script', 'style'].includes(node.tagName)) return 'skip';
      for (const name of ['ariaLabel', 'title', 'alt']) {
        if (node.properties[name] !== undefined) texts.push(attr(node, name).trim());
      }
    }
    return undefined;
  });
  return texts.filter(Boolean);
}

describe('the German explainer', () => {
  it('has no English interface string in any of its three views', () => {
    const english = englishOnly();
    expect(english).toContain('Back to the passage');
    // Content (the site's title and description in the header and footer) may be English.
    const site = parseYaml(readFileSync(path.join(projectRoot, 'content/site.yaml'), 'utf8'));
    const page = tree(`${GERMAN}index.html`);
    expect(attr(selectAll('html', page)[0]!, 'lang')).toBe('de');
    const texts = interfaceTexts(page).filter(
      (text) => text !== site.title && text !== site.description,
    );
    const found = texts.filter((text) =>
      english.some((string) => text === string || (string.includes(' ') && text.includes(string))),
    );
    expect(found).toEqual([]);
    for (const word of GERMAN_WORDS) expect(texts).toContain(word);
  });

  it('names the ratings in German in its structured data and on the page', () => {
    const page = tree(`${GERMAN}index.html`);
    const [script] = selectAll('script[type="application/ld+json"]', page);
    const data = JSON.stringify(JSON.parse(toString(script!)));
    const names = [...data.matchAll(/"reviewRating":\{[^}]*?"name":"([^"]+)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    const scale = parseYaml(readFileSync(path.join(projectRoot, 'content/ratings.yaml'), 'utf8'))
      .scale as Array<{ label: string; translations?: { de?: { label: string } } }>;
    const german = scale.map((r) => r.translations?.de?.label);
    const english = scale.map((r) => r.label);
    for (const name of names) expect(german).toContain(name);
    for (const label of english) expect(data).not.toContain(`"${label}"`);
    const badges = selectAll('.rating-badge', page).map((b) => toString(b));
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(german).toContain(badge);
  });

  it('writes dates in the page language inside <time datetime>', () => {
    for (const [file, lang] of [
      [`${GERMAN}index.html`, 'de'],
      ['explainers/kellsbury-cycle-lane-budget/index.html', 'en'],
      ['index.html', 'en'],
      ['claims/index.html', 'en'],
    ] as const) {
      const times = selectAll('time', tree(file));
      expect(times.length, file).toBeGreaterThan(0);
      for (const time of times) {
        const datetime = attr(time, 'dateTime');
        expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(toString(time), file).toBe(formatDate(datetime, lang));
      }
    }
    const [published] = selectAll('.explainer-header time', tree(`${GERMAN}index.html`));
    expect(toString(published!)).toBe('7. Oktober 2026');
    // A word before each date, with a space between them.
    const meta = toString(select('.explainer-header .meta', tree(`${GERMAN}index.html`))!);
    expect(meta.replace(/\s+/g, ' ')).toMatch(/^\s*Erklärt am 7\. Oktober 2026/);
  });

  it('gives Open Graph its locale, and keeps site-wide pages in the site language', () => {
    const locale = (file: string) =>
      selectAll('meta[property="og:locale"]', tree(file)).map((m) => attr(m, 'content'));
    expect(locale(`${GERMAN}index.html`)).toEqual(['de_DE']);
    expect(locale('index.html')).toEqual(['en_GB']);
    const home = tree('index.html');
    expect(attr(selectAll('html', home)[0]!, 'lang')).toBe('en');
    expect(selectAll('.site-nav a', home).map((a) => toString(a))).toEqual([
      'Claims',
      'People',
      'Topics',
      'Search',
    ]);
  });
});

describe('lists of explainers and people', () => {
  it('sets the separators apart with spaces', () => {
    const metas = selectAll('.explainer-list .meta', tree('index.html')).map((m) =>
      toString(m).replace(/\s+/g, ' '),
    );
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/\d · \S/);
    const people = selectAll('.person-summary', tree('people/index.html')).map((p) =>
      toString(p).replace(/\s+/g, ' '),
    );
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(person).toMatch(/\S — \d/);
  });

  it('links people only to pages that exist (no placeholder domain)', () => {
    const people = parseYaml(
      readFileSync(path.join(projectRoot, 'content/people.yaml'), 'utf8'),
    ) as Array<{ url?: string }>;
    for (const person of people) {
      if (!person.url) continue;
      // RFC 2606 reserves these names: no page exists there.
      expect(new URL(person.url).hostname).not.toMatch(/(^|\.)example\.(org|com|net)$/);
    }
  });
});
