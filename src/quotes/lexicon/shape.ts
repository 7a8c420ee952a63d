/**
 * The shape of a language's lexicon: every word list speaker attribution reads. Each language
 * has its own file (`en.ts`, `de.ts`, …) that fills in every field itself: a list the language
 * has no words for is written out empty (`set()`), never taken from another language.
 */
import { guardFor } from '../../contract/vocabulary.ts';

/** The languages with their own word lists. */
export const LEXICON_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];
export const isLexiconLanguage = guardFor(LEXICON_LANGUAGES);

/** Where a source phrase has its speaker: after it ("according to X") or before ("X zufolge"). */
export type PhraseSide = 'after' | 'before';

export interface SourcePhrase {
  /** The words of the phrase, lower-case. */
  words: readonly string[];
  side: PhraseSide;
  /** A cue only right after a quotation (German „…“, so Albers), as the word has other uses. */
  afterQuoteOnly?: boolean;
  /**
   * A cue only in a clause that one of `asWords` opens, right before its subject ("as one aide
   * put it"), as the words have other uses ("voters put it on hold").
   */
  asClauseOnly?: boolean;
}

/** What a pronoun asks of its antecedent: a man, a woman, or no person (an organisation). */
export type Gender = 'male' | 'female' | 'thing';

export interface Lexicon {
  lang: LexiconLanguage;
  /** Inflected reporting-verb forms, lower-case. */
  verbs: ReadonlySet<string>;
  /** Verbs of thinking: they attribute only a quotation that is a full statement. */
  cognition: ReadonlySet<string>;
  /** Forms that are as often nouns ("claims", "reports"): a cue only with a subject right before. */
  ambiguous: ReadonlySet<string>;
  /**
   * Verb forms that are verbs of saying only with one of their particles later in the sentence
   * (German "„…“, hielt Brenner dagegen", countered; not "hält den Plan für …", considers).
   * Empty where the language has none.
   */
  particleVerbs: ReadonlyMap<string, ReadonlySet<string>>;
  phrases: readonly SourcePhrase[];
  /** Subject pronouns, with the number they ask of their antecedent. */
  pronouns: ReadonlyMap<string, 'singular' | 'plural' | 'any'>;
  /**
   * A verb contracted onto a subject pronoun ("he’s", "they're"): the word is still the pronoun.
   * Absent where the language writes none.
   */
  pronounContraction?: RegExp;
  /** The gender a pronoun asks of a person it stands for ("she": female; "it": none). */
  pronounGender: ReadonlyMap<string, Gender>;
  /** Honorifics that say a person's gender ("Mrs", "Herr"). */
  honorificGender: ReadonlyMap<string, 'male' | 'female'>;
  /**
   * First names given to both sexes that the first-name lists give one gender ("Sidney",
   * "Lindsey"): they say no gender.
   */
  eitherGender: ReadonlySet<string>;
  /**
   * Prepositions that open a sentence with whose view it gives ("To Florida consultant Wilson,
   * the party line is silly"): the person named before the comma is who a later "he" stands for,
   * and whose words a colon that ends the clause introduces ("Für Anwohnerin Gisela Maier ist
   * klar: „…“"). (English "for" was tried: on PolNeAR train it named 13 wrong speakers.)
   */
  viewpoint: ReadonlySet<string>;
  /**
   * Words that make a role another one ("vice president", "former president"): "the former
   * president" is only the person the text names with both words.
   */
  roleModifiers: ReadonlySet<string>;
  /**
   * Words that make what follows unnamed members of a set ("one New Hampshire Republican",
   * "another Democrat", "some Republicans"): the capitals right after one name no one.
   */
  oneOf: ReadonlySet<string>;
  /** Abbreviations of a role written before a name ("Sen. Ted Cruz" is a senator). */
  roleAbbreviations: ReadonlyMap<string, readonly string[]>;
  /**
   * Phrases, lower-case words, that open a sentence with its topic ("As for Trump, he said"): a
   * pronoun right after the comma stands for the person named there.
   */
  topic: readonly (readonly string[])[];
  /** Relative pronouns only for a thing ("Network Sorrel, which owns …"): no person's name. */
  thingRelatives: ReadonlySet<string>;
  /** Relative pronouns that stand for the noun phrase before them ("McConnell, who said"). */
  relatives: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /**
   * Determiners that say a phrase is plural even when its head is capitalised: "many Latino
   * Republicans", "einige Grüne". A name after one is a group, never "he" or "she".
   */
  pluralDeterminers: ReadonlySet<string>;
  /** Definite articles and demonstratives: "the senator" points back to someone named. */
  definites: ReadonlySet<string>;
  /**
   * Demonstratives alone ("this", "cette", "diese"): "raconte cette mère de famille de 45 ans"
   * points back to the one last spoken of, as an age does.
   */
  demonstratives: ReadonlySet<string>;
  /**
   * Pronouns as the object of a phrase that names a source, each with its subject form
   * ("according to him", "selon lui", "según ella"): "he", "il", "ella" for the speaker.
   */
  objectPronouns: ReadonlyMap<string, string>;
  /** Capitalised words that make a group of the name after them ("Team Trump", "Camp Clinton"). */
  collectiveOpeners: ReadonlySet<string>;
  /** Possessive determiners ("his", "seine", "su", "sa"): "his wife" names someone by relation. */
  possessives: ReadonlySet<string>;
  /**
   * The possessives that say their owner's gender ("his", "her"; "sein", "ihr"), and the words for
   * a member of the family, who shares the owner's surname ("wife", "sister", "father"; their
   * gender is `roleGender`'s): "said his wife" is the woman of the nearest man's surname ("Mrs.
   * Lambert" after "Mr. Lambert").
   */
  spouses: {
    owners: ReadonlyMap<string, 'male' | 'female'>;
    words: ReadonlySet<string>;
  };
  /** Determiners that open a genitive inside a noun phrase (German "der", "des"). */
  genitives: ReadonlySet<string>;
  /** Auxiliary verbs, after which a noun-or-verb form is a noun: "Most states have …". */
  auxiliaries: ReadonlySet<string>;
  /** Words that open a clause of reason or concession inside a sentence ("because", "although"). */
  subordinators: ReadonlySet<string>;
  /** Words that open a sentence with no subject of their own ("There's no denying he …"). */
  expletives: ReadonlySet<string>;
  /** Auxiliaries, negation and adverbs that may stand between a subject and its verb. */
  between: ReadonlySet<string>;
  /**
   * A negation elided onto the word after it, which is then a verb, whatever the verb lists say
   * (French "n'": "La préfète n'exclut pas …" ends its subject at "n'exclut"). Absent where the
   * language elides none.
   */
  negationElided?: RegExp;
  /**
   * The words that open a cleft sentence naming who did something ("C'est Bruno Lefèvre, …, qui
   * a signalé …"): right after a quotation standing alone, the one named said it. Empty where the
   * language has none of one word.
   */
  cleftOpeners: ReadonlySet<string>;
  /**
   * Prepositions of whom words are said to ("to", "a", "à"): after a verb of saying, such a phrase
   * and then a name leave the name the subject ("dijo a EFE Carmen López").
   */
  toWords: ReadonlySet<string>;
  /**
   * Prepositions after which a few capitalised words in quotation marks name a newspaper or a
   * programme ("cité par « Var-Matin »", "a confié au « Monde »", "según «El País»"), where the
   * press marks such names so; empty where it sets them in italics (English).
   */
  titlePrepositions: ReadonlySet<string>;
  /**
   * Phrases set off by commas that may stand between a subject and its verb, words joined by a
   * space: "Brian Murphy, the county chairman, for example, said"; those of two or three words
   * also between a verb of saying and its subject after it ("matizó sin embargo el economista").
   */
  asides: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /**
   * Prepositions that also open a clause, whose noun may be its subject: "as Joel Pollak
   * observed, …", "since Sethna spoke only in slogans".
   */
  asWords: ReadonlySet<string>;
  /** Conjunctions and other words that end a noun phrase. */
  stops: ReadonlySet<string>;
  /** Conjunctions (and `&`) that join two names into one speaker: "Burton and Nick". */
  coordinators: ReadonlySet<string>;
  /** Words that join two nouns inside one noun phrase: "Secretary of State", "Burton and Nick". */
  joiners: ReadonlySet<string>;
  /** Words after which a phrase is about the noun before them: "Beth Morrow of the Campaign". */
  headBefore: ReadonlySet<string>;
  /** Prepositions after the head of a subject: "A spokesman for Trump said" (the head is before). */
  complementPrepositions: ReadonlySet<string>;
  /** A noun after this preposition is the subject of a participle: "with X telling Y that …". */
  participle: { prepositions: ReadonlySet<string>; ending: RegExp } | undefined;
  /** "quoted X as saying": the verbs, and the words that follow the speaker. */
  quotedAs: { verbs: ReadonlySet<string>; words: readonly string[] } | undefined;
  /**
   * Verbs of speaking to someone ("asked", "told") and the auxiliaries that make them passive
   * ("Blumenthal was asked, “…?”"): the subject is the one spoken to, so the verb is no cue.
   * Absent where no rule is written for the language.
   */
  passiveAddressed?: { auxiliaries: ReadonlySet<string>; verbs: ReadonlySet<string> };
  /**
   * Endings that mark a lower-case word as an adverb ("reportedly"), a past verb ("gathered") or
   * a plural noun ("officials"), where the language has reliable ones.
   */
  endings: {
    adverb?: RegExp;
    past?: RegExp;
    plural?: RegExp;
    /**
     * A verb's ending in the plural, where a pronoun may be either ("sagten sie" is "they",
     * "sagte sie" "she"): read on a verb of saying, finite verb or auxiliary next to the pronoun.
     */
    pluralVerb?: RegExp;
    /**
     * A past participle that opens a sentence with its phrase before the subject ("Interrogé par
     * France Bleu, le député …", "Preguntado por la prensa, el alcalde …").
     */
    openingParticiple?: RegExp;
  };
  /**
   * Subject pronouns written onto the verb with a hyphen ("a-t-elle", "dit-il"): the tokenizer
   * splits them off, so the pronoun is the verb's subject. Empty where the language has none.
   */
  subjectClitics: ReadonlySet<string>;
  /**
   * Words after which a name's "'s" is "has", not a possessive ("Christie's been making the
   * case"): the name and its "'s" are then two words.
   */
  hasContractionBefore: ReadonlySet<string>;
  /**
   * The subject pronoun may be left out ("«…», añadió."): a verb of saying right after a
   * quotation, with no subject written, is the last named speaker's.
   */
  nullSubject: boolean;
  /**
   * The reporting clause may stand inside the quotation's marks, set off by commas (an incise:
   * "« Karim est l'âme du groupe, a souligné Marchand. Quand il parle, tout le monde se tait. »"):
   * the auxiliaries that may open such a clause before the verb ("a", "a-t-il"). Empty where the
   * language closes the quotation before its reporting clause.
   */
  inciseAuxiliaries: ReadonlySet<string>;
  /** A reporting verb after a comma may have its subject after it: "…, sagte sie". */
  invertsAfterComma: boolean;
  /**
   * After an auxiliary, the participle ends the clause, and what stands right before it is its
   * object, not its subject: "Merkel hat am Montag die Pläne verteidigt".
   */
  participleLast: boolean;
  /** Ordinals are written with a full stop ("zum 1. Januar"), which then ends no sentence. */
  ordinalFullStop: boolean;
  copulas: ReadonlySet<string>;
  /** Words that open a sentence with an adverbial ("In December, …", "After the vote, …"). */
  openers: ReadonlySet<string>;
  /** Capitalised words that are titles or roles, not names ("President", "Lt."). */
  titles: ReadonlySet<string>;
  /** Honorifics kept with the name they precede ("Mr Pryce"). */
  honorifics: ReadonlySet<string>;
  /** Capitalised words that end an organisation's name, not a person's. */
  organisations: ReadonlySet<string>;
  /**
   * Words that say the gender of the person a description names: articles and role nouns
   * ("la ministra", "die Ministerin", "the spokeswoman"), lower-case.
   */
  roleGender: { female: ReadonlySet<string>; male: ReadonlySet<string> };
  /**
   * Where the finite verb of a main clause comes second (German), the adverbs that can stand
   * first, before it, leaving the subject after it ("Dann sagte sie", "Danach erklärte
   * Müller"); with a preposition opening the clause ("Am Montag sagte …") the same holds.
   * Empty where the subject comes first.
   */
  verbSecond: ReadonlySet<string>;
  /**
   * Object pronouns that may stand between a verb placed second and its subject ("Nach dem Urteil
   * zeigte sich Mertens zufrieden", "Dann erklärte mir Müller"): no word of the subject. Empty
   * where the subject comes first.
   */
  verbSecondObjects: ReadonlySet<string>;
  /**
   * Words that, before a noun, open a verb-second clause as a preposition does ("Als Gründe
   * nannte der 54-Jährige die Kosten", "Als Nachfolger wurde Jan Berg gewählt"): the subject
   * follows the verb. Empty where the subject comes first.
   */
  verbSecondBeforeNoun: ReadonlySet<string>;
  /**
   * Object pronouns written before the verb ("Mateo la esperaba", "Jean le savait"): after a name
   * and before a lower-case word, one ends the name's phrase.
   */
  objectClitics: ReadonlySet<string>;
  /** Conjunctions that open a main clause and are no part of its subject ("But", "Aber"). */
  conjunctions: ReadonlySet<string>;
  /**
   * Words that say the writer quotes a name for something, not anyone's words ("the so-called
   * “bathroom bill”", "die sogenannte „Schuldenbremse“"): a short quotation right after one has
   * no speaker.
   */
  soCalled: ReadonlySet<string>;
  /**
   * Words that open a sentence by pointing back at the quotation before it, right before its
   * verb of saying ("„…“ Das sagte Jens Meier.", "«…» Así lo explicó Ana Ruiz."): that verb's
   * subject, after it, said the quotation.
   */
  resumptives: ReadonlySet<string>;
  /**
   * Nouns for words said ("verdict", "question", "Worte", "frase"), in lower case, and the
   * prepositions that give whose they are ("of", "from", "by"): a sentence right after a
   * stand-alone quotation that opens with one and names one person after one of them names its
   * speaker ("“…” That was the verdict of Aisha Mensah.", "La frase, pronunciada por Carvalho, …").
   */
  speechNouns: { nouns: ReadonlySet<string>; agents: ReadonlySet<string> };
  /**
   * Indefinite pronouns and quantifiers, in lower case, that stand for people without naming
   * them ("Tous jugent …", "Alle halten …", "Nobody said …"): no word of a name.
   */
  indefinites: ReadonlySet<string>;
  /**
   * Nouns for unnamed sources that may open a sentence with a capital and are surnames too
   * ("Fuentes del sector ferroviario apuntan …"): no one's name there (elsewhere a surname:
   * "Carlos Fuentes").
   */
  sourceNouns: ReadonlySet<string>;
  /**
   * Titles written before the name of someone spoken to, as written ("…, señor Feijoo", "…,
   * monsieur Roumanet", "…, Mr. Reed"): words that end calling someone by name are not theirs.
   */
  addressTitles: ReadonlySet<string>;
  /**
   * Indefinite articles ("a", "ein", "une"), lower-case: a person brought in with one ("Ein
   * 45-Jähriger wurde verletzt") is someone the text does not name, whom "der 45-Jährige" later
   * means.
   */
  indefiniteArticles: ReadonlySet<string>;
  /**
   * Nouns for a work with a title, in lower case ("a book called “The Long Road”", "das Buch
   * „Der lange Weg“"), and the words that may stand between one and its quoted title besides
   * `namedWords` ("titled", "intitulé"); and nouns for a thing known by a name, not quoted
   * from (`named`: "her programme “Care Close By”", "ihr umstrittenes Programm „Praxis vor
   * Ort“"), whose name is no one's words after a possessive or an adjective too.
   */
  works: {
    nouns: ReadonlySet<string>;
    titled: ReadonlySet<string>;
    named: ReadonlySet<string>;
    /** Nouns for who wrote a work: "the author of “…”", "auteur de « … »" name a title. */
    authors: ReadonlySet<string>;
  };
  /**
   * Nouns for words as words, in lower case ("the phrase “…”", "l'expression « … »", "die
   * Formulierung „…“", "the claim that “…”"), and the words that may stand between one and its
   * quotation ("that", "que", "dass"): what follows them is named, not said in the sentence.
   */
  terms: {
    nouns: ReadonlySet<string>;
    joiners: ReadonlySet<string>;
    /**
     * Words that set a second term beside one ("rather than", "ou", "statt"): the quotation
     * after them is a term too ("the word “crash” rather than “accident”").
     */
    alternatives: ReadonlySet<string>;
    /**
     * Verbs of meaning ("meant", "significaba", "signifie", "bedeutet"): a quotation right
     * before or after one is a word asked or told about ("qué significaba «lo demás»", "what
     * “clopening” means"), not said.
     */
    meaning: ReadonlySet<string>;
    /**
     * What opens a gloss, its tokens separated by spaces ("es decir", "c'est-à-dire", "that is ,"):
     * a quotation right before one, after its comma, is a term being explained ("la
     * «reduflación», es decir, la reducción …"), not said.
     */
    glosses: readonly string[];
  };
  /**
   * A noun for a person by their age, its figure captured ("the 74-year-old"): the person the
   * text gives that age ("Ann Lee, 74,"). Absent where the language writes it another way.
   */
  ageNoun?: RegExp;
  /**
   * The noun of years in an age written after a person noun ("le cuisinier de 58 ans", "el
   * conductor de 58 años"), read as `ageNoun` is. Absent where the language writes no such.
   */
  yearsNoun?: string;
  /**
   * Nouns for a person by the decade of their age, with the decade's first year ("l'octogénaire":
   * 80): the one person the text gives an age in it ("Marcel Roussin, 84 ans,", "Ann Lee, 84,").
   * Empty where the language has none.
   */
  decadeNouns: ReadonlyMap<string, number>;
  /**
   * The words before a colon that say "and then to go on" with an infinitive and no subject
   * (French "Et de poursuivre : « … »", "avant d'ajouter : « … »"), in lower case: the quotation
   * after the colon goes on in the words of the one the sentence before gave a speaker. Absent
   * where the language has no such turn.
   */
  narrativeInfinitive?: RegExp;
  /**
   * Nouns of a grade or setting that a word or two in quotation marks names ("moved to “amber”
   * status", "la vigilance « rouge »", "die Warnstufe „Rot“"): such a quotation, right before or
   * after one, is a label, no one's words.
   */
  labelNouns: ReadonlySet<string>;
  /** Words that give a description its person's name ("a woman named Mrs. Pratt", "namens"). */
  namedWords: ReadonlySet<string>;
  /**
   * Words of naming (`namedWords`) that only ever name what stands before them, never say who
   * names ("Steve Ambrose, the manager, known on the terraces as “Ambo”": Ambrose is named, and
   * names no one). Empty where every word of naming may also be active.
   */
  passiveNaming: ReadonlySet<string>;
  /**
   * Verb forms of a mood that only reports what someone said (German Konjunktiv I: "Es gebe
   * „keinen Grund zur Aufregung“"): a sentence of the narrator in it, with no cue of its own,
   * goes on in the words of the speaker before it. Only forms that no other mood shares, and
   * the subjects with which a form is another mood's ("ich habe").
   */
  reportedMood: { forms: ReadonlySet<string>; notWith: ReadonlySet<string> };
  /** Heads of a definite description of a person ("the senator", "die 74-Jährige"). */
  personNouns: ReadonlySet<string>;
  /**
   * Nouns for a person of some kind, not an office ("a fan", "un testigo", "une habitante", "ein
   * Zeuge"): one brought in with an indefinite article as a sentence's subject is who a later
   * "he" or "she" means, and so no one named.
   */
  personKinds: ReadonlySet<string>;
  /**
   * How the writer brings in the person an interview is with: the writer's "we" (a pronoun, or a
   * verb whose ending says it where the subject is dropped) and the word for "with"
   * ("Conversamos con Argote en un café", "We spoke with Ann Lee"): that person answers next.
   */
  interviewedWith: { we: ReadonlySet<string>; weVerb?: RegExp; with: ReadonlySet<string> };
  /**
   * Lower-case nouns for a street or square, whose name follows them ("la calle Mayor", "la rue
   * Victor Hugo"): capitals right after one name a place, not a person.
   */
  streetNouns: ReadonlySet<string>;
  /**
   * Verbs of saying that answer ("replied", "antwortete", "répondit", "respondió"): a pronoun
   * subject of one, right after a quotation someone spoke to a named person, is that person
   * when both agree with it.
   */
  replyVerbs: ReadonlySet<string>;
  /**
   * Verbs of saying that ask ("asked", "fragte", "demanda", "preguntó"): outside a dialogue, a
   * stand-alone quotation right after a question asked with one is the answer, not more of the
   * asker's words.
   */
  askVerbs: ReadonlySet<string>;
  /**
   * Words that open an indirect question ("whether", "ob", "si"): a sentence whose speaker asks
   * a named person whether … ("preguntó a Barrios si …") leaves that person as the one a reply
   * after it may be from.
   */
  whetherWords: ReadonlySet<string>;
  /**
   * Verbs of reading a text out, in lower case ("read", "lu", "leyó", "verlas"): the subject of
   * one before a colon reads someone's written words ("lui a lu un courriel … : « … »", "leyó
   * una carta firmada por los comerciantes: «…»"), which are not the reader's.
   */
  readingVerbs: ReadonlySet<string>;
  /**
   * Nouns for a written notice, in lower case ("sign", "Schild", "panneau", "cartel"): words
   * after a colon that such a noun comes before in its clause are written on it ("a fait
   * installer des panneaux à l'entrée du village : « … »"), no one's speech.
   */
  signNouns: ReadonlySet<string>;
  /**
   * Nouns for what a crowd shouts or chants, in lower case ("chants", "gritos", "cris",
   * "Sprechchöre"): the words after one and "of" (`headBefore`) are the crowd's ("y gritos de
   * «¡Fuera, fuera!» desde los escaños"), no one named.
   */
  crowdNouns: ReadonlySet<string>;
  /**
   * Nouns for the one who asks an interview's questions, lower-case ("journalist", "editor",
   * "Redakteur", also ending a compound where nouns compound: "STADTSPIEGEL-Redakteur"): the
   * full name right after one, in an interview's opening, is the interviewer's
   * (`interviewPeople`).
   */
  interviewers: ReadonlySet<string>;
  /**
   * Person nouns that describe rather than name an office or function ("the politician", "die
   * 45-Jährige", "la jeune femme"): one of them fits a person the text has named with any role,
   * where another office does not ("the spokeswoman" is not the woman named as the mayor).
   */
  describingNouns: ReadonlySet<string>;
  /**
   * Endings that make a noun a person's, in lower case, where nouns are capitalised and new ones
   * are made freely (German "-erin", "-istin": "die Bäuerin", "die Anwohnerin").
   */
  personEndings: readonly string[];
  /**
   * Endings common to nouns for a person and to other nouns ("Rentner", "Student", "painter"),
   * which make a noun a person's only where the grammar says it is one: after a definite article
   * as a sentence's subject, or capitalised where every noun is (then no name).
   */
  personNounEnding?: RegExp;
  /**
   * Person nouns the press writes for a role so as not to repeat it, each with the roles it
   * stands for ("el regidor" for "el alcalde", "der Rathauschef" for "der Bürgermeister"): a
   * description headed by one is the holder of one of those roles when the text names none
   * with its own word, and the other way round ("der Bürgermeister" after "Rathauschef Jan
   * Ott").
   */
  roleSynonyms: ReadonlyMap<string, readonly string[]>;
  /**
   * Nouns that name a person by relation or kind, as a story names people it gives no name
   * ("her father", "the old man"): in a dialogue, such a subject is someone a later "he" may mean.
   */
  kin: ReadonlySet<string>;
  /** Capitalised words that are times, not names (days, months). */
  times: ReadonlySet<string>;
  /** Common finite verbs (irregular past forms), which end a noun phrase ("US officials went"). */
  finite: ReadonlySet<string>;
  /**
   * Past forms also written as nouns ("set", "cut", "hit": "a tax cut"), which are verbs only
   * right after a capitalised word and before a determiner, a possessive or a preposition ("Ann
   * Lee set the rules"; not "Trump hit back", whose particle no list holds).
   */
  pastAfterName: ReadonlySet<string>;
  /** Lower-case nouns of time ("week", "morning"), skipped between a subject and its verb. */
  timeNouns: ReadonlySet<string>;
  /** Words that open a time phrase without a preposition ("last week"). */
  timeOpeners: ReadonlySet<string>;
  /** Abbreviations that take a full stop without ending the sentence. */
  abbreviations: ReadonlySet<string>;
  /**
   * Those of `abbreviations` that end a name ("Acme Corp.", "Martin Luther King Jr."), whose
   * full stop also ends the sentence before a capitalised pronoun, article or opener.
   */
  closingAbbreviations: ReadonlySet<string>;
  /** The most words a person's name may have (German capitalises every noun). */
  maxNameWords: number;
  /** True where every noun is capitalised, so capitals alone do not mark a name. */
  nounsCapitalised: boolean;
}

/** A set of phrases from lists separated by `|`: `phrases('for example|in turn')`. */
export const phrases = (...parts: string[]): ReadonlySet<string> =>
  new Set(
    parts.flatMap((text) =>
      text
        .split('|')
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  );

/** A set of words from space-separated lists: `set('he she', 'it')`; `set()` is empty. */
export const set = (...parts: string[]): ReadonlySet<string> =>
  new Set(parts.flatMap((text) => text.split(/\s+/).filter(Boolean)));
