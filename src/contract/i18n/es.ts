/** The interface in Spanish. */
import type { Catalogue, Count } from './catalogue.ts';

const count =
  (one: string, many: string): Count =>
  (n) =>
    `${n} ${n === 1 ? one : many}`;

export const es: Catalogue = {
  language: 'es',
  ogLocale: 'es_ES',
  skipLink: 'Saltar al contenido',
  siteNavLabel: 'Sitio',
  nav: { claims: 'Afirmaciones', people: 'Personas', topics: 'Temas', search: 'Búsqueda' },
  feedLink: 'Canal RSS',
  socialCardAlt:
    'Una página de texto con una cita resaltada, una afirmación subrayada y una nota al margen',
  notFound: {
    title: 'Página no encontrada',
    text: 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga una errata.',
    home: 'Todos los análisis',
    search: 'Buscar en los análisis',
  },
  count: {
    quote: count('cita', 'citas'),
    claim: count('afirmación', 'afirmaciones'),
    comment: count('comentario', 'comentarios'),
    explainer: count('análisis', 'análisis'),
  },
  countsLabel: 'Anotaciones',
  topicsLabel: 'Temas',
  explained: 'Analizado el',
  updated: ', actualizado el',
  byEditors: ' por',
  unpublished: {
    draftLabel: 'Borrador',
    draft:
      'Borrador: solo esta vista previa lo muestra. El sitio construido lo deja fuera hasta que se escriba draft: false.',
    scheduledLabel: 'Programado',
    scheduled: (date) =>
      `Programado para el ${date}: solo esta vista previa lo muestra. El sitio construido lo deja fuera hasta una construcción ese día.`,
  },
  viewsLabel: 'Vistas de este análisis',
  views: {
    read: 'Fuente y análisis',
    notes: 'Solo las anotaciones',
    source: 'Markdown anotado',
  },
  sourceMeta: {
    source: 'Fuente',
    byAuthor: ', de',
    published: 'Publicado',
    retrieved: 'Consultado',
    credit: 'Crédito',
    textAnalysed: 'Texto analizado',
  },
  columns: { source: 'Texto fuente', analysis: 'Análisis' },
  sourceTable: 'Tabla de la fuente',
  sourceCode: 'Código de la fuente',
  kind: { quote: 'Cita', claim: 'Afirmación', comment: 'Comentario' },
  permalink: {
    quote: 'Enlace permanente a esta cita',
    claim: 'Enlace permanente a esta afirmación',
    comment: 'Enlace permanente a este comentario',
  },
  permalinkQuoteBy: (speaker) => `Enlace permanente a esta cita de ${speaker}`,
  permalinkQuoteUnknown: 'Enlace permanente a esta cita (autor no identificado)',
  permalinkQuoteWithin: (within) => `Enlace permanente a esta cita (${within})`,
  goToNote: {
    quote: 'Ir a la nota sobre esta cita',
    claim: 'Ir a la nota sobre esta afirmación',
  },
  backToPassage: 'Volver al pasaje',
  findInOriginal: 'Verlo en el original',
  claimantNotIdentified: 'Autor no identificado',
  notRated: 'Sin calificar',
  sameClaimElsewhere: 'La misma afirmación en otros análisis:',
  saidElsewhere: 'También lo dijo en otros análisis:',
  inExplainer: 'en',
  claimsByRatingHere: 'Afirmaciones de este análisis por calificación',
  openData: 'Datos abiertos',
  thisExplainersAnnotations: 'Las anotaciones de este análisis',
  webAnnotationFormat: '(W3C Web Annotation, JSON-LD)',
  allAnnotations: 'Todas las anotaciones del sitio',
  allClaims: 'Todas las afirmaciones',
  claimsIndex: 'Índice de afirmaciones',
  webAnnotationTitle: 'Anotaciones (W3C Web Annotation)',
  everyAnnotation: 'Todas las anotaciones, en orden de lectura',
  noAnnotations: 'Este análisis aún no tiene anotaciones.',
  onThePassage: 'Sobre el pasaje:',
  inContext: 'En contexto:',
  seeInExplainer: 'Verlo en el análisis',
  annotatedMarkdown: 'El Markdown anotado',
  markdownIntro: [
    'El archivo',
    'tal como lo escribió la redacción (sin sus notas internas): el texto fuente con sus citas, afirmaciones y comentarios marcados.',
  ],
  markdownUnavailable: 'El Markdown de este análisis no está disponible.',
  claims: {
    title: 'Afirmaciones',
    description:
      'Todas las afirmaciones verificadas en los análisis, por calificación y por autor.',
    lede: (claims, explainers, related) =>
      `${es.count.claim(claims)} verificada${claims === 1 ? '' : 's'} en ${es.count.explainer(explainers)}` +
      (related > 0
        ? `; ${related} ${related === 1 ? 'afirmación aparece' : 'afirmaciones aparecen'} en más de uno.`
        : '.'),
    allByRating: 'Todas las afirmaciones por calificación',
    byRating: 'Por calificación',
    ratingNav: 'Afirmaciones por calificación',
    byClaimant: 'Por autor',
    claimants: 'Autores',
    openData: 'Datos abiertos:',
    annotationsJson: 'todas las anotaciones (JSON)',
    claimsCsv: 'afirmaciones (CSV)',
    allClaimsLink: 'Todas las afirmaciones',
    ratedTitle: (label) => `Afirmaciones calificadas como ${label}`,
    rated: 'Afirmaciones calificadas como',
    ofTotal: (shown, total) =>
      `${shown} de ${total} ${total === 1 ? 'afirmación' : 'afirmaciones'} de este sitio ${shown === 1 ? 'tiene' : 'tienen'} esta calificación.`,
    noneRated: 'Ninguna afirmación tiene aún esta calificación.',
    analysis: (comments) => `Análisis (${es.count.comment(comments)})`,
    onThisSite: 'Afirmaciones de este sitio',
    siteByRating: 'Afirmaciones de este sitio por calificación',
    allCount: (n) => (n === 1 ? es.count.claim(n) : `Las ${es.count.claim(n)}`),
    continued: 'continuación',
  },
  pager: {
    label: 'Páginas',
    previous: 'Página anterior',
    next: 'Página siguiente',
    page: (n) => `Página ${n}`,
    position: (n, count) => `Página ${n} de ${count}`,
  },
  people: {
    title: 'Personas',
    description:
      'Todas las personas citadas en los análisis o autoras de una afirmación verificada, con lo que dijeron.',
    lede: 'Todas las personas citadas en los análisis o autoras de una afirmación verificada. Cada página muestra lo que dijeron, con la frase que lo rodea y un enlace al lugar exacto.',
    none: 'Ninguna cita ni afirmación tiene aún autor.',
    others: 'Otras fuentes',
    othersLede: 'Personas que el texto describe sin nombrarlas.',
    personDescription: (name) => `Lo que dijo ${name}: citas y afirmaciones en los análisis.`,
    moreAbout: (name) => `Más sobre ${name}`,
    quotations: 'Citas',
    claims: 'Afirmaciones',
    summary: (quotes, claims, explainers) =>
      [quotes > 0 && es.count.quote(quotes), claims > 0 && es.count.claim(claims)]
        .filter(Boolean)
        .join(', ') + ` en ${es.count.explainer(explainers)}`,
    seeQuote: 'Ver esta cita en el análisis',
    seeClaim: 'Ver esta afirmación en el análisis',
  },
  topics: {
    title: 'Temas',
    description: 'Todos los temas de los análisis.',
    none: 'Ningún análisis tiene aún un tema.',
    topic: (label) => `Tema: ${label}`,
    topicDescription: (label) => `Análisis sobre ${label}.`,
    all: 'Todos los temas',
  },
  search: {
    title: 'Búsqueda',
    description: 'Buscar en todos los análisis, citas, afirmaciones y comentarios.',
    lede: 'Busque en los textos fuente y en todas las citas, afirmaciones y comentarios. Filtre por tipo, autor y calificación; un resultado abre la página en la nota exacta.',
    noScript: 'La búsqueda necesita JavaScript. Todos los análisis están en la página de inicio.',
    filters: { type: 'Tipo', speaker: 'Autor', rating: 'Calificación' },
    resultTitle: (kind, who, words) => `${kind}${who ? ` de ${who}` : ''}: ${words}`,
    explainerLabel: 'Análisis',
  },
  corrections: {
    title: 'Correcciones y actualizaciones',
    description:
      'Todas las correcciones y actualizaciones hechas a los análisis tras su publicación, de la más reciente a la más antigua.',
    lede: 'Lo que la redacción corrigió o actualizó después de publicar un análisis, de lo más reciente a lo más antiguo.',
    none: 'Todavía no se ha corregido ningún análisis.',
    ratingChanged: (from, to, date) => `Calificación cambiada de ${from} a ${to} el ${date}.`,
    noRating: 'sin calificación',
    feedItem: (date, text) => `Corrección (${date}): ${text}`,
  },
  about: 'Fuente, vistas, leyenda',
  speaker: {
    confirmed: 'confirmado',
    automatic: 'atribuido automáticamente',
    none: 'hablante no identificado',
    noClaimant: 'autor no identificado',
    within: (name) => (name ? `dentro de una cita de ${name}` : 'dentro de otra cita'),
  },
  legend: {
    title: 'Cómo leer los resaltados',
    quoteSample: 'subrayado de puntos, amarillo',
    quote:
      'una cita; al lado figura quién la dijo, «atribuido automáticamente» o «confirmado» por la redacción',
    claimSample: 'subrayado continuo, rosa',
    claim: 'una afirmación; su nota da el veredicto de la redacción en palabras',
    number: 'la nota con el mismo número; un comentario sin número se refiere a todo el pasaje',
  },
};
