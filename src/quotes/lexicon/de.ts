/** German: short lists for the common reporting patterns ("sagte sie", „…“, so X, X zufolge). */
import { phrases, set, type Lexicon } from './shape.ts';

const DE_VERBS = `
  sagen sagt sagte sagten sagst gesagt erklären erklärt erklärte erklärten betonen betont betonte
  betonten meinen meint meinte meinten fügte fügt hinzufügen warnen warnt warnte warnten
  kritisieren kritisiert kritisierte kritisierten fordern fordert forderte forderten nennen nennt
  nannte nannten antworten antwortet antwortete antworteten schreiben schreibt schrieb schrieben
  berichten berichtet berichtete berichteten erzählen erzählt erzählte erzählten räumte räumt
  versichern versichert versicherte bekräftigen bekräftigt bekräftigte behaupten behauptet
  behauptete behaupteten bestätigen bestätigt bestätigte verteidigen verteidigt verteidigte
  ergänzt ergänzte ergänzten erwidert erwiderte entgegnete entgegnet kündigte kündigt
  beklagt beklagte klagt klagte mahnt mahnte verspricht versprach teilte teilt sprach spricht
  zitiert zitierte rief ruft fragt fragte fragten
  mitteilte mitteilten hinzufügte hinzufügten ankündigte ankündigten einräumte einräumten
  unterstrich unterstreicht twittert twitterte twitterten postet postete posteten
  versetzte erwiderte sprach fuhr
  murmelt murmelte flüstert flüsterte seufzt seufzte schreit schrie stammelt stammelte brummt
  brummte knurrt knurrte zischt zischte schimpft schimpfte lobt lobte jubelt jubelte wiederholt wiederholte beharrt beharrte protestiert
  protestierte fleht flehte drängt drängte unterbricht unterbrach bat
  stöhnte keuchte jammerte maulte schnaubte spottete befahl
  begründen begründet begründete begründeten erläutern erläutert erläuterte erläuterten bemerkt
  bemerkte beteuert beteuerte beteuerten schildert schilderte schilderten beschreibt beschrieb beschrieben konterte kontert
  monierte moniert bemängelte bemängelt rügte rügt bedauerte bedauert verkündete verkündet
  appellierte appelliert widersprach widerspricht resümierte bilanzierte gestand gesteht
  kommentiert kommentierte erinnert erinnerte formuliert formulierte formulierten warf wirft`;

export const de: Lexicon = {
  lang: 'de',
  verbs: set(DE_VERBS),
  cognition: set('glaubt glaubte denkt dachte findet fand meint meinte'),
  finite: set('ist sind war waren hat haben hatte hatten wird werden wurde wurden kam ging'),
  pastAfterName: set(),
  timeNouns: set('woche monat jahr abend morgen tag'),
  timeOpeners: set('letzte letzten vergangene vergangenen'),
  // "fuhr … fort" (went on) is also "drove": a verb of saying only with a subject of its own.
  ambiguous: set('fuhr'),
  particleVerbs: new Map(
    ['hielt', 'hält', 'hielten', 'halten'].map((form) => [form, set('dagegen entgegen')]),
  ),
  phrases: [
    { words: ['laut'], side: 'after' },
    { words: ['nach', 'angaben'], side: 'after' },
    { words: ['nach', 'ansicht'], side: 'after' },
    { words: ['nach', 'auffassung'], side: 'after' },
    { words: ['nach', 'einschätzung'], side: 'after' },
    { words: ['nach', 'worten'], side: 'after' },
    { words: ['zufolge'], side: 'before' },
    { words: ['so'], side: 'after', afterQuoteOnly: true },
  ],
  pronouns: new Map([
    ['er', 'singular'],
    ['sie', 'any'],
    ['es', 'singular'],
  ]),
  pronounGender: new Map([
    ['er', 'male'],
    // (Also "they": only a singular antecedent is asked to be a woman.)
    ['sie', 'female'],
    ['es', 'thing'],
  ]),
  eitherGender: set(),
  honorificGender: new Map([
    ['Herr', 'male'],
    ['Frau', 'female'],
  ]),
  viewpoint: set('für'),
  roleModifiers: set(),
  oneOf: set(
    'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert einige mehrere',
    'viele manche beide wenige',
  ),
  roleAbbreviations: new Map(),
  topic: [],
  thingRelatives: set(),
  relatives: set('der die'),
  determiners: set(
    'der die das den dem des ein eine einer eines einem einen sein seine ihre ihr',
    // Their other cases, and the possessive relatives and demonstratives ("Deren Sprecher …").
    'seinen seinem seiner ihren ihrem ihrer dessen deren dieser diese dieses diesem diesen',
    // The possessives of the other persons ("Meine Nachbarin sagte", "Unser Lehrer").
    'mein meine meinen meinem meiner unser unsere unseren unserem unserer dein deine euer eure',
  ),
  pluralDeterminers: set('viele einige mehrere beide zwei drei vier fünf'),
  genitives: set('der des'),
  definites: set('der die das den dem des dieser diese im vom beim zum zur'),
  demonstratives: set('dieser diese'),
  objectPronouns: new Map([
    ['ihm', 'er'],
    ['ihr', 'sie'],
  ]),
  collectiveOpeners: set('Team Lager'),
  possessives: set(
    'sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer mein meine meinen meinem meiner',
    'unser unsere unseren unserem unserer dein deine euer eure',
  ),
  spouses: {
    owners: new Map([
      ['sein', 'male'],
      ['seine', 'male'],
      ['ihr', 'female'],
      ['ihre', 'female'],
    ]),
    words: set('frau ehefrau mann ehemann schwester bruder tochter sohn mutter vater'),
  },
  auxiliaries: set('hat haben hatte hatten wird werden'),
  subordinators: set('weil obwohl'),
  expletives: set(),
  asides: phrases('zum beispiel|etwa|jedoch|allerdings|indes|seinerseits|ihrerseits'),
  toWords: set(),
  titlePrepositions: set(),
  between: set(
    'auch zudem dagegen noch bereits schon ebenfalls außerdem jedoch aber nun dann allerdings',
    'trotzdem dennoch gleichwohl daher deshalb inzwischen mittlerweile später zuvor erneut',
    'wiederum hingegen sich',
  ),
  asWords: set('wie'),
  prepositions: set(
    'in im an am auf aus bei mit nach von vom vor zu zum zur über unter für gegen um durch ohne',
    'seit bis während wegen trotz',
  ),
  stops: set('und oder aber dass weil wenn ob denn sondern als wie nachdem obwohl bevor sobald'),
  coordinators: set('und &'),
  joiners: set(),
  headBefore: set('von vom'),
  complementPrepositions: set('für'),
  participle: undefined,
  quotedAs: undefined,
  endings: { pluralVerb: /(?:en|ten|ern)$/u },
  hasContractionBefore: set(),
  subjectClitics: set(),
  nullSubject: false,
  inciseAuxiliaries: set(),
  invertsAfterComma: true,
  participleLast: true,
  ordinalFullStop: true,
  copulas: set('ist sind war waren sei seien sein gewesen'),
  openers: set(
    'in im an am auf aus bei mit nach von vom vor zu zum zur für gegen um seit während wegen',
    'trotz als wenn weil dass beim auch doch denn aber und ob wie nachdem obwohl bevor sobald',
    // Sentence adverbs, written with a capital at a sentence's start and no one's name (those
    // that put the verb right after them are `verbSecond`).
    'nur mehr jene dabei daher immerhin zwar sogar insgesamt inzwischen erst',
    // Prepositions that open a sentence ("Dank ihm …", "Angesichts der Lage …").
    'dank angesichts ohne über unter neben hinter zwischen gegenüber infolge',
  ),
  titles: set(
    'Geschäftsführer Geschäftsführerin Vorsitzender Vorsitzende Bürgermeister Bürgermeisterin',
    'Minister Ministerin Präsident Präsidentin Sprecher Sprecherin Rentner Rentnerin Direktor',
    'Direktorin Chef Chefin Leiter Leiterin Dr. Prof. Herr Frau Stadtrat Stadträtin',
    'Fraktionsvorsitzende Fraktionsvorsitzender',
  ),
  honorifics: set('Herr Frau Dr. Prof.'),
  organisations: set(
    'Stadtwerke Verein Mieterverein Partei Fraktion Rat Stadtrat Verband Gesellschaft GmbH AG',
    'Ministerium Amt Behörde Bank Zeitung Tageblatt Liste Bürgerunion Ausschuss Werkausschuss',
    'Unternehmen Konzern Firma Blatt Klub Club',
  ),
  roleGender: {
    female: set(
      'mutter schwester tochter tante großmutter oma mädchen nachbarin freundin ehefrau',
      'sprecherin geschäftsführerin ministerin präsidentin bürgermeisterin chefin leiterin frau',
      'kanzlerin politikerin direktorin richterin anwältin expertin landrätin senatorin',
    ),
    male: set(
      'vater bruder sohn mann onkel großvater opa junge nachbar freund ehemann',
      'der sprecher geschäftsführer minister präsident bürgermeister chef leiter herr',
      'kanzler politiker direktor richter anwalt experte landrat senator',
    ),
  },
  objectClitics: set(),
  conjunctions: set('und aber doch denn oder'),
  kin: set(
    'vater mutter bruder schwester sohn tochter mann frau onkel tante großvater großmutter opa',
    'oma junge mädchen fremde nachbar nachbarin freund freundin',
  ),
  verbSecond: set(
    'da dann danach später daraufhin anschließend zuvor zudem außerdem heute gestern nun jetzt',
    'schließlich zunächst darauf dazu hier dort deshalb deswegen trotzdem dennoch damals bald',
    'sofort plötzlich endlich wieder zuletzt erneut ebenso ebenfalls anders ähnlich genauso',
    // Pronominal adverbs ("Darin schreibt er über seine Lehrjahre: »…«", "Darin heißt es").
    'darin daran darum darüber darunter dafür dagegen damit davon davor dahinter daneben',
    'dazwischen hierin hierzu hierbei hiermit hierfür',
  ),
  verbSecondObjects: set('sich mir mich uns ihm'),
  verbSecondBeforeNoun: set('als'),
  resumptives: set('das dies so'),
  cleftOpeners: set(),
  speechNouns: {
    nouns: set(
      'worte worten frage antwort urteil einschätzung fazit satz bemerkung warnung klage kritik',
      'appell bitte erklärung versprechen eingeständnis erwiderung entgegnung replik',
    ),
    agents: set('von'),
  },
  indefiniteArticles: set('ein eine einen einem einer eines'),
  sourceNouns: set('kreise quellen'),
  addressTitles: set('Herr Frau'),
  indefinites: set(
    'alle andere anderen manche viele einige mehrere beide jeder jede jedes niemand jemand keiner',
    'keine man alles nichts etwas wer wenig weniger viel mehr',
    // "I", "you" and "we" in every case, and the polite "Ihnen" ("Reicht Ihnen das?").
    'ich mich mir du dich dir wir uns euch ihnen',
  ),
  works: {
    nouns: set(
      'podcast podcasts ausstellung rubrik schlagwort schlagworts hashtag dokument',
      'buch buches film films lied liedes album albums roman romans stück stücks serie serien',
      'dokumentation gedicht gedichts essay kolumne titel schlagzeile motto slogan broschüre',
      'bericht berichts studie gutachten gutachtens magazin magazins zeitschrift',
    ),
    titled: set('mit dem titel'),
    named: set(
      'petition programm programms projekt projekts kampagne initiative aktion gruppe bündnis gasthof',
      'gasthofs restaurant hotel show sendung plan',
    ),
    authors: set('autor autorin autoren'),
  },
  terms: {
    nouns: set(
      'formulierung begriff begriffs satz satzes wort wortes ausdruck behauptung bezeichnung',
    ),
    joiners: set('dass'),
    alternatives: set('oder und statt anstatt nicht sondern'),
    meaning: set('bedeutet bedeutete bedeuten bedeuteten'),
    glosses: ['das heißt'],
  },
  labelNouns: set('warnstufe alarmstufe stufe status'),
  namedWords: set('gilt galt nennt nennen', 'namens genannt getauft nannte nannten bezeichnet'),
  passiveNaming: set(),
  soCalled: set('sogenannte sogenannten sogenannter sogenanntes sogenanntem so-genannte'),
  // Third person singular (and "seien"); "ich habe" shares the form, so a sentence with "ich"
  // outside its quotations is not read as reported.
  reportedMood: {
    forms: set(
      'sei seien habe werde gebe könne müsse solle wolle dürfe möge wisse gehe komme stehe',
      'bleibe liege fehle gelte brauche',
    ),
    notWith: set('ich'),
  },
  personEndings: [
    'erin',
    'istin',
    'ystin',
    'entin',
    'antin',
    'eurin',
    'ärin',
    'arin',
    'orin',
    'är',
  ],
  ageNoun: /^(\d{1,3})-jährigen?$/u,
  decadeNouns: new Map(),
  personNounEnding: /\p{L}{3}(?:er|ent|ist|or)$/u,
  personKinds: set(
    'zeuge zeugin fan anwohner anwohnerin passant passantin fahrer fahrerin besucher besucherin',
    'kunde kundin patient patientin rentner rentnerin arbeiter arbeiterin schüler schülerin',
    'nachbar nachbarin kollege kollegin tourist touristin mieter mieterin gast herr mann frau',
  ),
  interviewedWith: { we: set('wir'), with: set('mit') },
  streetNouns: set(),
  replyVerbs: set('antwortete antwortet entgegnete entgegnet erwiderte erwidert konterte'),
  askVerbs: set('fragte fragt gefragt'),
  whetherWords: set('ob'),
  readingVerbs: set('las liest verlas verliest vorgelesen zitierte zitiert'),
  signNouns: set(
    'schild schilder zettel plakat plakate transparent transparente aushang aufkleber',
  ),
  crowdNouns: set('sprechchöre sprechchören rufe rufen'),
  interviewers: set(
    'journalist journalistin redakteur redakteurin reporter reporterin moderator moderatorin korrespondent korrespondentin',
  ),
  describingNouns: set(
    'politiker politikerin abgeordnete abgeordneter jährige kandidat kandidatin chef chefin',
    'vertreter vertreterin funktionär funktionärin',
  ),
  personNouns: set(
    'inspektor inspektorin doktor',
    'stadtoberhaupt sprecher sprecherin jährige geschäftsführerin geschäftsführer vorsitzende minister',
    'ministerin präsident präsidentin bürgermeister bürgermeisterin chef chefin leiter leiterin',
    'kanzler kanzlerin abgeordnete abgeordneter politiker politikerin direktor direktorin',
    'richter richterin anwalt anwältin experte expertin landrat landrätin senator senatorin',
    'spieler spielerin trainer trainerin kapitän kapitänin torwart stürmer stürmerin berater',
    'beraterin manager managerin gründer gründerin inhaber inhaberin mitarbeiter mitarbeiterin',
    'lehrer lehrerin arzt ärztin polizist polizistin kommissar kommissarin vertreter vertreterin',
    'unternehmer unternehmerin wissenschaftler wissenschaftlerin forscher forscherin autor',
    'autorin journalist journalistin kandidat kandidatin funktionär funktionärin',
    'ökonom ökonomin volkswirt volkswirtin verteidiger verteidigerin wirt wirtin köchin',
  ),
  roleSynonyms: new Map([
    ['rathauschef', ['bürgermeister']],
    ['rathauschefin', ['bürgermeisterin']],
    ['stadtoberhaupt', ['bürgermeister', 'bürgermeisterin']],
    ['regierungschef', ['ministerpräsident', 'kanzler']],
    ['regierungschefin', ['ministerpräsidentin', 'kanzlerin']],
    // The head of a firm, whom the text names by a post or as its owner.
    ['firmenchef', ['geschäftsführer', 'inhaber', 'vorstandschef', 'vorstandsvorsitzende']],
    ['firmenchefin', ['geschäftsführerin', 'inhaberin', 'vorstandschefin', 'vorstandsvorsitzende']],
    // In a trial, the defence's lawyer.
    ['verteidiger', ['anwalt', 'rechtsanwalt']],
    ['verteidigerin', ['anwältin', 'rechtsanwältin']],
    // A scientist the text names by a field or a post.
    ['forscher', ['professor', 'epidemiologe', 'wissenschaftler', 'neurologe']],
    ['forscherin', ['professorin', 'epidemiologin', 'wissenschaftlerin', 'neurologin']],
  ]),
  times: set(
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai',
    'Juni Juli August September Oktober November Dezember',
  ),
  closingAbbreviations: set('usw'),
  abbreviations: set('dr prof nr bzw ca usw vgl z b d h s str'),
  maxNameWords: 2,
  nounsCapitalised: true,
};
