/** Reading built pages for the claims and open-data tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
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
