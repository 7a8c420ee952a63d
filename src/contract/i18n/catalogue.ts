/**
 * The shape of an interface catalogue: every word the site's pages, feed and structured data
 * show that is not content. One file per language (`en.ts`, `de.ts`, …) gives them all; a
 * missing key is a type error. Counts are functions, so each language words its own plurals.
 */
/** The kinds of annotation (`AnnotationKind` in explainer.ts, which imports this stage's schema). */
type AnnotationKind = 'quote' | 'claim' | 'comment';

/** `n` things: a function so each language chooses its own plural forms. */
export type Count = (n: number) => string;

export interface Catalogue {
  /** The language the catalogue is written in (a BCP 47 tag; dates are formatted in it). */
  language: string;
  /** Open Graph's language_TERRITORY for this language, when no territory is given. */
  ogLocale: string;

  // The frame of every page.
  skipLink: string;
  siteNavLabel: string;
  nav: { claims: string; people: string; topics: string; search: string };
  feedLink: string;
  /** The text alternative of the social card (`public/social-card.png`) link previews show. */
  socialCardAlt: string;
  notFound: { title: string; text: string; home: string; search: string };

  // Counts and lists.
  count: Record<AnnotationKind | 'explainer', Count>;
  countsLabel: string;
  topicsLabel: string;

  // An explainer's header.
  /** "Explained 14 October 2026": the words before the date. */
  explained: string;
  /** ", updated 16 October 2026": the words between the dates. */
  updated: string;
  /** " by Nell Okafor": the words before the editors. */
  byEditors: string;
  /**
   * What `npm run dev` alone shows (the built site leaves both out): a draft, and an explainer
   * scheduled for a day to come (the date given as shown). A label in lists, a line on its page.
   */
  unpublished: {
    draftLabel: string;
    draft: string;
    scheduledLabel: string;
    scheduled: (date: string) => string;
  };
  viewsLabel: string;
  views: { read: string; notes: string; source: string };
  sourceMeta: {
    source: string;
    byAuthor: string;
    published: string;
    retrieved: string;
    credit: string;
    /** The label of the short hash of the text as annotated (`source.sha256`). */
    textAnalysed: string;
  };
  columns: { source: string; analysis: string };
  /** The name of a table of the source text (it scrolls sideways when wider than its column). */
  sourceTable: string;
  /** The name of a code block of the source text (likewise). */
  sourceCode: string;

  // Notes.
  kind: Record<AnnotationKind, string>;
  /** Accessible names of the `#` permalinks. */
  permalink: Record<AnnotationKind, string>;
  /** The permalink after a quotation without a note. */
  permalinkQuoteBy: (speaker: string) => string;
  permalinkQuoteUnknown: string;
  /** For a quotation with no speaker inside another: `within` is `speaker.within`'s phrase. */
  permalinkQuoteWithin: (within: string) => string;
  /** The small link from a marked span to its note. */
  goToNote: Record<'quote' | 'claim', string>;
  backToPassage: string;
  findInOriginal: string;
  /** Shown after the dash under a claim whose claimant is not known. */
  claimantNotIdentified: string;
  notRated: string;
  sameClaimElsewhere: string;
  /** Before the list of the same speaker's same words in other explainers. */
  saidElsewhere: string;
  /** "… in <title>": the word before an explainer's title. */
  inExplainer: string;

  // The end of an explainer page.
  claimsByRatingHere: string;
  openData: string;
  thisExplainersAnnotations: string;
  webAnnotationFormat: string;
  allAnnotations: string;
  allClaims: string;
  claimsIndex: string;
  webAnnotationTitle: string;

  // The annotations-only and annotated-Markdown views.
  everyAnnotation: string;
  noAnnotations: string;
  onThePassage: string;
  inContext: string;
  seeInExplainer: string;
  annotatedMarkdown: string;
  /** The sentence around the file's name: [before, after]. */
  markdownIntro: [string, string];
  markdownUnavailable: string;

  // Site-wide pages.
  claims: {
    title: string;
    description: string;
    lede: (claims: number, explainers: number, related: number) => string;
    allByRating: string;
    byRating: string;
    /** The accessible name of the list of ratings on the claims pages. */
    ratingNav: string;
    byClaimant: string;
    claimants: string;
    openData: string;
    annotationsJson: string;
    claimsCsv: string;
    allClaimsLink: string;
    ratedTitle: (label: string) => string;
    rated: string;
    ofTotal: (shown: number, total: number) => string;
    noneRated: string;
    analysis: (comments: number) => string;
    onThisSite: string;
    siteByRating: string;
    allCount: (n: number) => string;
    /** After a claimant's name on a page of the claims index whose group began on an earlier one. */
    continued: string;
  };
  /** Lists split into pages (the claims index, each rating's page). */
  pager: {
    /** The accessible name of the page links. */
    label: string;
    previous: string;
    next: string;
    /** The accessible name of the link to page `n`. */
    page: (n: number) => string;
    /** "Page 2 of 7". */
    position: (n: number, count: number) => string;
  };
  people: {
    title: string;
    description: string;
    lede: string;
    none: string;
    others: string;
    othersLede: string;
    personDescription: (name: string) => string;
    moreAbout: (name: string) => string;
    quotations: string;
    claims: string;
    summary: (quotes: number, claims: number, explainers: number) => string;
    seeQuote: string;
    seeClaim: string;
  };
  topics: {
    title: string;
    description: string;
    none: string;
    topic: (label: string) => string;
    topicDescription: (label: string) => string;
    all: string;
  };
  search: {
    title: string;
    description: string;
    lede: string;
    noScript: string;
    /** The names of the filters as the search page shows them (`?type=` etc. stay the same). */
    filters: { type: string; speaker: string; rating: string };
    /** A result's title: its kind (`kind`), who said it if known, and its first words. */
    resultTitle: (kind: string, who: string | undefined, words: string) => string;
    /** What names the explainer a result is in, as `Explainer: its title` under the result. */
    explainerLabel: string;
  };
  corrections: {
    /** The box on an explainer, the footer link and the site-wide page's title. */
    title: string;
    description: string;
    lede: string;
    none: string;
    /** "Rating changed from X to Y on DATE." (labels and date already in this language). */
    ratingChanged: (from: string, to: string, date: string) => string;
    /** The "from" or "to" of a rating change when the claim had no rating. */
    noRating: string;
    /** A correction in the RSS item's description. */
    feedItem: (date: string, text: string) => string;
  };
  /** The summary of the header's disclosure on phones (source, views and legend behind it). */
  about: string;
  /** How a quotation's speaker was found, after the name; and no speaker. */
  speaker: {
    confirmed: string;
    automatic: string;
    none: string;
    /** A claim with no claimant, as a note shows it after its words. */
    noClaimant: string;
    /**
     * A quotation with no speaker of its own inside another, whose words it is part of (`name`:
     * that quotation's speaker, when it has one).
     */
    within: (name: string | undefined) => string;
  };
  /** What the marks in the source text mean. */
  legend: {
    title: string;
    quoteSample: string;
    quote: string;
    claimSample: string;
    claim: string;
    number: string;
  };
}
