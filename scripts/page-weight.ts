#!/usr/bin/env node
/**
 * `npm run weight [-- <dir>] [--json]`: how heavy each type of page in the built site is. For the
 * heaviest page of each type it prints the bytes of its HTML, of the stylesheets and scripts it
 * loads, and of all of them gzipped; images and the search index the search page fetches later
 * are left out. Reads `dist/` unless given another folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Page types, matched on the page's path in the output folder, first match wins. */
const PAGE_TYPES = [
  ['home', /^index\.html$/],
  // With its other two views (every annotation, the annotated Markdown) as sections of it.
  ['explainer', /^explainers\/[^/]+\/index\.html$/],
  // Each page of a list in pages (`claims/page/2/`, `claims/false/page/2/`) is one of its type.
  ['claims index', /^claims\/(?:page\/\d+\/)?index\.html$/],
  ['claims by rating', /^claims\/[^/]+\/(?:page\/\d+\/)?index\.html$/],
  ['people index', /^people\/index\.html$/],
  ['person', /^people\/[^/]+\/index\.html$/],
  ['topics', /^tags\/index\.html$/],
  ['topic', /^tags\/[^/]+\/index\.html$/],
  ['search', /^search\/index\.html$/],
  ['404', /^404\.html$/],
] as const satisfies ReadonlyArray<readonly [string, RegExp]>;
export type PageType = (typeof PAGE_TYPES)[number][0] | 'other';

export interface PageWeight {
  type: PageType;
  /** The page's path in the output folder. */
  page: string;
  /** How many pages of this type there are. */
  pages: number;
  html: number;
  css: number;
  js: number;
  /** HTML, CSS and JS, each file gzipped, summed. */
  gzip: number;
  /** Inline and external script bytes, none of which reading should need. */
  jsFiles: string[];
}

function typeOf(page: string): PageType {
  return PAGE_TYPES.find(([, pattern]) => pattern.test(page))?.[0] ?? 'other';
}

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(dir, relative);
    return entry.name.endsWith('.html') ? [relative] : [];
  });
}

const gzipped = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** The site file a root-relative URL points at, or undefined for another site's URL. */
function localFile(outDir: string, base: string, url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const pathname = decodeURIComponent(url.replace(/[?#].*$/s, ''));
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
  const file = path.join(outDir, inSite);
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}

/** The base path the site was built with, read from where its home page is linked. */
function basePathOf(outDir: string): string {
  const home = fromHtml(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
  const title = selectAll('a.site-title', home)[0];
  const href = String(title?.properties.href ?? '/');
  return href.endsWith('/') ? href : `${href}/`;
}

export function weighPage(outDir: string, base: string, page: string) {
  const html = readFileSync(path.join(outDir, page));
  const tree = fromHtml(html.toString('utf8'));
  const sizes = { html: html.length, css: 0, js: 0, gzip: gzipped(html) };
  const jsFiles: string[] = [];
  const external = (el: Element, attr: 'href' | 'src') => {
    const file = localFile(outDir, base, String(el.properties[attr] ?? ''));
    return file ? readFileSync(file) : undefined;
  };
  for (const link of selectAll('link[rel~="stylesheet"][href]', tree)) {
    const css = external(link, 'href');
    if (css) {
      sizes.css += css.length;
      sizes.gzip += gzipped(css);
    }
  }
  for (const script of selectAll('script', tree)) {
    const js = script.properties.src ? external(script, 'src') : Buffer.from(toText(script));
    if (!js || js.length === 0) continue;
    // Structured data is not a script, whatever its element says.
    if (String(script.properties.type ?? '').includes('json')) continue;
    sizes.js += js.length;
    if (script.properties.src) sizes.gzip += gzipped(js);
    jsFiles.push(script.properties.src ? String(script.properties.src) : '(inline)');
  }
  return { ...sizes, jsFiles };
}

/** The heaviest page (by gzip) of every page type in `outDir`. */
export function measureSite(outDir: string): PageWeight[] {
  const base = basePathOf(outDir);
  const byType = new Map<PageType, PageWeight>();
  const counts = new Map<PageType, number>();
  for (const page of htmlFiles(outDir).sort()) {
    const type = typeOf(page);
    counts.set(type, (counts.get(type) ?? 0) + 1);
    const weight = { type, page, pages: 0, ...weighPage(outDir, base, page) };
    const heaviest = byType.get(type);
    if (!heaviest || weight.gzip > heaviest.gzip) byType.set(type, weight);
  }
  const order = [...PAGE_TYPES.map(([type]) => type), 'other'];
  return [...byType.values()]
    .map((w) => ({ ...w, pages: counts.get(w.type) ?? 0 }))
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatTable(weights: readonly PageWeight[]): string {
  const rows = [
    ['page type', 'pages', 'HTML', 'CSS', 'JS', 'gzip total', 'heaviest page'],
    ...weights.map((w) => [
      w.type,
      String(w.pages),
      kb(w.html),
      kb(w.css),
      kb(w.js),
      kb(w.gzip),
      w.page,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const [given = fileURLToPath(new URL('../dist', import.meta.url))] = positionals;
  const weights = measureSite(path.resolve(given));
  console.log(values.json ? JSON.stringify(weights, null, 2) : formatTable(weights));
}
