/**
 * Places on the site, as paths from its root without the base path (`explainers/<slug>/`,
 * `claims/misleading/`, `explainers/<slug>/#<id>`). One branded type, made only here, so a link
 * is never a stray string: pages turn a site path into a link under the base path
 * (`src/views/paths.ts`), the exports into an absolute URL (`src/exports/site-urls.ts`), and the
 * search records into a path from the root of the host.
 */

declare const sitePathBrand: unique symbol;
/** A path on the site from its root, without the base path and without a leading `/`. */
export type SitePath = string & { readonly [sitePathBrand]: true };

const sitePath = (path: string) => path as SitePath;

/** The home page. */
export const homePath = sitePath('');
/** A file served as it is: from `public/`, or written by a post-step (`pagefind/`). */
export const assetPath = (file: string) => sitePath(file);
/**
 * Where the build leaves the search records for the post-step, in the output folder
 * (`src/exports/search-records.ts` writes them, `src/cli/search-index.ts` indexes them).
 */
export const SEARCH_RECORDS_PATH = 'search/records.json';

export const explainerPath = (slug: string) => sitePath(`explainers/${slug}/`);

/**
 * A site path as a link under the base path (`/` or `/fact-checks/`): `claims/` →
 * `/fact-checks/claims/`. Each segment is percent-encoded here, once (`people/józef/` →
 * `/people/j%C3%B3zef/`); a `#fragment` is kept as it is. Pages link through `src/views/paths.ts`,
 * the pipeline (a link to another explainer) with the base path the loader gives it.
 */
export function hrefUnder(base: string, path: SitePath): string {
  const hash = path.indexOf('#');
  const segments = hash < 0 ? path : path.slice(0, hash);
  const fragment = hash < 0 ? '' : path.slice(hash);
  const root = base.replace(/\/?$/, '/');
  return root + segments.replace(/^\//, '').split('/').map(encodeURIComponent).join('/') + fragment;
}

/**
 * A link to another explainer by its file, as an editor writes it from one explainer file to
 * another in the same folder: `other.md`, `./other.md`, `other.md#claim-id` (the name
 * percent-encoded, as a URL is: `<my file.md>` is `my%20file.md`). The file name as it is on disk
 * and the fragment (`#…` or empty); undefined for any other URL (a scheme, a query, a folder).
 */
export function explainerFileLink(url: string): { file: string; fragment: string } | undefined {
  const match = /^(?:\.\/)?([^/\\?#:]+\.(?:md|markdown))(#.*)?$/i.exec(url);
  if (!match) return undefined;
  try {
    return { file: decodeURIComponent(match[1]!), fragment: match[2] ?? '' };
  } catch {
    // A `%` that starts no escape: not a file name this link could mean.
    return undefined;
  }
}
/** The exact spot of an annotation (its permalink), or of any id on an explainer's page. */
export const annotationPath = (slug: string, id: string) => sitePath(`explainers/${slug}/#${id}`);
/** Per explainer: the W3C Web Annotation export. */
export const webAnnotationPath = (slug: string) =>
  sitePath(`explainers/${slug}/annotations.jsonld`);
/**
 * The ids of the explainer page's other views: sections of the same page, shown in place of the
 * text when their id is the URL's fragment (CSS `:target`, no script), so an explainer is one
 * page, not three.
 */
export const VIEW_IDS = { notes: 'notes', source: 'source' } as const;
/** The annotations-only view and the annotated Markdown source view of an explainer. */
export const notesViewPath = (slug: string) => annotationPath(slug, VIEW_IDS.notes);
export const sourceViewPath = (slug: string) => annotationPath(slug, VIEW_IDS.source);
/**
 * Every id the explainer page gives an element of its own (not one of the content's): the
 * layout's, the components' and the views'. An editor's `#id` may not be one of them
 * (`reserved-id`): two elements with one id make a permalink or a view land on the wrong one.
 * test/site/publishing.test.ts checks the built page uses no other.
 */
const PAGE_IDS: ReadonlySet<string> = new Set([
  'main',
  'legend-title',
  'corrections',
  'data-links-heading',
  ...Object.values(VIEW_IDS),
  ...Object.values(VIEW_IDS).map((id) => `${id}-title`),
]);
/**
 * How the ids the page makes from others begin: a span's note (`note-<span id>`), GFM
 * footnotes (`user-content-fn-1`) and the explainer's rating bar (`explainer-claims-caption`).
 */
const PAGE_ID_PREFIXES = ['note-', 'user-content-', 'explainer-claims'];

/** True when the explainer page itself uses `id` (or may: an id it makes from another). */
export const isPageId = (id: string) =>
  PAGE_IDS.has(id) || PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));

export const peoplePath = sitePath('people/');
/** A speaker's page, by their key (the people.yaml id, or the name as a slug). */
export const personPath = (key: string) => sitePath(`people/${key}/`);
export const claimsPath = sitePath('claims/');
export const ratingPath = (ratingId: string) => sitePath(`claims/${ratingId}/`);
/**
 * Page `n` (from 1) of a list split into pages (`pageSize` in `site.yaml`): the first page is the
 * list's own path, the others `…/page/<n>/` under it (`claims/page/2/`, `claims/false/page/3/`).
 */
export const pagedPath = (first: SitePath, n: number) =>
  n === 1 ? first : sitePath(`${first}${pageParam(n)}/`);
/** What `pagedPath` adds to a list's path (a `[...page]` route's parameter); none for page 1. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `page/${n}`);
export const tagsPath = sitePath('tags/');
/** A tag's page, by its key (the tag as a slug). */
export const tagPath = (key: string) => sitePath(`tags/${key}/`);
export const searchPath = sitePath('search/');
export const feedPath = sitePath('rss.xml');
/** Every correction and update on the site, newest first. */
export const correctionsPath = sitePath('corrections/');
/** Open data: all annotations, and the claims as CSV. */
export const datasetPath = sitePath('data/annotations.json');
export const claimsCsvPath = sitePath('data/claims.csv');
