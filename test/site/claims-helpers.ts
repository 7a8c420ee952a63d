/** Reading built pages for the claims and open-data tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Built } from '../helpers/build.ts';

export const attr = (el: Element, name: string) => String(el.properties[name] ?? '');
export const text = (el: Element | Root) => toText(el).replace(/\s+/g, ' ').trim();

export function page(site: Built, file: string): Root {
  return fromHtml(site.read(file));
}

/**
 * The built file an internal link leads to, or undefined when it is not under `base` or there
 * is no such file; with `#id`, only when that page has an element with that id.
 */
export function resolve(site: Built, href: string, base = '/'): string | undefined {
  if (!href.startsWith(base)) return undefined;
  const [pathname, fragment] = href.slice(base.length).split('#') as [string, string | undefined];
  const file = pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  if (!existsSync(path.join(site.outDir, decodeURIComponent(file)))) return undefined;
  if (fragment) {
    const id = decodeURIComponent(fragment);
    const ids = selectAll('[id]', page(site, file)).map((el) => attr(el, 'id'));
    if (!ids.includes(id)) return undefined;
  }
  return file;
}

/** Every internal link (`href` starting with `/`) inside the elements `selector` picks. */
export function internalLinks(root: Root, selector: string): string[] {
  return selectAll(`${selector} a[href]`, root)
    .map((a) => attr(a, 'href'))
    .filter((href) => href.startsWith('/'));
}

/**
 * Every page of a list split into pages (`pageSize`), from its first page's file, by following
 * each page's "next" link (`a[rel=next]` in the pager): their files and parsed pages, in order.
 * Fails on a "next" link that leads nowhere or back to a page already read.
 */
export function listPages(
  site: Built,
  first: string,
  base = '/',
): Array<{ file: string; root: Root }> {
  const pages: Array<{ file: string; root: Root }> = [];
  for (let file: string | undefined = first; file;) {
    if (pages.some((p) => p.file === file)) throw new Error(`${file} is reached twice`);
    const root = page(site, file);
    pages.push({ file, root });
    const next = select('nav.pager a[rel="next"]', root);
    if (!next) break;
    file = resolve(site, attr(next, 'href'), base);
    if (!file) throw new Error(`the next page after ${pages.at(-1)!.file} is missing`);
  }
  return pages;
}
