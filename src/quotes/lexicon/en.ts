/**
 * English: the Gender Gap Tracker's reporting verbs (`../data/verbs.json`) plus the verbs of
 * saying it leaves out, and the fullest set of the closed word classes the rules need.
 */
import { phrases, set, type Lexicon } from './shape.ts';
import verbTable from '../data/verbs.json' with { type: 'json' };

/** Negated auxiliaries, which stand between a subject and its verb like the others. */
const CONTRACTED =
  "wouldn't won't didn't doesn't don't isn't wasn't weren't hasn't haven't hadn't can't couldn't shouldn't mustn't";

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
  conclude concluded blame blames blamed blaming echo echoes echoed echoing bark barks barked
  interject interjects interjected interjecting demand demands demanded demanding pressed
  lament laments lamented lamenting scoff scoffs scoffed scoffing snapped thundered gushed
  hint hints hinted hinting texted emailed mock mocks mocked mocking confess confesses confessed
  confessing fume fumes fumed fuming opine opines opined opining exhort exhorts exhorted
  exhorting yell yells yelled yelling refer refers referred referring
  mutter mutters muttered muttering murmured murmuring whispered whispering sighed growled
  hissed grumbled grumbling stammered stuttered sobbed pleaded protested chuckled teased
  screamed gasped groaned mumbled mumbling inquired enquired interrupted objected snarled sneered
  bellowed hollered croaked wailed whined returned retorted scolded countered snorted drawled
  repeated written`;

export const en: Lexicon = {
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
    'answers charges counters blasts slams labels brands urges concerns testimony returned',
  ),
  particleVerbs: new Map(),
  phrases: [
    { words: ['according', 'to'], side: 'after' },
    { words: ['in', 'the', 'words', 'of'], side: 'after' },
    { words: ['in', 'the', 'view', 'of'], side: 'after' },
    // "As the Harbour Gazette put it, “…”", "as one aide put it": the speaker before the phrase.
    { words: ['put', 'it'], side: 'before', asClauseOnly: true },
  ],
  pronouns: new Map([
    ['he', 'singular'],
    ['she', 'singular'],
    ['it', 'singular'],
    ['they', 'plural'],
  ]),
  pronounContraction: /['’](?:s|d|ll|re|ve)$/u,
  pronounGender: new Map([
    ['he', 'male'],
    ['she', 'female'],
    ['it', 'thing'],
  ]),
  eitherGender: set(
    'Sidney Sydney Lindsey Lindsay Leslie Jordan Taylor Morgan Casey Jamie Robin Terry Tracy Dana',
    'Shannon Kerry Lee Marion Jody Kim Avery Riley Quinn Jean Carey Kendall Jesse Jessie Frankie',
  ),
  honorificGender: new Map([
    ...['Mr.', 'Mr', 'Sir', 'Lord'].map((h) => [h, 'male'] as const),
    ...['Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Dame', 'Lady'].map((h) => [h, 'female'] as const),
  ]),
  viewpoint: set('to for'),
  roleModifiers: set('vice deputy assistant acting former'),
  oneOf: set(
    'one another some many several most few two three four five six seven eight nine ten both',
  ),
  roleAbbreviations: new Map([
    ['senator', ['Sen.']],
    ['governor', ['Gov.']],
    ['representative', ['Rep.']],
    ['congressman', ['Rep.']],
    ['congresswoman', ['Rep.']],
    ['doctor', ['Dr.', 'Dr']],
    ['professor', ['Prof.']],
    ['inspector', ['Insp.']],
    ['sergeant', ['Sgt.']],
    ['captain', ['Capt.']],
    ['colonel', ['Col.']],
  ]),
  topic: [['as', 'for']],
  thingRelatives: set('which'),
  relatives: set('who'),
  determiners: set(
    'the a an another this that these those his her their its our my your some many several',
    'two three four five both each one other',
  ),
  pluralDeterminers: set('many several some most few both these those two three four five'),
  genitives: set(),
  definites: set('the this that'),
  demonstratives: set('this'),
  objectPronouns: new Map([
    ['him', 'he'],
    ['her', 'she'],
    ['them', 'they'],
  ]),
  collectiveOpeners: set('Team Camp'),
  possessives: set('his her their my your our'),
  spouses: {
    owners: new Map([
      ['his', 'male'],
      ['her', 'female'],
    ]),
    words: set('wife husband sister brother daughter son mother father'),
  },
  auxiliaries: set('have has had will would can could should may might must do does did'),
  subordinators: set('because although though'),
  expletives: set("there there's there’s here's here’s"),
  asides: phrases(
    'for example|for instance|in turn|of course|in fact|in particular|too|however|though|meanwhile',
    'instead|likewise|moreover|nonetheless|nevertheless|for his part|for her part|for their part',
  ),
  toWords: set('to'),
  titlePrepositions: set(),
  between: set(
    'has have had was were is are be been will would could should may might must can did does do',
    'also then later again once further still even never not often previously recently',
    'repeatedly earlier first last already just only long reportedly allegedly now',
    'himself herself themselves itself however all nonetheless nevertheless instead meanwhile',
    // Verbs that take a participle of saying after them ("Ron Johnson kept asking her …").
    'kept keeps began begins started starts',
    // Contracted auxiliaries ("Don Stewart wouldn't say"), typed with either apostrophe.
    CONTRACTED,
    CONTRACTED.replaceAll("'", '’'),
    // "has" after a name ("Christie's been"; `hasContractionBefore`).
    "'s ’s",
  ),
  asWords: set('as since after before until once'),
  prepositions: set(
    'in on at for with by from to into about after before during under over since than as like',
    'without via through against among between per across near toward towards upon amid of',
    'along around behind beyond inside outside throughout within beside',
  ),
  stops: set(
    'and or but that which who whom whose when while where because if although though so yet',
    'whether how what why nor',
  ),
  coordinators: set('and &'),
  joiners: set('of and'),
  headBefore: set('of'),
  complementPrepositions: set('for at from with'),
  participle: { prepositions: set('with'), ending: /ing$/ },
  quotedAs: { verbs: set('quoted quoting'), words: ['as', 'saying'] },
  passiveAddressed: {
    auxiliaries: set('was were is are be been being get gets got'),
    verbs: set('asked told questioned pressed urged reminded warned assured informed advised'),
  },
  // Nouns that end like an adverb ("Clinton ally James Carville", "the family") are no adverbs.
  endings: {
    adverb: /^(?!(?:ally|family|assembly|rally|supply|monopoly|anomaly|bully|homily)$).*..ly$/,
    past: /..ed$/,
    // "Reached by phone, Hartigan …", "Interviewed on Friday, the mayor …".
    openingParticiple: /....ed$/,
    plural: /[^s]s$/,
  },
  hasContractionBefore: set('been'),
  subjectClitics: set(),
  nullSubject: false,
  inciseAuxiliaries: set(),
  invertsAfterComma: false,
  participleLast: false,
  ordinalFullStop: false,
  copulas: set('is are was were be been being am'),
  openers: set(
    'in on at after before during when while although though as since if despite until with',
    'without for by from under over among earlier later last this that but and yet so meanwhile',
    'however instead still then once asked speaking there here now',
    // Adverbs of place ("Outside, Nora Eskin set the rules.").
    'inside outside upstairs downstairs nearby elsewhere abroad overseas',
    // Sentence adverbs that open a sentence in capitals and are no one's name ("Moreover, …").
    'moreover furthermore nonetheless nevertheless indeed perhaps maybe sure somewhere yes',
    'additionally specifically notably ultimately overall otherwise thus hence',
    'minutes hours days weeks months years moments',
    // Prepositions that open a sentence ("Thanks to her, …", "Unlike Smith, …").
    'thanks unlike like amid beyond behind against across within throughout toward towards upon',
  ),
  titles: set(
    'President Vice Secretary Minister Prime Chancellor Senator Sen. Rep. Representative Gov.',
    'Governor Mayor Gen. General Lt. Lieutenant Col. Colonel Adm. Admiral Capt. Captain Sgt.',
    'Sergeant Prof. Prof Professor Judge Justice Chief Chairman Chairwoman Chair Director Advisor',
    'Adviser Spokesman Spokeswoman Spokesperson Ambassador Commissioner Councillor Councilor',
    'Retired Former Acting Deputy Assistant Associate Executive Officer Head Leader Speaker',
    'Minority Majority Whip National Security State Staff Del. Delegate Attorney Pope King Queen',
    'Prince Princess Sir Dame Lord Lady Rev. Reverend Bishop Father Sheriff Police Commander',
    'Editor Correspondent Reporter Columnist Founder Co-founder CEO Coach Candidate Nominee',
    'Republican Democratic Democrat Congressman Congresswoman Sen Rep Gov Gen Lt Col Capt',
    'Foreign Defense Defence Health Education Finance Home Interior Treasury Transport Chairperson',
    'Cabinet Member Ald. Alderman Premier Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Cllr',
    // Police ranks ("Detective Inspector Mark Sullivan", "Det. Supt. Ann Lee").
    'Detective Det. Inspector Insp. Constable PC Superintendent Supt. Chief Inspector Officer',
  ),
  honorifics: set('Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Cllr Prof. Prof Sir Dame Lord Lady'),
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
  roleGender: {
    female: set(
      'mother sister daughter wife aunt grandmother woman girl',
      'spokeswoman businesswoman chairwoman congresswoman lady mrs ms',
    ),
    male: set(
      'father brother son husband uncle grandfather man boy',
      'spokesman businessman chairman congressman mr',
    ),
  },
  objectClitics: set(),
  conjunctions: set('and but yet so or'),
  kin: set(
    'father mother brother sister son daughter husband wife uncle aunt grandfather grandmother',
    'man woman boy girl stranger neighbour neighbor friend',
  ),
  verbSecond: set(),
  verbSecondObjects: set(),
  verbSecondBeforeNoun: set(),
  resumptives: set('so'),
  cleftOpeners: set(),
  speechNouns: {
    nouns: set(
      'verdict words question remark answer assessment reply warning message comment conclusion',
      'plea complaint appeal criticism explanation promise admission retort rejoinder',
    ),
    agents: set('of from by'),
  },
  indefiniteArticles: set('a an'),
  sourceNouns: set('sources officials'),
  addressTitles: set('Mr. Mrs. Ms.'),
  indefinites: set(
    'all others many some both everyone everybody nobody none several each few most anyone',
    'anybody someone somebody',
  ),
  works: {
    nouns: set(
      'podcast podcasts exhibition exhibitions heading hashtag document documents',
      'book books film films movie movies song songs album albums novel novels play plays show drama',
      'shows series documentary poem poems essay essays column columns headline slogan motto',
      'memoir memoirs report reports brochure title magazine magazines',
    ),
    titled: set('titled entitled'),
    named: set(
      'petition program programs programme programmes project projects campaign initiative scheme operation',
      'group coalition plan',
    ),
    authors: set('author authors co-author'),
  },
  terms: {
    nouns: set('phrase phrases term terms word words expression wording claim label'),
    joiners: set('that'),
    alternatives: set('or and nor not rather than instead of'),
    meaning: set('mean means meant'),
    glosses: ['that is ,'],
  },
  ageNoun: /^(\d{1,3})-year-old$/u,
  decadeNouns: new Map([
    ['sexagenarian', 60],
    ['septuagenarian', 70],
    ['octogenarian', 80],
    ['nonagenarian', 90],
  ]),
  labelNouns: set('status level alert warning'),
  namedWords: set(
    'hailed billed branded known labelled labeled call calls',
    'named called nicknamed dubbed christened',
  ),
  passiveNaming: set('known'),
  soCalled: set('so-called'),
  reportedMood: { forms: set(), notWith: set() },
  personEndings: [],
  personNounEnding: /\p{L}{3}(?:er|or|ist|ian)$/u,
  personKinds: set(
    'fan supporter witness bystander onlooker spectator driver passenger resident nurse teacher',
    'student shopkeeper steward passer-by voter worker customer patient parent visitor protester',
    'neighbour neighbor colleague tourist tenant tenants man woman paramedic firefighter',
  ),
  interviewedWith: { we: set('we'), with: set('with') },
  streetNouns: set(),
  replyVerbs: set(
    'replied replies reply answered answers answer responded responds retorted countered counters',
  ),
  askVerbs: set('asked asks ask'),
  whetherWords: set('whether if'),
  readingVerbs: set('read reads'),
  signNouns: set(
    'sign signs placard placards banner banners poster posters notice notices sticker stickers',
  ),
  crowdNouns: set('chants chant cries shouts'),
  interviewers: set('journalist reporter correspondent editor interviewer host presenter'),
  describingNouns: set(
    'politician lawmaker official leader candidate nominee lady executive head chief',
  ),
  personNouns: set(
    'president senator businessman businesswoman candidate nominee secretary minister lady',
    'governor mayor leader chairman chairwoman chair spokesman spokeswoman spokesperson',
    'lawmaker congressman congresswoman politician billionaire mogul official director',
    'executive professor economist analyst official councillor headteacher head chief',
    'general colonel officer commissioner ambassador premier chancellor campaigner',
    'doctor inspector detective sergeant captain constable superintendent nurse judge',
    'prosecutor lawyer attorney coach postman volunteer pensioner',
    // Officers' titles written as initials ("the CFO interrupted").
    'ceo cfo coo cto',
    // Members of a parliament ("the MP said", "the MEP").
    'mp mep msp mla',
  ),
  roleSynonyms: new Map([
    ['attorney', ['lawyer']],
    ['magistrate', ['judge']],
    // A scientist the text names by a field or a post.
    ['researcher', ['professor', 'scientist', 'epidemiologist', 'neurologist', 'neuroscientist']],
  ]),
  times: set(
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May',
    'June July August September October November December Today Yesterday Tonight',
  ),
  finite: set(
    'went came made took gave got had was were saw knew found left felt kept held brought began',
    'ran stood sent spent built won lost paid met led became fell grew drew rose chose broke',
    'did does has have is are seemed appeared tried wanted needed decided hoped planned sought',
    'remained stayed faced tends tend',
    // Irregular past forms, which no ending shows: "Sethna shot back, saying …" ends the subject
    // at "Sethna" ("hit", "cut", "set" and "cast" are often nouns, "a tax cut": `pastAfterName`).
    'threw shot struck fought bought thought sat put let quit hurt dealt meant heard sold swore read',
    'wore tore woke rode drove flew blew dug hung fed fled bent lent shook stole stuck slid',
    'swept swung taught caught withdrew upheld oversaw undertook forgot forgave sank sang rang',
  ),
  pastAfterName: set('set cut hit cast'),
  timeNouns: set(
    'week month year night morning afternoon evening weekend day today yesterday minute minutes hour hours moment moments days weeks months years',
  ),
  timeOpeners: set('last this next earlier later'),
  closingAbbreviations: set('corp inc ltd co jr sr etc'),
  abbreviations: set(
    'mr mrs ms dr st lt gen gov sen rep jr sr col capt sgt prof mt no vs etc adm del corp inc',
    'ltd co rev hon fig jan feb mar apr jun jul aug sep sept oct nov dec approx dept est ft',
  ),
  maxNameWords: 3,
  nounsCapitalised: false,
};
