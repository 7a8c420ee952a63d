/**
 * Structured data (schema.org JSON-LD) for an explainer page: the explainer as a `NewsArticle`
 * whose `isBasedOn` is the source article, and one `ClaimReview` per rated claim with every
 * property Google lists as required or recommended for fact checks (url, claimReviewed,
 * reviewRating, author, itemReviewed; on the `Claim`: author, datePublished, appearance,
 * firstAppearance; on the `Rating`: alternateName, name, ratingValue, bestRating, worstRating).
 *
 * A claim without a rating (an empty scale, or none given) gets no `ClaimReview`: Google requires
 * `reviewRating`, and a review without a verdict would say nothing.
 */
import type { ClaimRef, IndexedClaim } from '../indexes/claim-index.ts';
import { commentsOnSpans } from '../indexes/comments-on.ts';
import type { SiteUrls } from './site-urls.ts';
import { annotationPath, explainerPath, homePath } from '../contract/site-paths.ts';
import type { Claim, Explainer, Speaker } from '../contract/explainer.ts';
import type { Source } from '../contract/frontmatter.ts';
import { findRating, ratingScore } from '../indexes/ratings.ts';
import { lastModified, newestFirst } from '../indexes/corrections.ts';
import type { Person, Rating, Site } from '../contract/settings.ts';

export const SCHEMA_CONTEXT = 'https://schema.org';

/** A JSON-LD node: plain JSON, with `@type` and `@id` where they apply. */
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

export interface JsonLdInput {
  explainer: Explainer;
  settings: { site: Site; ratings: readonly Rating[]; people: readonly Person[] };
  urls: SiteUrls;
  /**
   * The site's claims (`indexClaims`) for this explainer's related claims, and the explainers
   * they are in, for the sources where the same claim appeared.
   */
  claims?: readonly IndexedClaim[];
  explainers?: readonly Pick<Explainer, 'slug' | 'source'>[];
}

/** Drop undefined values and empty arrays, so optional fields are left out, not null. */
function node(fields: Record<string, JsonLdValue | undefined>): JsonLdNode {
  const out: JsonLdNode = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/** The fact-checker: the site's author, else the site itself, as an organisation. */
function publisherOf(site: Site, urls: SiteUrls): JsonLdNode {
  return node({ '@type': 'Organization', name: site.author ?? site.title, url: urls(homePath) });
}

/** A person as schema.org sees them, with people.yaml's role and page where known. */
function personOf(speaker: Speaker, people: readonly Person[]): JsonLdNode {
  const person = speaker.id ? people.find((p) => p.id === speaker.id) : undefined;
  return node({
    '@type': 'Person',
    name: speaker.name,
    jobTitle: person?.role,
    sameAs: person?.url,
  });
}

/** The source article an explainer is based on. */
function sourceOf(source: Source, fallbackId: string): JsonLdNode {
  return node({
    '@type': 'CreativeWork',
    '@id': source.url ?? fallbackId,
    url: source.url,
    publisher: node({ '@type': 'Organization', name: source.publisher }),
    author: source.author ? node({ '@type': 'Person', name: source.author }) : undefined,
    datePublished: source.published,
  });
}

/**
 * The site's related claims and the explainers' sources by key, made once per claims list (every
 * page asks; the list is made from the same explainers, see `siteClaims`).
 */
const lookups = new WeakMap<
  object,
  { related: Map<string, ClaimRef[]>; sources: Map<string, Source> }
>();
const NONE = {};
function lookupsOf(input: JsonLdInput) {
  const key = input.claims ?? NONE;
  let found = lookups.get(key);
  if (!found || key === NONE) {
    found = {
      related: new Map(
        (input.claims ?? []).map((c) => [`${c.explainer.slug}#${c.annotation.id}`, c.related]),
      ),
      sources: new Map(input.explainers?.map((e) => [e.slug, e.source]) ?? []),
    };
    if (key !== NONE) lookups.set(key, found);
  }
  return found;
}

interface Appearance {
  source: Source;
  id: string;
}

/** Where a claim appeared: this explainer's source, then those of the same claim elsewhere. */
function appearancesOf(
  explainer: Explainer,
  claim: Claim,
  input: JsonLdInput,
): { all: Appearance[]; first: Appearance } {
  const own: Appearance = {
    source: explainer.source,
    id: `${input.urls(explainerPath(explainer.slug))}#source`,
  };
  const related = lookupsOf(input).related.get(`${explainer.slug}#${claim.id}`) ?? [];
  const { sources } = lookupsOf(input);
  const all = [own];
  for (const ref of related) {
    const source = sources.get(ref.explainer.slug);
    const id = `${input.urls(explainerPath(ref.explainer.slug))}#source`;
    if (!source || all.some((a) => (a.source.url ?? a.id) === (source.url ?? id))) continue;
    all.push({ source, id });
  }
  // The earliest dated appearance known to the site; undated ones count as this explainer's.
  const first = all.reduce((best, a) =>
    a.source.published && (!best.source.published || a.source.published < best.source.published)
      ? a
      : best,
  );
  return { all, first };
}

function claimReviewOf(claim: Claim, input: JsonLdInput): JsonLdNode | undefined {
  const { explainer, settings, urls } = input;
  const rating = findRating(settings.ratings, claim.rating);
  if (!rating) return undefined;
  const score = ratingScore(settings.ratings, rating.id);
  const { all, first } = appearancesOf(explainer, claim, input);
  const comments = (commentsOnSpans(explainer).get(claim.id) ?? []).map((c) => c.text);
  return node({
    '@type': 'ClaimReview',
    url: urls(annotationPath(explainer.slug, claim.id)),
    claimReviewed: claim.text,
    datePublished: explainer.published,
    dateModified: claim.ratingChanges?.at(-1)?.date ?? explainer.updated,
    inLanguage: explainer.language,
    author: publisherOf(settings.site, urls),
    reviewRating: node({
      '@type': 'Rating',
      alternateName: rating.label,
      name: rating.label,
      ratingValue: score?.ratingValue,
      bestRating: score?.bestRating,
      worstRating: score?.worstRating,
    }),
    reviewBody: comments.length ? comments.join('\n\n') : undefined,
    itemReviewed: node({
      '@type': 'Claim',
      author: claim.claimant ? personOf(claim.claimant, settings.people) : undefined,
      datePublished: first.source.published,
      appearance: all.map((a) => sourceOf(a.source, a.id)),
      firstAppearance: sourceOf(first.source, first.id),
    }),
  });
}

/** The page's JSON-LD: the explainer and one ClaimReview per rated claim, as one `@graph`. */
export function explainerJsonLd(input: JsonLdInput): JsonLdNode {
  const { explainer, settings, urls } = input;
  const page = urls(explainerPath(explainer.slug));
  const publisher = publisherOf(settings.site, urls);
  const article = node({
    '@type': 'NewsArticle',
    '@id': `${page}#explainer`,
    url: page,
    mainEntityOfPage: page,
    headline: explainer.title,
    description: explainer.summary,
    inLanguage: explainer.language,
    datePublished: explainer.published,
    dateModified: lastModified(explainer) ?? explainer.published,
    correction: explainer.corrections.length
      ? newestFirst(explainer.corrections).map((c) =>
          node({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text }),
        )
      : undefined,
    keywords: explainer.tags,
    author: explainer.editors.length
      ? explainer.editors.map((name) => node({ '@type': 'Person', name }))
      : publisher,
    publisher,
    isBasedOn: sourceOf(explainer.source, `${page}#source`),
  });
  const reviews = explainer.annotations.flatMap((a) => {
    const review = a.kind === 'claim' ? claimReviewOf(a, input) : undefined;
    return review ? [review] : [];
  });
  return { '@context': SCHEMA_CONTEXT, '@graph': [article, ...reviews] };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * Unicode escapes, so no text from the content can close the script element or open a comment,
 * and U+2028/U+2029 are escaped for old JavaScript parsers. The JSON means the same.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
