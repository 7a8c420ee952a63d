/**
 * The words speaker attribution knows, per language: reporting verbs (the Gender Gap Tracker lists
 * in `attribution-verbs.json`, plus the verbs of saying those lists leave out), phrases that name a
 * source ("according to"), subject pronouns, and the small closed classes the noun-phrase rules
 * need (determiners, auxiliaries, prepositions, titles). English is the fullest; German, French and
 * Spanish have what their common reporting patterns need ("sagte sie", "selon X", "dijo X").
 */
import { guardFor } from '../contract/vocabulary.ts';
import verbTable from './data/verbs.json' with { type: 'json' };

/** The languages with their own word lists; any other language uses English. */
export const LEXICON_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];
export const isLexiconLanguage = guardFor(LEXICON_LANGUAGES);

/** Where a source phrase has its speaker: after it ("according to X") or before ("X zufolge"). */
export type PhraseSide = 'after' | 'before';

export interface SourcePhrase {
  /** The words of the phrase, lower-case. */
  words: readonly string[];
  side: PhraseSide;
}

export interface Lexicon {
  lang: LexiconLanguage;
  /** Inflected reporting-verb forms, lower-case. */
  verbs: ReadonlySet<string>;
  /** Verbs of thinking: they attribute only a quotation that is a full statement. */
  cognition: ReadonlySet<string>;
  /** Forms that are as often nouns ("claims", "reports"): a cue only with a subject right before. */
  ambiguous: ReadonlySet<string>;
  phrases: readonly SourcePhrase[];
  /** Subject pronouns, with the number they ask of their antecedent. */
  pronouns: ReadonlyMap<string, 'singular' | 'plural' | 'any'>;
  /** Relative pronouns that stand for the noun phrase before them ("McConnell, who said"). */
  relatives: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Definite articles and demonstratives: "the senator" points back to someone named. */
  definites: ReadonlySet<string>;
  /** Determiners that open a genitive inside a noun phrase (German "der", "des"). */
  genitives: ReadonlySet<string>;
  /** Auxiliaries, negation and adverbs that may stand between a subject and its verb. */
  between: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** Conjunctions and other words that end a noun phrase. */
  stops: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  /** Words that open a sentence with an adverbial ("In December, …", "After the vote, …"). */
  openers: ReadonlySet<string>;
  /** Capitalised words that are titles or roles, not names ("President", "Lt."). */
  titles: ReadonlySet<string>;
  /** Honorifics kept with the name they precede ("Mr Pryce"). */
  honorifics: ReadonlySet<string>;
  /** Capitalised words that end an organisation's name, not a person's. */
  organisations: ReadonlySet<string>;
  /** Heads of a definite description of a person ("the senator", "die 74-Jährige"). */
  personNouns: ReadonlySet<string>;
  /** Capitalised words that are times, not names (days, months). */
  times: ReadonlySet<string>;
  /** Common finite verbs (irregular past forms), which end a noun phrase ("US officials went"). */
  finite: ReadonlySet<string>;
  /** Lower-case nouns of time ("week", "morning"), skipped between a subject and its verb. */
  timeNouns: ReadonlySet<string>;
  /** Words that open a time phrase without a preposition ("last week"). */
  timeOpeners: ReadonlySet<string>;
  /** Abbreviations that take a full stop without ending the sentence. */
  abbreviations: ReadonlySet<string>;
  /** The most words a person's name may have (German capitalises every noun). */
  maxNameWords: number;
  /** True where every noun is capitalised, so capitals alone do not mark a name. */
  nounsCapitalised: boolean;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const set = (...parts: string[]): ReadonlySet<string> => new Set(parts.flatMap(words));

/** Verbs of saying the Gender Gap Tracker English list leaves out, with their forms. */
const EN_MORE_VERBS = `
  deny denies denied denying imply implies implied implying concede concedes conceded conceding
  contend contends contended contending maintain maintains maintained maintaining
  observe observes observed observing remark remarks remarked remarking repeat repeats repeated
  repeating joke jokes joked joking quip quips quipped quipping recall recalls recalled recalling
  recount recounts recounted recounting ask asks asked asking answer answers answered answering
  shout shouts shouted shouting call calls called calling urge urges urged urging
  vow vows vowed vowing promise promises promised promising pledge pledges pledged pledging
  stress stresses stressed stressing emphasise emphasises emphasised emphasising emphasize
  emphasizes emphasized emphasizing complain complains complained complaining
  boast boasts boasted boasting agree agrees agreed agreeing counter countered countering
  retort retorts retorted retorting charge charged charging accuse accuses accused accusing
  blast blasts blasted blasting slam slams slammed slamming liken likens likened likening
  dub dubs dubbed dubbing brand brands branded branding label labels labelled labeled labelling
  labeling caution cautions cautioned cautioning predicted post posts posted posting
  quote quotes quoted quoting speak speaks spoke speaking admitted acknowledged recalled
  proclaim insisted wonder wonders wondered wondering muse muses mused musing
  sing sings sang singing chant chants chanted chanting cry cries cried crying
  declare declared reiterate reiterates reiterated reiterating concur concurs concurred
  conclude concluded blame blames blamed blaming`;

const EN: Lexicon = {
  lang: 'en',
  verbs: set(verbTable.verbs.en, EN_MORE_VERBS),
  cognition: set(
    'think thinks thought thinking believe believes believed believing feel feels felt feeling',
    'reckon reckons reckoned reckoning consider considers considered find finds found finding',
    'estimate estimates estimated wonder wonders wondered',
  ),
  ambiguous: set(
    'claims claim reports report states state notes note comments comment points point presents',
    'present releases release remarks finds finding thought answer answers call calls charge',
    'post posts brand label quote quotes promise promises pledge pledges stress counter dub',
    'estimates thinking feeling vow vows joke jokes chants chant cries cry calls remarks quotes',
    'answers charges counters blasts slams labels brands urges concerns testimony',
  ),
  phrases: [
    { words: ['according', 'to'], side: 'after' },
    { words: ['in', 'the', 'words', 'of'], side: 'after' },
  ],
  pronouns: new Map([
    ['he', 'singular'],
    ['she', 'singular'],
    ['it', 'singular'],
    ['they', 'plural'],
  ]),
  relatives: set('who'),
  determiners: set(
    'the a an another this that these those his her their its our my your some many several',
    'two three four five both each one other',
  ),
  genitives: set(''),
  definites: set('the this that'),
  between: set(
    'has have had was were is are be been will would could should may might must can did does do',
    'also then later again once further still even never not often previously recently',
    'repeatedly earlier first last already just only long reportedly allegedly',
  ),
  prepositions: set(
    'in on at for with by from to into about after before during under over since than as like',
    'without via through against among between per across near toward towards upon amid of',
  ),
  stops: set(
    'and or but that which who whom whose when while where because if although though so yet',
    'whether how what why nor',
  ),
  copulas: set('is are was were be been being am'),
  openers: set(
    'in on at after before during when while although though as since if despite until with',
    'without for by from under over among earlier later last this that but and yet so meanwhile',
    'however instead still then once asked speaking',
  ),
  titles: set(
    'President Vice Secretary Minister Prime Chancellor Senator Sen. Rep. Representative Gov.',
    'Governor Mayor Gen. General Lt. Lieutenant Col. Colonel Adm. Admiral Capt. Captain Sgt.',
    'Sergeant Prof. Professor Judge Justice Chief Chairman Chairwoman Chair Director Advisor',
    'Adviser Spokesman Spokeswoman Spokesperson Ambassador Commissioner Councillor Councilor',
    'Retired Former Acting Deputy Assistant Associate Executive Officer Head Leader Speaker',
    'Minority Majority Whip National Security State Del. Delegate Attorney Pope King Queen',
    'Prince Princess Sir Dame Lord Lady Rev. Reverend Bishop Father Sheriff Police Commander',
    'Editor Correspondent Reporter Columnist Founder Co-founder CEO Coach Candidate Nominee',
    'Republican Democratic Democrat Congressman Congresswoman Sen Rep Gov Gen Lt Col Capt',
    'Foreign Defense Defence Health Education Finance Home Interior Treasury Transport Chairperson',
    'Cabinet Member Ald. Alderman Premier Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Cllr',
  ),
  honorifics: set('Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Cllr Prof. Sir Dame Lord Lady'),
  organisations: set(
    'Association Council Party Committee Institute University College League Union Department',
    'Ministry Times Post News Press Company Corporation Corp. Inc. Ltd Group Agency Office',
    'Service Services Court Bank Fund Foundation Center Centre School Board Commission Authority',
    'House Senate Congress Network Campaign Society Trust Federation Organization Organisation',
    'Institution Administration Government Parliament Assembly Police Guardian Journal Herald',
    'Courier Telegraph Tribune Review Magazine Radio TV Television Channel Club Alliance',
    'Coalition Movement Forum Project Initiative Council Hospital Airlines Airways Rail Railways',
    'Bureau Commission Cabinet Army Navy Force Forces Church Museum Library Primary Academy',
    'Secondary Grammar Hall Stadium',
  ),
  personNouns: set(
    'president senator businessman businesswoman candidate nominee secretary minister lady',
    'governor mayor leader chairman chairwoman chair spokesman spokeswoman spokesperson',
    'lawmaker congressman congresswoman politician billionaire mogul official director',
    'executive professor economist analyst official councillor headteacher head chief',
    'general colonel officer commissioner ambassador premier chancellor campaigner',
  ),
  times: set(
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May',
    'June July August September October November December Today Yesterday Tonight',
  ),
  finite: set(
    'went came made took gave got had was were saw knew found left felt kept held brought began',
    'ran stood sent spent built won lost paid met led became fell grew drew rose chose broke',
    'did does has have is are seemed appeared tried wanted needed decided hoped planned sought',
    'remained stayed faced tends tend',
  ),
  timeNouns: set('week month year night morning afternoon evening weekend day today yesterday'),
  timeOpeners: set('last this next earlier later'),
  abbreviations: set(
    'mr mrs ms dr st lt gen gov sen rep jr sr col capt sgt prof mt no vs etc adm del corp inc',
    'ltd co rev hon fig jan feb mar apr jun jul aug sep sept oct nov dec approx dept est ft',
  ),
  maxNameWords: 3,
  nounsCapitalised: false,
};

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
  zitiert zitierte rief ruft fragt fragte fragten`;

const DE: Lexicon = {
  ...EN,
  lang: 'de',
  verbs: set(DE_VERBS),
  cognition: set('glaubt glaubte denkt dachte findet fand meint meinte'),
  finite: set('ist sind war waren hat haben hatte hatten wird werden wurde wurden kam ging'),
  timeNouns: set('woche monat jahr abend morgen tag'),
  timeOpeners: set('letzte letzten vergangene vergangenen'),
  ambiguous: set(''),
  phrases: [
    { words: ['laut'], side: 'after' },
    { words: ['nach', 'angaben', 'von'], side: 'after' },
    { words: ['zufolge'], side: 'before' },
    { words: ['so'], side: 'after' },
  ],
  pronouns: new Map([
    ['er', 'singular'],
    ['sie', 'any'],
    ['es', 'singular'],
  ]),
  relatives: set('der die'),
  determiners: set('der die das den dem des ein eine einer eines einem einen sein seine ihre ihr'),
  genitives: set('der des'),
  definites: set('der die das den dem des dieser diese'),
  between: set('auch zudem dagegen noch bereits schon ebenfalls außerdem jedoch aber nun dann'),
  prepositions: set(
    'in im an am auf aus bei mit nach von vom vor zu zum zur über unter für gegen um durch ohne',
    'seit bis während wegen trotz',
  ),
  stops: set('und oder aber dass weil wenn ob denn sondern als wie'),
  copulas: set('ist sind war waren sei seien sein gewesen'),
  openers: set(
    'in im an am auf aus bei mit nach von vom vor zu zum zur für gegen um seit während wegen',
    'trotz als wenn weil dass beim auch doch denn aber und',
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
  ),
  personNouns: set(
    'sprecher sprecherin jährige geschäftsführerin geschäftsführer vorsitzende minister',
    'ministerin präsident präsidentin bürgermeister bürgermeisterin chef chefin leiter leiterin',
  ),
  times: set(
    'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai',
    'Juni Juli August September Oktober November Dezember',
  ),
  abbreviations: set('dr prof nr bzw ca usw vgl z b d h s str'),
  maxNameWords: 2,
  nounsCapitalised: true,
};

const FR: Lexicon = {
  ...EN,
  lang: 'fr',
  verbs: set(verbTable.verbs.fr),
  cognition: set('pense pensait croit croyait estime estimait trouve trouvait'),
  finite: set('est sont était étaient a ont avait avaient'),
  ambiguous: set(''),
  phrases: [
    { words: ['selon'], side: 'after' },
    { words: ["d'après"], side: 'after' },
    { words: ['d’après'], side: 'after' },
  ],
  pronouns: new Map([
    ['il', 'singular'],
    ['elle', 'singular'],
    ['ils', 'plural'],
    ['elles', 'plural'],
  ]),
  relatives: set('qui'),
  determiners: set("le la les un une des du de l’ l' son sa ses leur leurs ce cette"),
  definites: set('le la les ce cette'),
  between: set('a ont avait avaient aussi encore déjà également ensuite ne pas'),
  prepositions: set('à au aux de du des en dans sur sous avec pour par chez vers entre sans'),
  stops: set('et ou mais que qui quand car si comme'),
  copulas: set('est sont était étaient être été'),
  openers: set('en dans à au pour par selon après avant pendant lors mais et'),
  titles: set('M. Mme Mlle Dr Pr président présidente ministre porte-parole directeur directrice'),
  honorifics: set('M. Mme Mlle Dr'),
  personNouns: set('président présidente ministre porte-parole directeur directrice maire'),
  times: set(
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin',
    'juillet août septembre octobre novembre décembre',
  ),
  abbreviations: set('m mme mlle dr pr st'),
  maxNameWords: 3,
};

const ES: Lexicon = {
  ...EN,
  lang: 'es',
  verbs: set(
    'dijo dice dicen dijeron decir afirmó afirma afirman aseguró asegura explicó explica',
    'señaló señala añadió añade declaró declara sostuvo sostiene indicó indica comentó comenta',
    'advirtió advierte insistió insiste respondió responde contestó contesta apuntó',
    'manifestó expresó subrayó destacó reconoció admitió negó',
  ),
  cognition: set('cree creía piensa pensaba'),
  finite: set('es son era eran fue fueron ha han había'),
  ambiguous: set(''),
  phrases: [{ words: ['según'], side: 'after' }],
  pronouns: new Map([
    ['él', 'singular'],
    ['ella', 'singular'],
    ['ellos', 'plural'],
    ['ellas', 'plural'],
  ]),
  relatives: set('quien'),
  determiners: set('el la los las un una unos unas su sus este esta'),
  definites: set('el la los las este esta'),
  between: set('también ya luego después no'),
  prepositions: set('a al de del en con por para sin sobre entre desde hasta'),
  stops: set('y o pero que cuando porque si como'),
  copulas: set('es son era eran fue ser sido está están'),
  openers: set('en con por para según tras después antes pero y'),
  titles: set('Sr. Sra. Dr. Dra. presidente presidenta ministro ministra portavoz'),
  honorifics: set('Sr. Sra. Dr. Dra. Don Doña'),
  times: set(
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio',
    'julio agosto septiembre octubre noviembre diciembre',
  ),
  abbreviations: set('sr sra dr dra ud uds'),
  maxNameWords: 3,
};

const LEXICONS: Record<LexiconLanguage, Lexicon> = { en: EN, de: DE, fr: FR, es: ES };

/** The lexicon for a BCP 47 tag (`de-CH` → German); English for any other language. */
export function lexiconFor(lang: string | undefined): Lexicon {
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  return isLexiconLanguage(primary) ? LEXICONS[primary] : EN;
}
