/** Walk a built site: every HTML page, and every internal link in it, resolved to a file. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parse } from 'parse5';
import { VIEW_IDS } from '../../src/contract/site-paths.ts';

export interface Page {
  /** Path in the output folder: `explainers/x/index.html`. */
  file: string;
  /** The URL path it is served at under `base`: `/base/explainers/x/`. */
  url: string;
  tree: Root;
}

export interface Link {
  from: string;
  /** The attribute value as written. */
  value: string;
  element: string;
}

/** Every HTML file of the output: its path there and the URL path it is served at under `base`. */
export function htmlFiles(outDir: string, base: string): Omit<Page, 'tree'>[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const file = name.split(path.sep).join('/');
      return { file, url: base + file.replace(/(^|\/)index\.html$/, '$1') };
    });
}

/** Every HTML page of the output, parsed. */
export function htmlPages(outDir: string, base: string): Page[] {
  return htmlFiles(outDir, base).map((page) => ({
    ...page,
    // parse5 without source locations (no test reads them): half the CPU time of `fromHtml`.
    tree: fromParse5(parse(readFileSync(path.join(outDir, page.file), 'utf8'))) as Root,
  }));
}

/** Every URL-valued attribute of a page that a browser would follow or load. */
export function linksOf(page: Page): Link[] {
  const found: Link[] = [];
  const add = (el: Element, attr: string) => {
    const value = el.properties[attr];
    if (typeof value === 'string' && value !== '') {
      found.push({ from: page.file, value, element: el.tagName });
    }
  };
  for (const el of selectAll('a[href], link[href]', page.tree)) add(el, 'href');
  for (const el of selectAll('script[src], img[src], iframe[src], source[src]', page.tree)) {
    add(el, 'src');
  }
  for (const el of selectAll('form[action]', page.tree)) add(el, 'action');
  return found;
}

/** The file a site path (under `base`) is served from, or undefined when there is none. */
export function fileFor(outDir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inSite = decodeURIComponent(pathname.slice(base.length));
  const candidates = inSite === '' || inSite.endsWith('/') ? [`${inSite}index.html`] : [inSite];
  for (const candidate of candidates) {
    const full = path.join(outDir, candidate);
    if (statSync(full, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return undefined;
}

/** The ids in a page. */
export function idsOf(tree: Root): Set<string> {
  return new Set(selectAll('[id]', tree).map((el) => String(el.properties.id)));
}

/**
 * An explainer page's text in its text and notes views: every part of the page's article but
 * the annotated Markdown view, which shows the file as written (so a check that some words
 * reach the page would pass on it even if the text lost them).
 */
export function explainerText(tree: Root): string {
  return selectAll(`article > :not(#${VIEW_IDS.source})`, tree)
    .map((element) => toText(element))
    .join('\n');
}
