/** The interface in English. */
import type { Catalogue, Count } from './catalogue.ts';

const count =
  (one: string, many: string): Count =>
  (n) =>
    `${n} ${n === 1 ? one : many}`;

export const en: Catalogue = {
  language: 'en',
  ogLocale: 'en_GB',
  skipLink: 'Skip to content',
  siteNavLabel: 'Site',
  nav: { claims: 'Claims', people: 'People', topics: 'Topics', search: 'Search' },
  feedLink: 'RSS feed',
  socialCardAlt:
    'A page of text with a highlighted quotation, an underlined claim and a note beside it',
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may have moved, or the link may have a typo.',
    home: 'All explainers',
    search: 'Search the explainers',
  },
  count: {
    quote: count('quotation', 'quotations'),
    claim: count('claim', 'claims'),
    comment: count('comment', 'comments'),
    explainer: count('explainer', 'explainers'),
  },
  countsLabel: 'Annotations',
  topicsLabel: 'Topics',
  explained: 'Explained',
  updated: ', updated',
  byEditors: ' by',
  unpublished: {
    draftLabel: 'Draft',
    draft: 'Draft: only this preview shows it. The built site leaves it out until draft: false.',
    scheduledLabel: 'Scheduled',
    scheduled: (date) =>
      `Scheduled for ${date}: only this preview shows it. The built site leaves it out until a build on that day.`,
  },
  viewsLabel: 'Views of this explainer',
  views: { read: 'Source and analysis', notes: 'Annotations only', source: 'Annotated Markdown' },
  sourceMeta: {
    source: 'Source',
    byAuthor: ', by',
    published: 'Published',
    retrieved: 'Retrieved',
    credit: 'Credit',
    textAnalysed: 'Text analysed',
  },
  columns: { source: 'Source text', analysis: 'Analysis' },
  sourceTable: 'Table from the source',
  sourceCode: 'Code from the source',
  kind: { quote: 'Quotation', claim: 'Claim', comment: 'Comment' },
  permalink: {
    quote: 'Permalink to this quotation',
    claim: 'Permalink to this claim',
    comment: 'Permalink to this comment',
  },
  permalinkQuoteBy: (speaker) => `Permalink to this quotation by ${speaker}`,
  permalinkQuoteUnknown: 'Permalink to this quotation (speaker not identified)',
  permalinkQuoteWithin: (within) => `Permalink to this quotation (${within})`,
  goToNote: { quote: 'Go to the note on this quotation', claim: 'Go to the note on this claim' },
  backToPassage: 'Back to the passage',
  findInOriginal: 'Find it in the original',
  claimantNotIdentified: 'Claimant not identified',
  notRated: 'Not rated',
  sameClaimElsewhere: 'The same claim elsewhere:',
  saidElsewhere: 'Also said elsewhere:',
  inExplainer: 'in',
  claimsByRatingHere: 'Claims in this explainer by rating',
  openData: 'Open data',
  thisExplainersAnnotations: "This explainer's annotations",
  webAnnotationFormat: '(W3C Web Annotation, JSON-LD)',
  allAnnotations: 'All annotations on this site',
  allClaims: 'All claims',
  claimsIndex: 'Claims index',
  webAnnotationTitle: 'Annotations (W3C Web Annotation)',
  everyAnnotation: 'Every annotation, in reading order',
  noAnnotations: 'This explainer has no annotations yet.',
  onThePassage: 'On the passage:',
  inContext: 'In context:',
  seeInExplainer: 'See it in the explainer',
  annotatedMarkdown: 'The annotated Markdown',
  markdownIntro: [
    'The file',
    'as the editor wrote it (less their private notes): the source text with its quotations, claims and comments marked up.',
  ],
  markdownUnavailable: 'The Markdown of this explainer is not available.',
  claims: {
    title: 'Claims',
    description: 'Every claim checked in the explainers, by rating and by claimant.',
    lede: (claims, explainers, related) =>
      `${en.count.claim(claims)} checked in ${en.count.explainer(explainers)}` +
      (related > 0
        ? `; ${related} ${related === 1 ? 'claim appears' : 'claims appear'} in more than one.`
        : '.'),
    allByRating: 'All claims by rating',
    byRating: 'By rating',
    ratingNav: 'Claims by rating',
    byClaimant: 'By claimant',
    claimants: 'Claimants',
    openData: 'Open data:',
    annotationsJson: 'all annotations (JSON)',
    claimsCsv: 'claims (CSV)',
    allClaimsLink: 'All claims',
    ratedTitle: (label) => `Claims rated ${label}`,
    rated: 'Claims rated',
    ofTotal: (shown, total) =>
      `${shown} of ${total} ${total === 1 ? 'claim' : 'claims'} on this site ${shown === 1 ? 'has' : 'have'} this rating.`,
    noneRated: 'No claim has this rating yet.',
    analysis: (comments) => `Analysis (${en.count.comment(comments)})`,
    onThisSite: 'Claims on this site',
    siteByRating: 'Claims on this site by rating',
    allCount: (n) => `All ${en.count.claim(n)}`,
    continued: 'continued',
  },
  pager: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: (n) => `Page ${n}`,
    position: (n, count) => `Page ${n} of ${count}`,
  },
  people: {
    title: 'People',
    description:
      'Everyone quoted in the explainers or making a claim they check, with what they said.',
    lede: 'Everyone quoted in the explainers or making a claim they check. Each page lists what they said, with the sentence around it and a link to the exact spot.',
    none: 'No quotation or claim has a speaker yet.',
    others: 'Other sources',
    othersLede: 'Speakers the text describes without naming them.',
    personDescription: (name) => `What ${name} said, quoted or claimed in the explainers.`,
    moreAbout: (name) => `More about ${name}`,
    quotations: 'Quotations',
    claims: 'Claims',
    summary: (quotes, claims, explainers) =>
      [quotes > 0 && en.count.quote(quotes), claims > 0 && en.count.claim(claims)]
        .filter(Boolean)
        .join(', ') + ` in ${en.count.explainer(explainers)}`,
    seeQuote: 'See this quotation in the explainer',
    seeClaim: 'See this claim in the explainer',
  },
  topics: {
    title: 'Topics',
    description: 'Every topic the explainers are tagged with.',
    none: 'No explainer has a topic yet.',
    topic: (label) => `Topic: ${label}`,
    topicDescription: (label) => `Explainers about ${label}.`,
    all: 'All topics',
  },
  search: {
    title: 'Search',
    description: 'Search every explainer, quotation, claim and comment.',
    lede: 'Search the source texts and every quotation, claim and comment. Filter by type, speaker and rating; a result opens the page at that exact note.',
    noScript: 'Search needs JavaScript. Every explainer is listed on the home page.',
    filters: { type: 'Type', speaker: 'Speaker', rating: 'Rating' },
    resultTitle: (kind, who, words) => `${kind}${who ? ` by ${who}` : ''}: ${words}`,
    explainerLabel: 'Explainer',
  },
  corrections: {
    title: 'Corrections and updates',
    description:
      'Every correction and update made to the explainers after publication, newest first.',
    lede: 'What the editors corrected or updated after an explainer was published, newest first.',
    none: 'No explainer has been corrected.',
    ratingChanged: (from, to, date) => `Rating changed from ${from} to ${to} on ${date}.`,
    noRating: 'no rating',
    feedItem: (date, text) => `Correction (${date}): ${text}`,
  },
  about: 'Source, views, legend',
  speaker: {
    confirmed: 'confirmed',
    automatic: 'attributed automatically',
    none: 'speaker not identified',
    noClaimant: 'claimant not identified',
    within: (name) => (name ? `within a quotation by ${name}` : 'within another quotation'),
  },
  legend: {
    title: 'How to read the highlights',
    quoteSample: 'dotted underline, yellow',
    quote:
      'a quotation; its speaker is named beside it, “attributed automatically” or “confirmed” by the editor',
    claimSample: 'solid underline, pink',
    claim: 'a claim; its note gives the editors’ verdict in words',
    number: 'the note with the same number; a comment without one is on the whole passage',
  },
};
