/**
 * Every internal link of the site, always under the configured base path (`astro.config.mjs`
 * `base`). Pages and components build links only through these.
 */
import { slugify } from '../markdown/ids.ts';
import type { Speaker } from '../contract/explainer.ts';
import type { SiteUrls } from '../exports/site-urls.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/**
 * A site path such as `claims/` → `/base/claims/`. Each segment is percent-encoded here, once
 * (`people/józef/` → `/people/j%C3%B3zef/`); callers pass the path as its files are named.
 */
export function href(sitePath = ''): string {
  return base + sitePath.replace(/^\//, '').split('/').map(encodeURIComponent).join('/');
}

export const explainerHref = (slug: string) => href(`explainers/${slug}/`);
/** The exact spot of an annotation (its permalink). */
export const annotationHref = (slug: string, id: string) => `${explainerHref(slug)}#${id}`;
/** The key of a speaker's page: the people.yaml id, or the name as a slug. */
export const speakerKey = (speaker: Speaker) => speaker.id ?? slugify(speaker.name, 8);
export const peopleHref = () => href('people/');
export const personHref = (speaker: Speaker) => href(`people/${speakerKey(speaker)}/`);
export const claimsHref = () => href('claims/');
export const ratingHref = (ratingId: string) => href(`claims/${ratingId}/`);
/** The key of a tag's page: the tag as a slug. */
export const tagKey = (tag: string) => slugify(tag, 8);
export const tagHref = (tag: string) => href(`tags/${tagKey(tag)}/`);
export const tagsHref = () => href('tags/');
export const searchHref = () => href('search/');
export const feedHref = () => href('rss.xml');
/** Open data: all annotations, and the claims as CSV. */
export const datasetHref = () => href('data/annotations.json');
export const claimsCsvHref = () => href('data/claims.csv');
/** Per explainer: W3C Web Annotation export, annotations-only view, annotated Markdown source. */
export const webAnnotationHref = (slug: string) => href(`explainers/${slug}/annotations.jsonld`);
export const notesViewHref = (slug: string) => href(`explainers/${slug}/notes/`);
export const sourceViewHref = (slug: string) => href(`explainers/${slug}/source/`);
/** An internal link from the helpers above as an absolute URL on the site (`Astro.site`). */
export const absoluteHref = (internal: string, site: URL | string) => new URL(internal, site).href;
/** The absolute URLs the structured data and the exports need, for the model's builders. */
export const siteUrls = (site: URL | string): SiteUrls => ({
  home: absoluteHref(href(), site),
  explainer: (slug) => absoluteHref(explainerHref(slug), site),
  annotation: (slug, id) => absoluteHref(annotationHref(slug, id), site),
  webAnnotations: (slug) => absoluteHref(webAnnotationHref(slug), site),
});
