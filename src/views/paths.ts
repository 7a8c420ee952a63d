/**
 * Every internal link of the site, always under the configured base path (`astro.config.mjs`
 * `base`). Pages and components build links only through these, from the site paths of
 * `src/contract/site-paths.ts`.
 */
import { pageKey } from '../markdown/ids.ts';
import type { Speaker } from '../contract/explainer.ts';
import {
  annotationPath,
  assetPath,
  claimsCsvPath,
  claimsPath,
  correctionsPath,
  datasetPath,
  explainerPath,
  feedPath,
  homePath,
  notesViewPath,
  pagedPath,
  peoplePath,
  personPath,
  ratingPath,
  searchPath,
  sourceViewPath,
  tagPath,
  tagsPath,
  webAnnotationPath,
  hrefUnder,
  type SitePath,
} from '../contract/site-paths.ts';
import type { SiteUrls } from '../exports/site-urls.ts';

const base = import.meta.env.BASE_URL;

/**
 * A site path such as `claims/` → `/base/claims/` (`hrefUnder`). Callers pass the path as its
 * files are named.
 */
export const href = (sitePath: SitePath = homePath): string => hrefUnder(base, sitePath);

/** A file served as it is: from `public/`, or written by a post-step (`pagefind/`). */
export const assetHref = (file: string) => href(assetPath(file));
export const explainerHref = (slug: string) => href(explainerPath(slug));
/** The exact spot of an annotation (its permalink). */
export const annotationHref = (slug: string, id: string) => href(annotationPath(slug, id));
/** The key of a speaker's page: the people.yaml id, or the name as a slug. */
export const speakerKey = (speaker: Speaker) => speaker.id ?? pageKey(speaker.name);
export const peopleHref = () => href(peoplePath);
export const personHref = (speaker: Speaker) => href(personPath(speakerKey(speaker)));
/** Page `page` of the person whose key (`speakerKey`) is `key`. */
export const personPageHref = (key: string, page = 1) => href(pagedPath(personPath(key), page));
/** The claims index, or page `page` of it. */
export const claimsHref = (page = 1) => href(pagedPath(claimsPath, page));
/** A rating's page, or page `page` of it. */
export const ratingHref = (ratingId: string, page = 1) =>
  href(pagedPath(ratingPath(ratingId), page));
/** The key of a tag's page: the tag as a slug. */
export const tagKey = pageKey;
export const tagHref = (tag: string) => href(tagPath(tagKey(tag)));
/** Page `page` of the topic whose key (`tagKey`) is `key`. */
export const tagPageHref = (key: string, page = 1) => href(pagedPath(tagPath(key), page));
/** The home page, or page `page` of its list of explainers. */
export const homeHref = (page = 1) => href(pagedPath(homePath, page));
export const tagsHref = () => href(tagsPath);
export const searchHref = () => href(searchPath);
export const feedHref = () => href(feedPath);
export const correctionsHref = () => href(correctionsPath);
/** Open data: all annotations, and the claims as CSV. */
export const datasetHref = () => href(datasetPath);
export const claimsCsvHref = () => href(claimsCsvPath);
/** Per explainer: W3C Web Annotation export, annotations-only view, annotated Markdown source. */
export const webAnnotationHref = (slug: string) => href(webAnnotationPath(slug));
export const notesViewHref = (slug: string) => href(notesViewPath(slug));
export const sourceViewHref = (slug: string) => href(sourceViewPath(slug));
/** The absolute URL of a site path on the site (`Astro.site`), under the base path. */
export const siteUrls =
  (site: URL | string): SiteUrls =>
  (path) =>
    new URL(href(path), site).href;
