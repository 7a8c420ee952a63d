/**
 * Google's fact-check markup requirements (its structured-data documentation for ClaimReview),
 * written down here as lists of property names, and a check of a ClaimReview against them and
 * Google's rules. The corpora suite checks that these lists are Google's
 * (`claimreview/google-factcheck/` there) and that Google's own example passes.
 */
type Node = Record<string, unknown>;
type FactCheckType = 'ClaimReview' | 'Claim' | 'Rating';

export const GOOGLE_FACT_CHECK: Record<
  FactCheckType,
  { required?: string[]; recommended?: string[] }
> = {
  ClaimReview: {
    required: ['claimReviewed', 'reviewRating', 'url'],
    recommended: ['author', 'itemReviewed'],
  },
  Claim: { recommended: ['appearance', 'author', 'datePublished', 'firstAppearance'] },
  Rating: {
    required: ['alternateName'],
    recommended: ['bestRating', 'name', 'ratingValue', 'worstRating'],
  },
};

/**
 * A fact check of our own with every required property and all but two recommended ones
 * (`Rating.name`, `Claim.firstAppearance`), for testing the checks themselves.
 */
export const factCheckExample: Node = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://example.com/checks/moon-cheese.html',
  claimReviewed: 'The moon is made of cheese',
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Wallace Gromit', sameAs: 'https://example.org/wallace' },
    datePublished: '2025-03-01',
    appearance: {
      '@type': 'NewsArticle',
      url: 'https://example.org/news/moon',
      headline: 'A grand day out',
      datePublished: '2025-03-02',
      author: { '@type': 'Person', name: 'A. Reporter' },
      publisher: { '@type': 'Organization', name: 'Example News' },
    },
  },
  author: { '@type': 'Organization', name: 'Example fact checks' },
  reviewRating: {
    '@type': 'Rating',
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'False',
  },
};

export type Level = 'required' | 'recommended';
const expected = (type: FactCheckType, level: Level) => [
  ...(GOOGLE_FACT_CHECK[type].required ?? []),
  ...(level === 'recommended' ? (GOOGLE_FACT_CHECK[type].recommended ?? []) : []),
];

/**
 * Every problem with a ClaimReview by Google's fact-check list and its rules: the required
 * properties, and with `level` "recommended" (the default) the recommended ones too.
 */
export function googleProblems(
  review: Node,
  pageUrl: string,
  level: Level = 'recommended',
): string[] {
  const problems: string[] = [];
  const missing = (node: Node, type: FactCheckType, at: string) => {
    for (const key of expected(type, level)) {
      if (!(key in node)) problems.push(`${at}.${key} missing`);
    }
  };
  missing(review, 'ClaimReview', 'ClaimReview');
  const rating = (review.reviewRating ?? {}) as Node;
  missing(rating, 'Rating', 'Rating');
  const item = review.itemReviewed as Node | undefined;
  if (item) {
    missing(item, 'Claim', 'Claim');
    if (item['@type'] !== 'Claim') problems.push('itemReviewed is not a Claim');
    if (item.author && !(item.author as Node).name) problems.push('Claim author needs a name');
  }
  const [best, worst, value] = [rating.bestRating, rating.worstRating, rating.ratingValue].map(
    Number,
  );
  if (!(best! > worst!)) problems.push('bestRating must be above worstRating');
  if (!(worst! >= 1)) problems.push('worstRating must be at least 1');
  if (!(value! >= worst! && value! <= best!)) problems.push('ratingValue out of range');
  if (new URL(String(review.url)).host !== new URL(pageUrl).host)
    problems.push('url on another host');
  const claimReviewed = String(review.claimReviewed).toLowerCase();
  if (claimReviewed.includes(String(rating.alternateName).toLowerCase())) {
    problems.push('claimReviewed contains the rating');
  }
  const author = review.author as Node | undefined;
  if (author && !author.name && !author.url) problems.push('author needs a name or url');
  return problems;
}
