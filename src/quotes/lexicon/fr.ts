/** French: the Gender Gap Tracker's reporting verbs (`../data/verbs.json`), "selon X", "a déclaré X". */
import { phrases, set, type Lexicon } from './shape.ts';
import verbTable from '../data/verbs.json' with { type: 'json' };

/**
 * Verbs of saying the table lacks: the feminine participles of reflexive ones ("s'est indignée la
 * maire"), whose participle agrees with the speaker, their present with the reflexive pronoun
 * written onto them ("s’emporte M. Marchetti"), one with the object pronoun ("l’interpelle M.
 * Roux"), and a few news favourites.
 */
const FR_MORE_VERBS = `
  indignée insurgée exclamée félicitée réjouie emportée défendue étonnée inquiétée
  insurgé exclamé félicité réjoui emporté étonné inquiété
  martèle martelé regrette regretté tempête tempêté glisse glissé glissait scande scandé scandait
  murmure murmura chuchote chuchota crie cria hurle hurla reprend reprit continue continua
  balbutie balbutia grogne grogna marmonne marmonna supplie supplia soupire soupira exclama écria
  répète répéta lance lança souffle souffla rétorqua objecta protesta plaisanta insista coupa
  ordonna gronda lâche lâché lâcha ironise ironisé ironisa interrompt interrompu interrompit
  promis promet promettent détaille détaillé nuance nuancé relève plaisante plaisanté
  tranche tranché énumère énuméré interroge interrogé souvient
  rit
  s’indigne s'indigne s’emporte s'emporte s’insurge s'insurge s’exclame s'exclame s’étonne s'étonne
  s’inquiète s'inquiète s’agace s'agace s’amuse s'amuse s’offusque s'offusque s’interroge s'interroge
  l’interpelle l'interpelle interpellé interpellée`;

export const fr: Lexicon = {
  lang: 'fr',
  verbs: set(verbTable.verbs.fr, FR_MORE_VERBS),
  cognition: set('pense pensait croit croyait estime estimait trouve trouvait'),
  finite: set('est sont était étaient a ont avait avaient figure figurent figurait figuraient'),
  ambiguous: set(),
  particleVerbs: new Map(),
  phrases: [
    { words: ['selon'], side: 'after' },
    { words: ["d'après"], side: 'after' },
    { words: ['d’après'], side: 'after' },
  ],
  // "qu’elle juge", "lorsqu’il parle": the pronoun with a conjunction elided onto it.
  pronounContraction: /^(?:qu|lorsqu|puisqu)['’]/u,
  pronouns: new Map([
    ['il', 'singular'],
    ['elle', 'singular'],
    ['ils', 'plural'],
    ['elles', 'plural'],
  ]),
  pronounGender: new Map([
    ['il', 'male'],
    ['elle', 'female'],
  ]),
  eitherGender: set(),
  honorificGender: new Map([
    ['M.', 'male'],
    ['Mme', 'female'],
    ['Mlle', 'female'],
  ]),
  viewpoint: set('pour'),
  roleModifiers: set('premier première vice'),
  oneOf: set('deux trois quatre cinq six sept huit neuf dix plusieurs quelques certains'),
  roleAbbreviations: new Map(),
  topic: [],
  thingRelatives: set(),
  relatives: set('qui'),
  determiners: set(
    "le la les un une des du de l’ l' son sa ses leur leurs ce cette mon ma mes ton ta tes notre nos chaque",
  ),
  pluralDeterminers: set('plusieurs nombreux certains quelques deux trois quatre cinq'),
  definites: set("le la les l’ l' ce cette"),
  demonstratives: set('ce cet cette'),
  objectPronouns: new Map([
    ['lui', 'il'],
    ['elle', 'elle'],
    ['eux', 'ils'],
    ['elles', 'elles'],
  ]),
  collectiveOpeners: set('Équipe Camp'),
  possessives: set('son sa ses leur leurs mon ma mes ton ta tes'),
  spouses: { owners: new Map(), words: set() },
  genitives: set(),
  auxiliaries: set('ont avait avaient'),
  subordinators: set("parce puisque quoique jusqu'à jusqu’à"),
  expletives: set(),
  asides: phrases(
    'par exemple|pour sa part|de son côté|quant à lui|quant à elle|toutefois|cependant|pourtant',
    'pour autant',
  ),
  toWords: set('à au aux'),
  titlePrepositions: set('à au aux par dans selon'),
  negationElided: /^n['’]\p{L}/u,
  between: set(
    'a ont avait avaient aussi encore déjà également ensuite ne pas y en lui leur',
    'toutefois cependant pourtant néanmoins alors enfin finalement notamment même surtout aussitôt',
    // The reflexive auxiliary: "« … », s'est indignée la maire".
    "s'est s’est s'était s’était",
    // "faire" before an infinitive of saying: "« … », a fait valoir M. Vasseur", "a fait savoir".
    'fait faisait fit',
  ),
  asWords: set('comme'),
  prepositions: set(
    'à au aux de du des en dans sur sous avec pour par chez vers entre sans pendant lors devant',
    'après avant selon contre depuis malgré parmi',
  ),
  stops: set('et ou mais que qui quand lorsque car si comme'),
  coordinators: set('et &'),
  joiners: set(),
  headBefore: set('de du des'),
  complementPrepositions: set('pour'),
  participle: undefined,
  quotedAs: undefined,
  endings: {
    // The imperfect and the simple past of narration ("attendait", "entrèrent"), not nouns so
    // formed ("portrait", "souhait").
    past: /^(?!(?:portrait|extrait|retrait|souhait|attrait|abstrait|distrait|parfait|trait|lait|fait|bienfait|forfait)$)..+(?:ait|aient|èrent|irent|urent)$/u,
    openingParticiple: /...(?:é|ée|és|ées)$/u,
  },
  hasContractionBefore: set(),
  // "La nuit où M. Jourdan a été admis": a participle after "été" is passive, no one speaking.
  passiveAddressed: {
    auxiliaries: set('été être'),
    verbs: set(
      'admis admise admis admises interrogé interrogée interrogés interrogées questionné questionnée',
      'prévenu prévenue prévenus averti avertie avertis informé informée informés',
    ),
  },
  narrativeInfinitive: /^(?:et |avant )?d(?:e |['’])\p{Ll}+(?:er|ir|re)$/u,
  subjectClitics: set('il elle ils elles on'),
  nullSubject: false,
  inciseAuxiliaries: set("a avait ont s'est s’est"),
  invertsAfterComma: true,
  participleLast: false,
  ordinalFullStop: false,
  copulas: set('est sont était étaient être été'),
  openers: set(
    'en dans à au pour par selon après avant pendant lors mais et quand lorsque comme si',
    // Sentence adverbs, written with a capital at a sentence's start and no one's name.
    'puis ainsi donc alors ensuite enfin désormais aujourd’hui hier demain ici là certes bref',
    'sinon pourtant cependant toutefois néanmoins seulement surtout parfois souvent déjà',
    // Adverbs of place ("Dehors, la foule attendait.").
    'dedans dehors dessus dessous ailleurs devant derrière',
    'pourquoi comment quoi oui non outre parmi durant très trop assez tant autant bien mieux pire',
    // The first words of prepositional phrases ("Face à lui,", "Grâce à elle,", "Suite à cela,").
    'face grâce quant suite faute loin près jusque malgré sans sous sur chez contre vers envers',
  ),
  titles: set('M. Mme Mlle Dr Pr président présidente ministre porte-parole directeur directrice'),
  honorifics: set('M. Mme Mlle Me Dr'),
  organisations: set(
    'Association Parti Comité Conseil Institut Université Union Ministère Assemblée Sénat',
    'Gouvernement Commission Agence Banque Fondation Société Groupe Syndicat Fédération Mairie',
    'Préfecture Tribunal Cour Police Gendarmerie Radio Journal Parquet',
  ),
  roleGender: {
    female: set(
      'mère sœur fille femme tante grand-mère inconnue voisine amie',
      'la présidente directrice mme conseillère députée sénatrice adjointe avocate préfète',
    ),
    male: set(
      'père frère fils mari oncle grand-père homme garçon inconnu voisin ami',
      'le président directeur m conseiller député sénateur adjoint avocat préfet',
    ),
  },
  objectClitics: set("le la les lui leur me te se nous vous l'a l’a m'a m’a"),
  conjunctions: set('et mais or donc'),
  kin: set(
    'père mère frère sœur fils fille mari femme oncle tante grand-père grand-mère homme garçon',
    'inconnu inconnue voisin voisine ami amie',
  ),
  verbSecond: set(),
  verbSecondObjects: set(),
  verbSecondBeforeNoun: set(),
  resumptives: set(),
  cleftOpeners: set("c'est c’est c'était c’était"),
  speechNouns: {
    nouns: set(
      'verdict mots question réponse constat avis phrase remarque avertissement plainte',
      'critique reproche explication promesse appel aveu réflexion réplique riposte',
    ),
    agents: set('de du par'),
  },
  indefiniteArticles: set('un une'),
  sourceNouns: set('sources'),
  addressTitles: set('monsieur madame mademoiselle maître'),
  indefinites: set(
    'tous toutes certains certaines beaucoup plusieurs chacun chacune personne aucun aucune',
    "autres rien quelqu’un quelqu'un",
    // The pronoun of anyone ("On a déclaré …"), "we", "you" and the demonstratives.
    'on nous vous celui celle ceux celles cela ceci ça quelques peu',
  ),
  works: {
    nouns: set(
      'podcast exposition ouvrage rubrique document',
      'livre livres film films chanson chansons album albums roman romans pièce série séries tube',
      'documentaire poème essai chronique titre slogan devise rapport rapports brochure revue magazine',
    ),
    titled: set('intitulé intitulée intitulés intitulées'),
    named: set(
      'pétition association programme programmes projet projets campagne initiative opération dispositif groupe collectif',
      'émission émissions plan',
    ),
    authors: set('auteur auteure autrice auteurs'),
  },
  terms: {
    nouns: set('expression terme mot formule phrase affirmation qualificatif'),
    joiners: set('que selon'),
    alternatives: set('ou et ni plutôt que non pas'),
    meaning: set('signifie signifiait signifient signifiaient'),
    glosses: ["c'est-à-dire", 'c’est-à-dire'],
  },
  labelNouns: set('vigilance alerte niveau statut'),
  namedWords: set(
    'appelle appellent surnomme surnomment',
    'nommé nommée prénommé prénommée appelé appelée surnommé surnommée appelait appelaient surnommait surnommaient',
    'baptisé baptisée baptisés baptisées',
  ),
  passiveNaming: set(),
  soCalled: set('soi-disant prétendu prétendue prétendus prétendues'),
  reportedMood: { forms: set(), notWith: set() },
  // Feminine (and common) endings of nouns for people ("la commerçante", "l'agricultrice");
  // not "-ère", which "le ministère" has too.
  personEndings: ['trice', 'ante', 'euse', 'iste', 'ienne'],
  personNounEnding: /\p{L}{3}(?:eur|euse|rice|iste|ien|ienne|ier|ière|ant|ante|ent|ente|logue)$/u,
  personKinds: set(
    'témoin habitant habitante passant passante conducteur conductrice supporter spectateur',
    'spectatrice client cliente patient patiente retraité retraitée ouvrier ouvrière élève',
    'voisin voisine collègue touriste locataire',
  ),
  interviewedWith: { we: set('nous'), with: set('avec') },
  streetNouns: set('rue avenue place boulevard chemin quai impasse allée cours square route'),
  replyVerbs: set(
    'répondit répond répondu rétorqua rétorque rétorqué répliqua réplique répliqué interrompt interrompu interrompit',
  ),
  askVerbs: set('demanda demande demandé interrogea interroge interrogé'),
  whetherWords: set("si s'il s’il"),
  readingVerbs: set('lu lit lut lisait lire'),
  signNouns: set(
    'panneau panneaux pancarte pancartes banderole banderoles affiche affiches écriteau',
    'autocollant autocollants',
  ),
  crowdNouns: set('cris cri slogans'),
  interviewers: set(
    'journaliste reporter reporteur reporteure rédacteur rédactrice correspondant correspondante animateur animatrice',
  ),
  describingNouns: set(
    'femme homme trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire élu élue',
  ),
  personNouns: set(
    'président présidente ministre porte-parole directeur directrice maire conseiller responsable',
    'conseillère député députée sénateur sénatrice secrétaire adjoint adjointe avocat avocate',
    'préfet préfète édile commissaire inspecteur inspectrice docteur médecin capitaine',
    'lieutenant juge magistrat magistrate procureur procureure',
    // A person named by age ("le quadragénaire", "la sexagénaire"), as German "der 45-Jährige",
    // or by sex ("témoigne la jeune femme").
    'trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire',
    'femme homme',
  ),
  yearsNoun: 'ans',
  decadeNouns: new Map([
    ['trentenaire', 30],
    ['quadragénaire', 40],
    ['quinquagénaire', 50],
    ['sexagénaire', 60],
    ['septuagénaire', 70],
    ['octogénaire', 80],
    ['nonagénaire', 90],
  ]),
  roleSynonyms: new Map([
    ['édile', ['maire']],
    ['médecin', ['docteur']],
    // A team's coach; in a trial, the judge who presides or the prosecutor (a magistrate too).
    ['technicien', ['entraîneur']],
    ['technicienne', ['entraîneuse']],
    ['magistrat', ['juge', 'président', 'procureur']],
    ['magistrate', ['juge', 'présidente', 'procureure']],
    // A police officer the text names by rank.
    ['policier', ['commissaire', 'inspecteur', 'capitaine', 'lieutenant', 'brigadier']],
    ['policière', ['commissaire', 'inspectrice', 'capitaine', 'lieutenante', 'brigadière']],
    ['enquêteur', ['commissaire', 'inspecteur', 'capitaine', 'lieutenant']],
    ['enquêtrice', ['commissaire', 'inspectrice', 'capitaine', 'lieutenante']],
    // One elected: the mayor, a deputy mayor, a councillor, a member of parliament.
    ['élu', ['maire', 'adjoint', 'conseiller', 'député', 'sénateur', 'vice-président']],
    ['élue', ['maire', 'adjointe', 'conseillère', 'députée', 'sénatrice', 'vice-présidente']],
    // A scientist the text names by a field or a post.
    ['chercheur', ['professeur', 'épidémiologiste', 'scientifique', 'neurologue', 'biologiste']],
    ['chercheuse', ['professeure', 'épidémiologiste', 'scientifique', 'neurologue', 'biologiste']],
    // A lawyer, whom the press names with the title "Me" (maître).
    ['avocat', ['me', 'maître']],
    ['avocate', ['me', 'maître']],
    ['agriculteur', ['éleveur', 'exploitant', 'maraîcher', 'viticulteur']],
    ['agricultrice', ['éleveuse', 'exploitante', 'maraîchère', 'viticultrice']],
  ]),
  times: set(
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin',
    'juillet août septembre octobre novembre décembre',
  ),
  pastAfterName: set(),
  timeNouns: set(
    'semaine mois année an soir matin jour lendemain veille minute minutes heure heures instant instants jours semaines',
  ),
  timeOpeners: set('ce cette'),
  closingAbbreviations: set(),
  abbreviations: set('m mme mlle dr pr st'),
  maxNameWords: 3,
  nounsCapitalised: false,
};
