/** The interface in French. */
import type { Catalogue, Count } from './catalogue.ts';

// French uses the singular for 0 and 1.
const count =
  (one: string, many: string): Count =>
  (n) =>
    `${n} ${n <= 1 ? one : many}`;

export const fr: Catalogue = {
  language: 'fr',
  ogLocale: 'fr_FR',
  skipLink: 'Aller au contenu',
  siteNavLabel: 'Site',
  nav: { claims: 'Affirmations', people: 'Personnes', topics: 'Thèmes', search: 'Recherche' },
  feedLink: 'Flux RSS',
  socialCardAlt:
    'Une page de texte avec une citation surlignée, une affirmation soulignée et une note en marge',
  notFound: {
    title: 'Page introuvable',
    text: 'Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
    home: 'Tous les décryptages',
    search: 'Chercher dans les décryptages',
  },
  count: {
    quote: count('citation', 'citations'),
    claim: count('affirmation', 'affirmations'),
    comment: count('commentaire', 'commentaires'),
    explainer: count('décryptage', 'décryptages'),
  },
  countsLabel: 'Annotations',
  topicsLabel: 'Thèmes',
  explained: 'Décrypté le',
  updated: ', mis à jour le',
  byEditors: ' par',
  unpublished: {
    draftLabel: 'Brouillon',
    draft:
      'Brouillon : seul cet aperçu le montre. Le site construit le laisse de côté tant que draft: false n’est pas écrit.',
    scheduledLabel: 'Programmé',
    scheduled: (date) =>
      `Programmé pour le ${date} : seul cet aperçu le montre. Le site construit le laisse de côté jusqu’à une construction ce jour-là.`,
  },
  viewsLabel: 'Vues de ce décryptage',
  views: {
    read: 'Source et analyse',
    notes: 'Annotations seules',
    source: 'Markdown annoté',
  },
  sourceMeta: {
    source: 'Source',
    byAuthor: ', par',
    published: 'Publié',
    retrieved: 'Consulté',
    credit: 'Crédit',
    textAnalysed: 'Texte analysé',
  },
  columns: { source: 'Texte source', analysis: 'Analyse' },
  sourceTable: 'Tableau de la source',
  sourceCode: 'Code de la source',
  kind: { quote: 'Citation', claim: 'Affirmation', comment: 'Commentaire' },
  permalink: {
    quote: 'Lien permanent vers cette citation',
    claim: 'Lien permanent vers cette affirmation',
    comment: 'Lien permanent vers ce commentaire',
  },
  permalinkQuoteBy: (speaker) => `Lien permanent vers cette citation de ${speaker}`,
  permalinkQuoteUnknown: 'Lien permanent vers cette citation (auteur non identifié)',
  permalinkQuoteWithin: (within) => `Lien permanent vers cette citation (${within})`,
  goToNote: {
    quote: 'Aller à la note sur cette citation',
    claim: 'Aller à la note sur cette affirmation',
  },
  backToPassage: 'Retour au passage',
  findInOriginal: 'Voir dans l’original',
  claimantNotIdentified: 'Auteur non identifié',
  notRated: 'Non évaluée',
  sameClaimElsewhere: 'La même affirmation ailleurs :',
  saidElsewhere: 'Propos tenus ailleurs :',
  inExplainer: 'dans',
  claimsByRatingHere: 'Affirmations de ce décryptage par verdict',
  openData: 'Données ouvertes',
  thisExplainersAnnotations: 'Les annotations de ce décryptage',
  webAnnotationFormat: '(W3C Web Annotation, JSON-LD)',
  allAnnotations: 'Toutes les annotations du site',
  allClaims: 'Toutes les affirmations',
  claimsIndex: 'Index des affirmations',
  webAnnotationTitle: 'Annotations (W3C Web Annotation)',
  everyAnnotation: 'Toutes les annotations, dans l’ordre de lecture',
  noAnnotations: 'Ce décryptage n’a pas encore d’annotations.',
  onThePassage: 'Sur le passage :',
  inContext: 'En contexte :',
  seeInExplainer: 'Voir dans le décryptage',
  annotatedMarkdown: 'Le Markdown annoté',
  markdownIntro: [
    'Le fichier',
    'tel que la rédaction l’a écrit (sans ses notes internes) : le texte source avec ses citations, affirmations et commentaires balisés.',
  ],
  markdownUnavailable: 'Le Markdown de ce décryptage n’est pas disponible.',
  claims: {
    title: 'Affirmations',
    description:
      'Toutes les affirmations vérifiées dans les décryptages, par verdict et par auteur.',
    lede: (claims, explainers, related) =>
      `${fr.count.claim(claims)} vérifiée${claims > 1 ? 's' : ''} dans ${fr.count.explainer(explainers)}` +
      (related > 0
        ? ` ; ${related} ${related <= 1 ? 'affirmation apparaît' : 'affirmations apparaissent'} dans plusieurs.`
        : '.'),
    allByRating: 'Toutes les affirmations par verdict',
    byRating: 'Par verdict',
    ratingNav: 'Affirmations par verdict',
    byClaimant: 'Par auteur',
    claimants: 'Auteurs',
    openData: 'Données ouvertes :',
    annotationsJson: 'toutes les annotations (JSON)',
    claimsCsv: 'affirmations (CSV)',
    allClaimsLink: 'Toutes les affirmations',
    ratedTitle: (label) => `Affirmations jugées ${label}`,
    rated: 'Affirmations jugées',
    ofTotal: (shown, total) =>
      `${shown} sur ${total} ${total <= 1 ? 'affirmation' : 'affirmations'} de ce site ${shown <= 1 ? 'a' : 'ont'} ce verdict.`,
    noneRated: 'Aucune affirmation n’a encore ce verdict.',
    analysis: (comments) => `Analyse (${fr.count.comment(comments)})`,
    onThisSite: 'Affirmations de ce site',
    siteByRating: 'Affirmations de ce site par verdict',
    allCount: (n) => (n <= 1 ? `${fr.count.claim(n)}` : `Les ${fr.count.claim(n)}`),
    continued: 'suite',
  },
  pager: {
    label: 'Pages',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (n) => `Page ${n}`,
    position: (n, count) => `Page ${n} sur ${count}`,
  },
  people: {
    title: 'Personnes',
    description:
      'Toutes les personnes citées dans les décryptages ou auteures d’une affirmation vérifiée, avec ce qu’elles ont dit.',
    lede: 'Toutes les personnes citées dans les décryptages ou auteures d’une affirmation vérifiée. Chaque page montre ce qu’elles ont dit, avec la phrase autour et un lien vers l’endroit exact.',
    none: 'Aucune citation ni affirmation n’a encore d’auteur.',
    others: 'Autres sources',
    othersLede: 'Des personnes que le texte décrit sans les nommer.',
    personDescription: (name) => `Ce que ${name} a dit, cité ou affirmé dans les décryptages.`,
    moreAbout: (name) => `En savoir plus sur ${name}`,
    quotations: 'Citations',
    claims: 'Affirmations',
    summary: (quotes, claims, explainers) =>
      [quotes > 0 && fr.count.quote(quotes), claims > 0 && fr.count.claim(claims)]
        .filter(Boolean)
        .join(', ') + ` dans ${fr.count.explainer(explainers)}`,
    seeQuote: 'Voir cette citation dans le décryptage',
    seeClaim: 'Voir cette affirmation dans le décryptage',
  },
  topics: {
    title: 'Thèmes',
    description: 'Tous les thèmes des décryptages.',
    none: 'Aucun décryptage n’a encore de thème.',
    topic: (label) => `Thème : ${label}`,
    topicDescription: (label) => `Décryptages sur le thème ${label}.`,
    all: 'Tous les thèmes',
  },
  search: {
    title: 'Recherche',
    description: 'Chercher dans tous les décryptages, citations, affirmations et commentaires.',
    lede: 'Cherchez dans les textes sources et dans toutes les citations, affirmations et commentaires. Filtrez par type, auteur et verdict ; un résultat ouvre la page à la note exacte.',
    noScript:
      'La recherche a besoin de JavaScript. Tous les décryptages figurent sur la page d’accueil.',
    filters: { type: 'Type', speaker: 'Auteur', rating: 'Note' },
    resultTitle: (kind, who, words) => `${kind}${who ? ` de ${who}` : ''} : ${words}`,
    explainerLabel: 'Décryptage',
  },
  corrections: {
    title: 'Corrections et mises à jour',
    description:
      'Toutes les corrections et mises à jour apportées aux décryptages après leur publication, de la plus récente à la plus ancienne.',
    lede: 'Ce que la rédaction a corrigé ou mis à jour après la publication d’un décryptage, du plus récent au plus ancien.',
    none: 'Aucun décryptage n’a été corrigé.',
    ratingChanged: (from, to, date) => `Note modifiée de ${from} à ${to} le ${date}.`,
    noRating: 'aucune note',
    feedItem: (date, text) => `Correction (${date}) : ${text}`,
  },
  about: 'Source, vues, légende',
  speaker: {
    confirmed: 'confirmé',
    automatic: 'attribué automatiquement',
    none: 'locuteur non identifié',
    noClaimant: 'auteur non identifié',
    within: (name) => (name ? `dans une citation de ${name}` : 'dans une autre citation'),
  },
  legend: {
    title: 'Comment lire les surlignages',
    quoteSample: 'soulignement pointillé, jaune',
    quote:
      'une citation ; son auteur est nommé à côté, « attribué automatiquement » ou « confirmé » par la rédaction',
    claimSample: 'soulignement continu, rose',
    claim: 'une affirmation ; sa note donne le verdict de la rédaction en toutes lettres',
    number: 'la note portant le même numéro ; un commentaire sans numéro porte sur tout le passage',
  },
};
