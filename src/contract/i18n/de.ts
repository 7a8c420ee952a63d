/** The interface in German. */
import type { Catalogue, Count } from './catalogue.ts';

const count =
  (one: string, many: string): Count =>
  (n) =>
    `${n} ${n === 1 ? one : many}`;

export const de: Catalogue = {
  language: 'de',
  ogLocale: 'de_DE',
  skipLink: 'Zum Inhalt springen',
  siteNavLabel: 'Website',
  nav: { claims: 'Behauptungen', people: 'Personen', topics: 'Themen', search: 'Suche' },
  feedLink: 'RSS-Feed',
  socialCardAlt:
    'Eine Textseite mit einem hervorgehobenen Zitat, einer unterstrichenen Behauptung und einer Anmerkung daneben',
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.',
    home: 'Alle Erklärstücke',
    search: 'Die Erklärstücke durchsuchen',
  },
  count: {
    quote: count('Zitat', 'Zitate'),
    claim: count('Behauptung', 'Behauptungen'),
    comment: count('Kommentar', 'Kommentare'),
    explainer: count('Erklärstück', 'Erklärstücken'),
  },
  countsLabel: 'Anmerkungen',
  topicsLabel: 'Themen',
  explained: 'Erklärt am',
  updated: ', aktualisiert am',
  byEditors: ' von',
  unpublished: {
    draftLabel: 'Entwurf',
    draft:
      'Entwurf: Nur diese Vorschau zeigt ihn. Die gebaute Website lässt ihn aus, bis draft: false gesetzt ist.',
    scheduledLabel: 'Geplant',
    scheduled: (date) =>
      `Geplant für den ${date}: Nur diese Vorschau zeigt ihn. Die gebaute Website lässt ihn bis zu einem Build an diesem Tag aus.`,
  },
  viewsLabel: 'Ansichten dieses Erklärstücks',
  views: {
    read: 'Quelle und Analyse',
    notes: 'Nur die Anmerkungen',
    source: 'Annotiertes Markdown',
  },
  sourceMeta: {
    source: 'Quelle',
    byAuthor: ', von',
    published: 'Erschienen',
    retrieved: 'Abgerufen',
    credit: 'Bildnachweis',
    textAnalysed: 'Analysierter Text',
  },
  columns: { source: 'Quelltext', analysis: 'Analyse' },
  sourceTable: 'Tabelle aus der Quelle',
  sourceCode: 'Code aus der Quelle',
  kind: { quote: 'Zitat', claim: 'Behauptung', comment: 'Kommentar' },
  permalink: {
    quote: 'Permalink zu diesem Zitat',
    claim: 'Permalink zu dieser Behauptung',
    comment: 'Permalink zu diesem Kommentar',
  },
  permalinkQuoteBy: (speaker) => `Permalink zu diesem Zitat von ${speaker}`,
  permalinkQuoteUnknown: 'Permalink zu diesem Zitat (Sprecher nicht ermittelt)',
  permalinkQuoteWithin: (within) => `Permalink zu diesem Zitat (${within})`,
  goToNote: {
    quote: 'Zur Anmerkung zu diesem Zitat',
    claim: 'Zur Anmerkung zu dieser Behauptung',
  },
  backToPassage: 'Zurück zur Textstelle',
  findInOriginal: 'Im Original finden',
  claimantNotIdentified: 'Urheber nicht ermittelt',
  notRated: 'Nicht bewertet',
  sameClaimElsewhere: 'Dieselbe Behauptung an anderer Stelle:',
  saidElsewhere: 'Auch an anderer Stelle gesagt:',
  inExplainer: 'in',
  claimsByRatingHere: 'Behauptungen in diesem Erklärstück nach Bewertung',
  openData: 'Offene Daten',
  thisExplainersAnnotations: 'Die Anmerkungen dieses Erklärstücks',
  webAnnotationFormat: '(W3C Web Annotation, JSON-LD)',
  allAnnotations: 'Alle Anmerkungen dieser Website',
  allClaims: 'Alle Behauptungen',
  claimsIndex: 'Verzeichnis der Behauptungen',
  webAnnotationTitle: 'Anmerkungen (W3C Web Annotation)',
  everyAnnotation: 'Alle Anmerkungen in Lesereihenfolge',
  noAnnotations: 'Dieses Erklärstück hat noch keine Anmerkungen.',
  onThePassage: 'Zur Textstelle:',
  inContext: 'Im Zusammenhang:',
  seeInExplainer: 'Im Erklärstück ansehen',
  annotatedMarkdown: 'Das annotierte Markdown',
  markdownIntro: [
    'Die Datei',
    'so, wie die Redaktion sie geschrieben hat (ohne ihre internen Notizen): der Quelltext mit seinen markierten Zitaten, Behauptungen und Kommentaren.',
  ],
  markdownUnavailable: 'Das Markdown dieses Erklärstücks ist nicht verfügbar.',
  claims: {
    title: 'Behauptungen',
    description: 'Alle geprüften Behauptungen der Erklärstücke, nach Bewertung und nach Urheber.',
    lede: (claims, explainers, related) =>
      `${de.count.claim(claims)} geprüft in ${de.count.explainer(explainers)}` +
      (related > 0
        ? `; ${related} ${related === 1 ? 'Behauptung kommt' : 'Behauptungen kommen'} in mehreren vor.`
        : '.'),
    allByRating: 'Alle Behauptungen nach Bewertung',
    byRating: 'Nach Bewertung',
    ratingNav: 'Behauptungen nach Bewertung',
    byClaimant: 'Nach Urheber',
    claimants: 'Urheber',
    openData: 'Offene Daten:',
    annotationsJson: 'alle Anmerkungen (JSON)',
    claimsCsv: 'Behauptungen (CSV)',
    allClaimsLink: 'Alle Behauptungen',
    ratedTitle: (label) => `Behauptungen mit der Bewertung ${label}`,
    rated: 'Behauptungen mit der Bewertung',
    ofTotal: (shown, total) =>
      `${shown} von ${total} ${total === 1 ? 'Behauptung' : 'Behauptungen'} auf dieser Website ${shown === 1 ? 'hat' : 'haben'} diese Bewertung.`,
    noneRated: 'Noch keine Behauptung hat diese Bewertung.',
    analysis: (comments) => `Analyse (${de.count.comment(comments)})`,
    onThisSite: 'Behauptungen auf dieser Website',
    siteByRating: 'Behauptungen auf dieser Website nach Bewertung',
    allCount: (n) => `Alle ${de.count.claim(n)}`,
    continued: 'Fortsetzung',
  },
  pager: {
    label: 'Seiten',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    page: (n) => `Seite ${n}`,
    position: (n, count) => `Seite ${n} von ${count}`,
  },
  people: {
    title: 'Personen',
    description:
      'Alle, die in den Erklärstücken zitiert werden oder eine geprüfte Behauptung aufstellen, mit dem, was sie gesagt haben.',
    lede: 'Alle, die in den Erklärstücken zitiert werden oder eine geprüfte Behauptung aufstellen. Jede Seite zeigt, was sie gesagt haben, mit dem Satz darum und einem Link zur genauen Stelle.',
    none: 'Noch kein Zitat und keine Behauptung hat einen Sprecher.',
    others: 'Weitere Quellen',
    othersLede: 'Sprecher, die der Text beschreibt, ohne sie zu nennen.',
    personDescription: (name) =>
      `Was ${name} gesagt hat: Zitate und Behauptungen in den Erklärstücken.`,
    moreAbout: (name) => `Mehr über ${name}`,
    quotations: 'Zitate',
    claims: 'Behauptungen',
    summary: (quotes, claims, explainers) =>
      [quotes > 0 && de.count.quote(quotes), claims > 0 && de.count.claim(claims)]
        .filter(Boolean)
        .join(', ') + ` in ${de.count.explainer(explainers)}`,
    seeQuote: 'Dieses Zitat im Erklärstück ansehen',
    seeClaim: 'Diese Behauptung im Erklärstück ansehen',
  },
  topics: {
    title: 'Themen',
    description: 'Alle Themen, mit denen die Erklärstücke verschlagwortet sind.',
    none: 'Noch kein Erklärstück hat ein Thema.',
    topic: (label) => `Thema: ${label}`,
    topicDescription: (label) => `Erklärstücke zum Thema ${label}.`,
    all: 'Alle Themen',
  },
  search: {
    title: 'Suche',
    description: 'Alle Erklärstücke, Zitate, Behauptungen und Kommentare durchsuchen.',
    lede: 'Durchsuchen Sie die Quelltexte und alle Zitate, Behauptungen und Kommentare. Filtern Sie nach Art, Sprecher und Bewertung; ein Treffer öffnet die Seite genau an dieser Anmerkung.',
    noScript: 'Die Suche braucht JavaScript. Alle Erklärstücke stehen auf der Startseite.',
    filters: { type: 'Art', speaker: 'Person', rating: 'Bewertung' },
    resultTitle: (kind, who, words) => `${kind}${who ? ` von ${who}` : ''}: ${words}`,
    explainerLabel: 'Erklärstück',
  },
  corrections: {
    title: 'Korrekturen und Aktualisierungen',
    description:
      'Alle Korrekturen und Aktualisierungen der Erklärstücke nach ihrer Veröffentlichung, die neuesten zuerst.',
    lede: 'Was die Redaktion nach der Veröffentlichung eines Erklärstücks korrigiert oder aktualisiert hat, das Neueste zuerst.',
    none: 'Bisher wurde kein Erklärstück korrigiert.',
    ratingChanged: (from, to, date) => `Bewertung am ${date} von ${from} zu ${to} geändert.`,
    noRating: 'keine Bewertung',
    feedItem: (date, text) => `Korrektur (${date}): ${text}`,
  },
  about: 'Quelle, Ansichten, Legende',
  speaker: {
    confirmed: 'bestätigt',
    automatic: 'automatisch zugeordnet',
    none: 'Sprecher nicht ermittelt',
    noClaimant: 'Urheber nicht ermittelt',
    within: (name) => (name ? `in einem Zitat von ${name}` : 'in einem anderen Zitat'),
  },
  legend: {
    title: 'So lesen Sie die Markierungen',
    quoteSample: 'gepunktet unterstrichen, gelb',
    quote:
      'ein Zitat; daneben steht, wer es gesagt hat, „automatisch zugeordnet“ oder von der Redaktion „bestätigt“',
    claimSample: 'durchgehend unterstrichen, rosa',
    claim: 'eine Behauptung; ihre Anmerkung nennt das Urteil der Redaktion in Worten',
    number: 'die Anmerkung mit derselben Zahl; ein Kommentar ohne Zahl gilt dem ganzen Abschnitt',
  },
};
