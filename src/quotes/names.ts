/**
 * Noun phrases around a reporting verb, without a parser: the subject before it ("Flynn, a top
 * Trump surrogate, said"), the subject after it ("said Flynn"), and the person's name inside a
 * phrase ("US National Security Advisor Robert O'Brien" → "Robert O'Brien"). Also matching a name
 * to a `people.yaml` entry by its name or an alias.
 */
import { personNameKey, type Person } from '../contract/settings.ts';
import { genderOfFirstName, genderOfName, isFirstName } from './gender.ts';
import { isCommonWord, isDictionaryWord, isLanguageWord } from './common-words.ts';
import { isPlace } from './places.ts';
import type { Lexicon } from './lexicon/shape.ts';
import {
  findFrom,
  innerOf,
  isAcronym,
  isCapitalised,
  isLower,
  lowerOf,
  type Token,
} from './tokens.ts';

/** A range of token indices, end-exclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

export type MentionKind = 'pronoun' | 'relative' | 'name' | 'description';

/** How the text refers to a speaker at one place. */
export interface Mention extends TokenRange {
  kind: MentionKind;
  /** The person's name inside the phrase (or its appositive), when it has one. */
  name?: TokenRange;
  /** The phrase a relative pronoun stands for ("McConnell" for "who"). */
  antecedent?: Mention;
  /** A plural phrase ("US officials", "Burton and Nick"), for pronoun agreement. */
  plural: boolean;
}

const MAX_PHRASE = 14;
/** A possessive ending ("Trump’s", "OBAMA’S", "Sanders'"). */
export const POSSESSIVE = /['’][sS]?$/u;

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';

/** A lower-case word with the ending of an adverb ("reportedly"), where the language has one. */
export const isAdverb = (token: Token, lex: Lexicon) =>
  lex.endings.adverb !== undefined &&
  isLower(token.text) &&
  lex.endings.adverb.test(lowerOf(token));

/**
 * The subject pronoun a token is, in lower case, also with a verb contracted onto it ("he’s
 * predicting" is "he"); undefined for any other word.
 */
export function pronounOf(token: Token | undefined, lex: Lexicon): string | undefined {
  if (!isWord(token)) return undefined;
  const word = lowerOf(token);
  if (lex.pronouns.has(word)) return word;
  const bare = lex.pronounContraction && word.replace(lex.pronounContraction, '');
  return bare && bare !== word && lex.pronouns.has(bare) ? bare : undefined;
}

/** Is the token a pronoun of the lexicon's language? */
export const isPronoun = (token: Token | undefined, lex: Lexicon) =>
  pronounOf(token, lex) !== undefined;

/** Could the word be part of a noun phrase (not a verb of saying, auxiliary, preposition, …)? */
export function isNounish(token: Token | undefined, lex: Lexicon): boolean {
  if (!isWord(token)) return false;
  const word = lowerOf(token);
  // A verb of saying is no noun, unless it is as often one ("of state") or written as a name.
  if (lex.verbs.has(word) && !lex.ambiguous.has(word) && !isCapitalised(token.text)) return false;
  if (
    lex.between.has(word) ||
    lex.prepositions.has(word) ||
    lex.stops.has(word) ||
    lex.copulas.has(word) ||
    isPronoun(token, lex) ||
    lex.relatives.has(word)
  )
    return false;
  // Adverbs: "reportedly", "openly".
  if (isAdverb(token, lex)) return false;
  return true;
}

export const isDeterminer = (token: Token | undefined, lex: Lexicon) =>
  isWord(token) && lex.determiners.has(lowerOf(token));

/**
 * A past form also written as a noun (`Lexicon.pastAfterName`) at `i`, right after a
 * capitalised word and before a determiner, a possessive or a preposition: a verb ("Ann Lee set
 * the rules", not "the tax cut").
 */
const pastAfterName = (tokens: readonly Token[], i: number, lex: Lexicon) => {
  const [before, token, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return (
    isWord(token) &&
    isLower(token.text) &&
    lex.pastAfterName.has(token.lower) &&
    isWord(before) &&
    isCapitalised(before.text) &&
    isWord(after) &&
    [lex.determiners, lex.possessives, lex.prepositions].some((words) => words.has(after.lower))
  );
};

/**
 * "Theresa May said", "said Sen. Mark Will of Ohio": an auxiliary or a month written with a
 * capital right after a capitalised word, and before a lower-case word or a mark, is a surname
 * (not "Trump Just Announced", a headline in title case, nor "Tuesday May 3").
 */
function surnameLike(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const token = tokens[i];
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  return (
    isWord(token) &&
    isCapitalised(token.text) &&
    (lex.between.has(lowerOf(token)) || lex.times.has(token.text)) &&
    isWord(before) &&
    isCapitalised(before.text) &&
    !lex.times.has(before.text) &&
    !(isWord(after) && !isLower(after.text))
  );
}

/**
 * The noun phrase that ends just before token `end`, going no further left than `limit`: nouns,
 * adjectives, names, possessives, `of` and `and` between them, and a determiner that opens it.
 */
export function phraseBefore(
  tokens: readonly Token[],
  end: number,
  limit: number,
  lex: Lexicon,
): TokenRange | undefined {
  let from = end;
  for (let i = end - 1; i >= limit && end - i <= MAX_PHRASE; i -= 1) {
    const token = tokens[i];
    if (isDeterminer(token, lex)) {
      // German genitive: "Sprecher der Fraktion der Bürgerunion".
      const genitive =
        lex.genitives.has(lowerOf(token)) && from < end && isNounish(tokens[i - 1], lex);
      if (genitive && isCapitalised(tokens[i - 1]!.text)) continue;
      if (from < end) from = i;
      break;
    }
    const word = isWord(token) ? lowerOf(token) : '';
    // "and" joins like with like ("Bolton and Gorka", "parents and teachers"), not an object to
    // the next clause's subject ("asked for a photo and Clinton said").
    const unlike =
      lex.coordinators.has(word) &&
      isWord(tokens[i - 1]) &&
      isCapitalised(tokens[i - 1]!.text) !== isCapitalised(tokens[from]?.text ?? '');
    // "des Städte- und Gemeindebundes": "und" after a suspended hyphen joins one compound.
    const suspended = lex.coordinators.has(word) && /-$/u.test(tokens[i - 1]?.text ?? '');
    const joins = (lex.joiners.has(word) && !unlike) || suspended || isNameNickname(tokens, i);
    if (joins && from < end && (isNounish(tokens[i - 1], lex) || isDeterminer(tokens[i - 1], lex)))
      continue;
    if (!isNounish(token, lex) && !surnameLike(tokens, i, lex)) break;
    from = i;
  }
  // "of" or "and" cannot open a phrase.
  while (from < end && !isNounish(tokens[from], lex) && !isDeterminer(tokens[from], lex)) from += 1;
  return from < end ? { from, to: end } : undefined;
}

/**
 * The noun phrase that starts at token `start` (after an optional determiner), going no further
 * right than `limit`. Times ("Thursday") do not start one.
 */
export function phraseAfter(
  tokens: readonly Token[],
  start: number,
  limit: number,
  lex: Lexicon,
): TokenRange | undefined {
  let i = start;
  if (isDeterminer(tokens[i], lex)) i += 1;
  const first = tokens[i];
  if (!isNounish(first, lex) || lex.times.has(first!.text)) return undefined;
  let to = i + 1;
  for (let j = to; j < limit && j - start < MAX_PHRASE; j += 1) {
    const token = tokens[j];
    const word = isWord(token) ? lowerOf(token) : '';
    if (particleAt(tokens, j, i, lex)) continue;
    // "Mateo la esperaba": an object pronoun after a name, before the verb.
    const clitic =
      lex.objectClitics.has(word) &&
      isCapitalised(tokens[j - 1]!.text) &&
      isWord(tokens[j + 1]) &&
      isLower(tokens[j + 1]!.text);
    if (clitic) break;
    // "US officials went …", "Trump supporters gathered …": a finite verb ends the phrase, and
    // so does one with a negation or a pronoun elided onto it ("Hélène Castagnède n'a pas …",
    // "s'est", "l'a").
    const past = lex.endings.past;
    if (
      lex.finite.has(withoutElision(word)) ||
      (past && isLower(token!.text) && past.test(word)) ||
      (lex.negationElided?.test(word) ?? false)
    )
      break;
    if (pastAfterName(tokens, j, lex)) break;
    // "Antonia Ruiz Benítez cultiva tomate …", "Olivier Taillefer scrute …": where adjectives do
    // not follow a person's name (French, Spanish), a lower-case word of the language (its
    // dictionary) that is no word of the grammar, right after a full name that opens with a first
    // name, is its verb.
    if (
      !lex.nounsCapitalised &&
      lex.lang !== 'en' &&
      j - i >= 2 &&
      isWord(token) &&
      isLower(token.text) &&
      !functionWordOf(word, lex) &&
      isDictionaryWord(word, lex.lang) &&
      isFirstName(tokens[i]!.text) &&
      tokens.slice(i, j).every((t) => isWord(t) && isCapitalised(t.text))
    )
      break;
    // "said Kowal a few minutes later", "a rétorqué Mme Kowalski quelques minutes plus tard": a
    // phrase of time ends the phrase, after a name or a noun ("avait insisté le ministre quelques
    // heures plus tôt", "proclamó el regidor minutos después").
    if (timeAfter(tokens, j, lex)) break;
    // German "Vogel blieb …": where nouns are capitalised, a lower-case word after a
    // capitalised one (or a noun after a figure: "fügte der 56-Jährige hinzu") is no part of its
    // phrase.
    if (lex.nounsCapitalised && isWord(token) && isLower(token.text) && !lex.genitives.has(word))
      if (/^(?:\p{N}+-)?\p{Lu}/u.test(tokens[j - 1]!.text)) break;
    // "Roloson supports Clinton in …": a lower-case word ending as a plural does between two
    // names is the first one's verb, not a noun of its phrase (a person noun there is a noun:
    // "Clinton aides Huma Abedin and …").
    // So is one between a name and a determiner or a pronoun ("Ben Adler sees it", "Ann Lee
    // wants the …").
    // Where no ending tells a plural (French, Spanish), any lower-case word that is no word of
    // the grammar does so before a determiner, a pronoun, a preposition or the clause's end:
    // "Claire Vidal ouvrit la porte", "Jean Roux sourit.", "Ana Ruiz vio a Luis Gil" (French and
    // Spanish write no adjective there).
    const next = tokens[j + 1];
    // (An article or a preposition elided onto the next word counts too: "mène l'enquête",
    // "parle d'un vol".)
    const objectNext =
      isWord(next) &&
      (lex.determiners.has(next.lower) ||
        lex.pronouns.has(next.lower) ||
        /^[ld]['’]\p{L}/u.test(next.lower));
    const verbLike = lex.endings.plural
      ? lex.endings.plural.test(word) && (objectNext || isCapitalised(next?.text ?? ''))
      : !lex.nounsCapitalised &&
        !functionWordOf(word, lex) &&
        (objectNext ||
          next?.kind === 'punct' ||
          (isWord(next) && lex.prepositions.has(next.lower)));
    const between =
      isWord(token) &&
      isLower(token.text) &&
      verbLike &&
      !lex.personNouns.has(word) &&
      isCapitalised(tokens[j - 1]!.text);
    if (between) break;
    if ((isNounish(token, lex) && !lex.times.has(token!.text)) || surnameLike(tokens, j, lex)) {
      to = j + 1;
      continue;
    }
    const nextIsName = isWord(tokens[j + 1]) && isCapitalised(tokens[j + 1]!.text);
    // (A genitive joins a complement to a noun after an article, "die Sprecherin der Stadt";
    // after a name it opens an object: "sagte Hofmann der Deutschen Presse-Agentur".)
    const joins =
      lex.joiners.has(word) || (lex.genitives.has(word) && isDeterminer(tokens[start], lex));
    if (joins && nextIsName) continue;
    if (isNameNickname(tokens, j)) continue;
    break;
  }
  return { from: start, to };
}

/** A one-word quotation between two parts of a name: `Marcia "Cia" Price`. */
export function isNameNickname(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.kind !== 'quote') return false;
  const inner = token.text.slice(1, -1).trim();
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    /^\p{Lu}[\p{L}.'’-]*$/u.test(inner) &&
    isWord(before) &&
    isCapitalised(before.text) &&
    isWord(after) &&
    isCapitalised(after.text)
  );
}

/**
 * Is a lower-case word a person noun ("minister", or one with a person's ending: "Bäuerin",
 * "commerçante")? Where nouns compound (German), also one that
 * ends with one ("werkleiterin").
 */
export function isPersonNoun(word: string, lex: Lexicon): boolean {
  if (lex.personNouns.has(word)) return true;
  if (lex.personEndings.some((ending) => word.length > ending.length + 2 && word.endsWith(ending)))
    return true;
  if (!lex.nounsCapitalised) return false;
  for (const noun of lex.personNouns) if (noun.length >= 4 && word.endsWith(noun)) return true;
  return false;
}

/**
 * Where every noun is capitalised, a word that reads as a common noun for a person, not a name:
 * a person noun or a person's ending ("Malerin", "Rentner", "Student", "Polizist", "Autor"),
 * and no first name.
 */
export function commonPersonNoun(word: string, lex: Lexicon): boolean {
  if (!lex.nounsCapitalised || isFirstName(word)) return false;
  const lower = word.toLowerCase();
  return isPersonNoun(lower, lex) || (lex.personNounEnding?.test(lower) ?? false);
}

/** The endings of an inflected German adjective ("Erste", "neuen", "Frankfurter"). */
export const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;

/** A word without one letter elided onto it ("n'a" → "a", "C'est" → "est"; not "D'Angelo"). */
export const withoutElision = (word: string) => word.replace(/^\p{L}['’](?=\p{Ll})/u, '');

/** "L'opposition", "L'élue": an elided article before a lower-case noun (not "D'Angelo"). */
export const elidedArticle = (word: string) => /^[LD]['’]\p{Ll}/u.test(word);

/** Is this word part of a person's name (not a title, acronym, time or function word)? */
function isNameWord(token: Token, lex: Lexicon, sentenceStart: boolean): boolean {
  if (token.kind !== 'word' || !isCapitalised(token.text)) return false;
  if (lex.titles.has(token.text) || lex.times.has(token.text)) return false;
  // "SEN. CHUCK GRASSLEY:", a transcript's label in capitals: "SEN." is a title too.
  const titled = token.text.charAt(0) + token.text.slice(1).toLowerCase();
  if (titled !== token.text && lex.titles.has(titled)) return false;
  // "I" is no one's name, nor "I'm" ("and I'm quoting"); an initial keeps its full stop ("J.").
  if (/^\p{Lu}$/u.test(token.text) || /^I['’]\p{Ll}{1,2}$/u.test(token.text)) return false;
  if (elidedArticle(token.text)) return false;
  if (isAcronym(token.text) && !token.abbreviation) return false;
  // ("opposition MPs warning", "two CEOs": an acronym's plural names a kind of people.)
  if (/^\p{Lu}{2,}s$/u.test(token.text)) return false;
  if (/\d/.test(token.text)) return false;
  // "Trump-style", "Obama-era": a name made an adjective ("Adeyemi-Holt" is a name).
  if (/-\p{Ll}[\p{L}\p{M}]*$/u.test(token.text)) return false;
  // "FlagShareLikeReplyAni": page furniture glued to a name; a name has at most one capital
  // inside a word after a lower-case letter ("McDonald", "DeSantis").
  if (/\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u.test(token.text)) return false;
  const word = lowerOf(token);
  // "CNN President On Trump: …", a headline in title case: a preposition is no name's word;
  // nor is a word for people unnamed ("Tous jugent …", "Alle halten …").
  if (lex.prepositions.has(word) || lex.indefinites.has(word)) return false;
  // "Me dijo: “…”", "Le dije:", "Nos contó:": an object pronoun (not one that is an article
  // too: "Le Pen") is no name.
  if (lex.objectClitics.has(word) && !lex.determiners.has(word)) return false;
  // "Along with the photo, he …", "There was", "Heute sagte …": a function word that opens the
  // sentence.
  if (
    sentenceStart &&
    (lex.determiners.has(word) ||
      lex.openers.has(word) ||
      lex.stops.has(word) ||
      lex.verbSecond.has(word) ||
      lex.sourceNouns.has(word) ||
      // "Explicó que su abuelo decía: «…»": a verb of saying opening the sentence.
      (lex.verbs.has(word) && !isFirstName(token.text)))
  )
    return false;
  return true;
}

/**
 * "Domestically, Trump's row …", "Following Sanders on MSNBC, Clinton seemed …": a word that
 * opens a sentence (after a full stop or a line break) with the ending of an adverb before a
 * comma or a lower-case word, or of a participle before a capitalised word, and that the
 * first-name lists do not know ("Kelly", "Irving" and "Sterling" are names), is capitalised for
 * the sentence, not as a name.
 */
function opensAsModifier(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const opens =
    i === 0 ||
    token.afterBreak ||
    (before?.kind === 'punct' && /^[.!?]$/u.test(before.text)) ||
    (before?.kind === 'quote' && /[.!?]\p{Pi}?\p{Pf}?["”’]?$/u.test(before.text));
  if (!opens || lex.nounsCapitalised) return false;
  const word = lowerOf(token);
  const next = tokens[i + 1];
  const adverb =
    (lex.endings.adverb?.test(word) ?? false) &&
    (next?.text === ',' || (isWord(next) && isLower(next.text)));
  const participle =
    word.length > 5 &&
    (lex.participle?.ending.test(word) ?? false) &&
    isWord(next) &&
    isCapitalised(next.text);
  // "Reached by phone, Hartigan stood by the post.": a past participle before a preposition.
  const past =
    (lex.endings.openingParticiple?.test(word) ?? false) &&
    isWord(next) &&
    lex.prepositions.has(lowerOf(next));
  return (
    (adverb || participle || past) && genderOfName(`${token.text} ${token.text}`, lex) === undefined
  );
}

/**
 * The person's name in a phrase: the last run of capitalised words that is not an
 * organisation's name and not a possessive modifier ("Hillary Clinton's campaign manager Robby
 * Mook" → "Robby Mook"), titles and acronyms taken off its left, an honorific kept ("Mr Pryce").
 * In a phrase with `of`, a name before it is the head ("Beth Morrow of the … Campaign").
 */
export function nameIn(
  tokens: readonly Token[],
  range: TokenRange,
  lex: Lexicon,
  sentenceFrom = -1,
): TokenRange | undefined {
  const runs: TokenRange[] = [];
  let start = -1;
  // After a preposition written with a capital, the capitals that follow are its object.
  let object = false;
  const close = (end: number) => {
    if (start >= 0) runs.push({ from: start, to: end });
    start = -1;
  };
  // "Chief of Staff", "Secretary of State": two title words joined by "of" are one title.
  const compoundTitle = (i: number) =>
    lex.titles.has(tokens[i]?.text ?? '') &&
    lex.headBefore.has(lowerOf(tokens[i + 1])) &&
    lex.titles.has(tokens[i + 2]?.text ?? '');
  for (let i = range.from; i < range.to; i += 1) {
    const token = tokens[i]!;
    // "Clinton Chief of Staff Cheryl Mills": the capitals before such a title say where it is
    // held, and the name after it is its holder's (`titled`).
    if (compoundTitle(i) && i + 3 < range.to) {
      start = -1;
      object = false;
      i += 2;
      continue;
    }
    // "US officials", "Local traders", "the New York businessman": capitals that modify a
    // lower-case noun are no one's name.
    if (
      start >= 0 &&
      !isNameWord(token, lex, false) &&
      isWord(token) &&
      isLower(token.text) &&
      isNounish(token, lex) &&
      !lex.nounsCapitalised &&
      !particleAt(tokens, i, start, lex)
    ) {
      start = -1;
    }
    // "Amy Pope", "Charlie King": a title word after a first name is a surname; so is a month's
    // name or an auxiliary ("Theresa May said").
    const surname =
      start >= 0 &&
      ((i > start &&
        lex.titles.has(token.text) &&
        isNameWord(tokens[i - 1]!, lex, false) &&
        (!isNameWord(tokens[i + 1] ?? token, lex, false) ||
          NAME_SUFFIX.test(tokens[i + 1]!.text)) &&
        !/\.$/u.test(token.text)) ||
        surnameLike(tokens, i, lex));
    const nameWord =
      surname || (isNameWord(token, lex, i === sentenceFrom) && !opensAsModifier(tokens, i, lex));
    const honorific = token.kind === 'word' && lex.honorifics.has(token.text);
    const nickname = isNameNickname(tokens, i) && start >= 0;
    // "Heiko von Bergen", "Ursula von der Leyen", "Charles de Gaulle": a particle after a first
    // name, before the rest of the name (not "Peter Müller von Siemens").
    const particle = start >= 0 && particleAt(tokens, i, start, lex);
    // "— The Democratic National Committee released …": an article written with a capital
    // inside a sentence opens no person's name; nor does a quantifier ("Most Southern states").
    const article =
      start < 0 &&
      (lex.determiners.has(lowerOf(token)) || lex.oneOf.has(lowerOf(token))) &&
      !honorific;
    // "Priorities USA": an acronym that ends the phrase after a name's words is part of it.
    const acronym =
      start >= 0 && i === range.to - 1 && isAcronym(token.text) && !token.abbreviation;
    if (object && (nameWord || honorific)) continue;
    object = false;
    if ((nameWord || honorific || nickname || acronym || particle) && !article) {
      if (start < 0) start = i;
      // A possessive ends the run as a modifier of what follows.
      if (token.kind === 'word' && POSSESSIVE.test(token.text) && i + 1 < range.to) {
        start = -1;
      }
    } else if (
      (lex.titles.has(token.text) &&
        isWord(tokens[i + 1]) &&
        isNameWord(tokens[i + 1]!, lex, false)) ||
      (isCapitalised(token.text) && lex.prepositions.has(lowerOf(token)) && i > sentenceFrom)
    ) {
      // "New Hampshire Sen. Kelly Ayotte", "California Rep. Duncan Hunter": the capitals before
      // a title and its holder's name say where the title is held; they name no one. Nor do
      // capitals around a preposition written with one ("CNN President On Trump: …",
      // "Republican Medal Of Honor Winner", headlines in title case).
      object = !lex.titles.has(token.text);
      start = -1;
    } else close(i);
  }
  close(range.to);
  const ofAt = findFrom(
    tokens,
    range.from,
    range.to,
    (t, k) => t.kind === 'word' && lex.headBefore.has(lowerOf(t)) && !compoundTitle(k - 1),
  );
  // "Atlantic City Mayor Don Guardian": a run right after a title word names the title's holder.
  const titled = (run: TokenRange) =>
    run.from > range.from &&
    isWord(tokens[run.from - 1]) &&
    lex.titles.has(tokens[run.from - 1]!.text);
  const people = runs
    .map((run) => [run, trimName(tokens, run, lex, titled(run))] as const)
    // German "der Grünen Liste Lindenau": after an article, capitals make a noun, not a name;
    // unless a role is taken off them before a first name ("Die Grünen-Chefin Ricarda Lang"),
    // or before two words that do not end as an adjective does ("Der Techniker Piet Albrecht",
    // not "die Frankfurter Allgemeine Zeitung").
    .filter(
      ([run, trimmed]) =>
        !(
          lex.nounsCapitalised &&
          isDeterminer(tokens[run.from - 1], lex) &&
          !(
            trimmed &&
            trimmed.from > run.from &&
            (isFirstName(tokens[trimmed.from]!.text) ||
              (trimmed.to - trimmed.from >= 2 &&
                !ADJECTIVE_ENDING.test(tokens[trimmed.from]!.text)))
          )
        ),
    )
    .map(([, trimmed]) => trimmed)
    // "the Wisconsin Republican", "the Sunshine State", "the Fed": capitals right after a
    // definite article or demonstrative name a role, a party's member, a place or a body, not a
    // person (unlike "the Rev. Al Sharpton", whose title stands between, or "the Trump who …").
    // "one New Hampshire Republican", "another Democrat": right after a quantifier, one of a set.
    .filter(
      (run): run is TokenRange =>
        run !== undefined &&
        !(
          lex.definites.has(lowerOf(tokens[run.from - 1])) &&
          !lex.honorifics.has(tokens[run.from]!.text) &&
          !lex.relatives.has(lowerOf(tokens[run.to]))
        ) &&
        !(run.from > range.from && lex.oneOf.has(lowerOf(tokens[run.from - 1]))) &&
        // "la calle Mayor", "la rue Victor Hugo": a street's name.
        !lex.streetNouns.has(lowerOf(tokens[run.from - 1])) &&
        // German "Erste Ergebnisse erwartet die Forscherin …", "Neue Daten zeigen …": a word
        // opening the sentence with an adjective's ending, no first name and no noun for a
        // person, opens a noun phrase, not a name.
        !(
          lex.nounsCapitalised &&
          run.from === sentenceFrom &&
          ADJECTIVE_ENDING.test(tokens[run.from]!.text) &&
          !isFirstName(tokens[run.from]!.text) &&
          !tokens[run.from]!.text.split('-').every(isFirstName) &&
          !commonPersonNoun(tokens[run.from]!.text, lex)
        ) &&
        // "Autor de «Mareas», el pintor …", "Directrice de l'école, …", "Conclusion de Léa
        // Guichard : « … »": one word opening the sentence before "de", no first name, is a
        // role or a noun with its complement, no name.
        !(
          run.to - run.from === 1 &&
          run.from === sentenceFrom &&
          lex.headBefore.has(lowerOf(tokens[run.to])) &&
          !isFirstName(tokens[run.from]!.text)
        ),
    );
  if (people.length === 0) return undefined;
  // "Burton and Nick": two names joined by a conjunction are one speaker.
  for (let i = people.length - 1; i > 0; i -= 1) {
    const [a, b] = [people[i - 1]!, people[i]!];
    if (b.from === a.to + 1 && lex.coordinators.has(lowerOf(tokens[a.to]))) {
      people.splice(i - 1, 2, { from: a.from, to: b.to });
    }
  }
  const head = ofAt >= 0 ? people.find((run) => run.to <= ofAt) : undefined;
  // "The state Chamber of Commerce", "the Department of Justice": one common word right before
  // "of" and a capital right after it name a body, not a person.
  if (
    head?.to === ofAt &&
    head.to - head.from === 1 &&
    isCommonWord(tokens[head.from]!.text, lex.lang) &&
    isWord(tokens[ofAt + 1]) &&
    isCapitalised(tokens[ofAt + 1]!.text)
  )
    return undefined;
  // "The mayor of Port Aldous", "the director of the Kell Institute": a lower-case noun
  // before "of" is the head, and a name right after it (or its article) the complement, a place
  // or an institution, not a person (unlike "head of MI5 Andrew Parker", a title's holder).
  const nounBeforeOf =
    ofAt > range.from && isWord(tokens[ofAt - 1]) && isLower(tokens[ofAt - 1]!.text);
  // The complement may come after a title or a role ("A friend of Councillor Amy Rourke", "the
  // wife of Captain Tom Reed" are no Amy Rourke or Tom Reed; "the kind of campaign Ayotte hoped"
  // is hers).
  const complement = (run: TokenRange) =>
    run.from > ofAt &&
    run.from - ofAt <= 4 &&
    tokens
      .slice(ofAt + 1, run.from)
      .every(
        (t) =>
          isDeterminer(t, lex) ||
          lex.titles.has(t.text) ||
          (isWord(t) &&
            isLower(t.text) &&
            (isPersonNoun(lowerOf(t), lex) || lex.kin.has(lowerOf(t)))),
      );
  if (!head && nounBeforeOf && people.length === 1 && complement(people[0]!)) return undefined;
  // "the American Federation of Teachers": capitals right before "of" that name no person (an
  // organisation's words) make the capitals after it part of the same name, not a person's.
  const organisationOf =
    !head && runs.some((run) => run.to === ofAt) && people.every((run) => run.from > ofAt);
  if (organisationOf) return undefined;
  return head ?? people.at(-1);
}

/**
 * A run of capitalised words trimmed to a person's name, or undefined when it names no person.
 * A run that ends in an organisation's word ("Tax Foundation") is none, unless a title word comes
 * right before it (`titled`) and it opens with a first name that says a gender: "Mayor Don
 * Guardian", not "State Department" or "National Rifle Association".
 */
function trimName(
  tokens: readonly Token[],
  run: TokenRange,
  lex: Lexicon,
  titled = false,
): TokenRange | undefined {
  const { to } = run;
  const last = tokens[to - 1]!;
  const holder =
    titled &&
    to - run.from >= 2 &&
    genderOfName(`${tokens[run.from]!.text} ${last.text}`, lex) !== undefined;
  if (
    last.kind !== 'word' ||
    (lex.organisations.has(last.text) && !holder) ||
    POSSESSIVE.test(last.text)
  )
    return undefined;
  const honorific = (i: number) =>
    tokens[i]?.kind === 'word' && lex.honorifics.has(tokens[i]!.text);
  // Titles and acronyms off the left ("Retired Lt. Gen. Michael Flynn"); an honorific stays.
  let from = run.from;
  while (from < to && !isNameWord(tokens[from]!, lex, false) && !(honorific(from) && from + 1 < to))
    from += 1;
  if (from >= to) return undefined;
  // German "Ihr Bruder Felix", "Nachbarin Inge": a noun of kin or for a person, written with a
  // capital, before a first name alone is no part of the name.
  const noun = lowerOf(tokens[from]);
  if (
    lex.nounsCapitalised &&
    to - from === 2 &&
    !honorific(from) &&
    (lex.kin.has(noun) || lex.personNouns.has(noun)) &&
    loneFirstName(tokens[from + 1]!, lex)
  )
    from += 1;
  // German "Tom Webers Anwalt", "Scholz’ Sprecher": a name in the genitive (no first name
  // ending in s, "Hans Richter") before a noun for a person says whose that person is; the
  // phrase names no one.
  // So is "Lindqvists Zahl", two words: a genitive and any noun.
  const owner = tokens[to - 2]?.text ?? '';
  if (
    lex.nounsCapitalised &&
    to - from >= 2 &&
    /[s’']$/u.test(owner) &&
    !isFirstName(owner) &&
    (isPersonNoun(lowerOf(last), lex) || to - from === 2)
  )
    return undefined;
  const kept = honorific(from) ? 1 : 0;
  // Where every noun is capitalised, one capitalised word is no evidence of a name, unless
  // the first-name lists give it one gender ("„Noch nicht“, antwortete Anna": fiction names its
  // people by first name; not "Mai", a time).
  // (A title before it is that evidence: "Direktor Albers", "Bürgermeisterin Keller".)
  const afterTitle = titled || (from > run.from && lex.titles.has(tokens[from - 1]!.text));
  if (
    lex.nounsCapitalised &&
    to - from - kept < 2 &&
    !kept &&
    !afterTitle &&
    !loneFirstName(tokens[from]!, lex)
  )
    return undefined;
  // (Particles are no words of their own here: "Ursula von der Leyen" is two.)
  // (Nor is a suffix: "Martin Luther King Jr.")
  const notWord = (t: Token) => PARTICLES.has(t.text) || NAME_SUFFIX.test(t.text);
  const particles = tokens.slice(from, to).filter(notWord).length;
  if (to - from - kept - particles > lex.maxNameWords && !hasInitials(tokens, from, to)) {
    let words = 0;
    from = to;
    while (words < lex.maxNameWords) if (!notWord(tokens[--from]!)) words += 1;
  }
  // "Actor Clint Howard", "Journalist Jorge Ramos": a word before a first name that is no first
  // name itself is a role written with a capital (not "Mary Kay Henry" or "Hillary Rodham
  // Clinton", whose first word is a first name, "J. Gerald Hebert", whose is an initial, or
  // "South Carolina Democrat", whose first two are a place; nor after "the", which the caller
  // reads before the run: "The South China Sea"). It must read as a role: a word the language
  // writes in lower case too, a title, one with the ending of a noun for a person ("Filmmaker",
  // "Schauspieler"), or a headline's verb in -s ("NYTimes Casually Conflates Ted Cruz With …");
  // "María José García-Pérez", "Recep Tayyip Erdoğan" keep their first names.
  const role = (word: string) =>
    /(?:er|or|ist|ian|ant|ent|eur|in)$/u.test(word) ||
    (lex.endings.plural?.test(word.toLowerCase()) ?? false) ||
    isCommonWord(word, lex.lang) ||
    lex.titles.has(word) ||
    isPersonNoun(word.toLowerCase(), lex);
  // "le président de la République Emmanuel Macron": after an article, one capitalised noun
  // before a first name and a surname is an institution's, not part of the name.
  const institution =
    to - from === 3 &&
    lex.definites.has(lowerOf(tokens[from - 1])) &&
    !isFirstName(tokens[from]!.text) &&
    loneFirstName(tokens[from + 1]!, lex);
  // German "Der Techniker Piet Albrecht", "Unser Fahrer Joop van Dam": where every noun is
  // capitalised, a noun for a person before two or more capitalised words is the role, even
  // after an article and when the first name is in no list ("Piet"); the name is what follows.
  const germanRole =
    to - from >= 3 && !honorific(from) && commonPersonNoun(tokens[from]!.text, lex);
  if (institution || germanRole) from += 1;
  else if (
    to - from >= 3 &&
    !honorific(from) &&
    !isFirstName(tokens[from]!.text) &&
    role(tokens[from]!.text) &&
    !/^\p{Lu}\.$/u.test(tokens[from]!.text) &&
    !isPlace(`${tokens[from]!.text} ${tokens[from + 1]!.text}`) &&
    !lex.definites.has(lowerOf(tokens[from - 1])) &&
    genderOfName(`${tokens[from + 1]!.text} ${last.text}`, lex) !== undefined
  )
    from += 1;
  return { from, to };
}

/** A word alone that the first-name lists give one gender, and no time word ("Mai", "April"). */
const loneFirstName = (token: Token, lex: Lexicon) =>
  !lex.times.has(token.text) && genderOfFirstName(token.text, lex) !== undefined;

const hasInitials = (tokens: readonly Token[], from: number, to: number) =>
  tokens.slice(from, to).some((t) => /^\p{Lu}\.$/u.test(t.text));

/** Is the phrase plural ("officials", "Burton and Nick")? */
export function isPlural(tokens: readonly Token[], range: TokenRange, lex: Lexicon): boolean {
  const words = tokens.slice(range.from, range.to).filter(isWord);
  if (words.some((t) => lex.coordinators.has(lowerOf(t)))) return true;
  const head = words.at(-1);
  if (!head || isCapitalised(head.text)) return false;
  const plural = lex.endings.plural;
  return plural !== undefined && plural.test(lowerOf(head)) && !POSSESSIVE.test(head.text);
}

function mentionOf(
  tokens: readonly Token[],
  range: TokenRange,
  lex: Lexicon,
  sentenceFrom: number,
): Mention {
  if (range.to - range.from === 1 && isPronoun(tokens[range.from], lex)) {
    const number = lex.pronouns.get(pronounOf(tokens[range.from], lex)!);
    return { ...range, kind: 'pronoun', plural: number === 'plural' };
  }
  let name = nameIn(tokens, range, lex, sentenceFrom);
  // ("Ein Sprecher des Polizeipräsidiums Oberbayern Süd": a name in the genitive after a noun
  // for a person, opening with no first name, is the complement's, not the person's.)
  if (name && !isFirstName(tokens[name.from]!.text)) {
    const before = tokens.slice(range.from, name.from);
    const genitive = before.findIndex((t) => isWord(t) && lex.genitives.has(lowerOf(t)));
    if (genitive > 0 && before.slice(0, genitive).some((t) => isPersonNoun(lowerOf(t), lex)))
      name = undefined;
    // ("Un salarié du site de Lamballe": after an indefinite article and a noun, a name governed
    // by a preposition is the complement's; the person is unnamed.)
    if (
      before.length >= 3 &&
      lex.indefiniteArticles.has(lowerOf(before[0])) &&
      isWord(before[1]) &&
      isLower(before[1].text) &&
      lex.headBefore.has(lowerOf(before.at(-1)))
    )
      name = undefined;
  }
  // "Bolton and Gorka": two names are a plural speaker, never "he"; so is a name after a plural
  // determiner ("Many Latino Republicans").
  const joined =
    name !== undefined &&
    (tokens.slice(name.from, name.to).some((t) => lex.coordinators.has(lowerOf(t))) ||
      tokens
        .slice(range.from, name.from)
        .some((t) => isWord(t) && lex.pluralDeterminers.has(lowerOf(t))));
  return {
    ...range,
    kind: name ? 'name' : 'description',
    ...(name ? { name } : {}),
    plural: name ? joined : isPlural(tokens, range, lex),
  };
}

/** A suffix that ends a name ("Jr.", "III"): a word of it, not counted among its words. */
const NAME_SUFFIX = /^(?:(?:Jr|Sr)\.?|II|III|IV)$/u;

/** Lower-case particles inside a surname ("von", "van der", "de", "del", "di", "bin"). */
export const PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'von',
  'van',
  'der',
  'den',
  'de',
  'du',
  'des',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'zu',
  'ten',
  'ter',
  'le',
  'la',
]);

/**
 * Is the token at `i` a particle of a surname: it, and any particles after it, stand between a
 * first name in the run that opens at `start` and a name word ("Heiko von Bergen", "Ursula von
 * der Leyen")?
 */
function particleAt(tokens: readonly Token[], i: number, start: number, lex: Lexicon): boolean {
  if (!isWord(tokens[i]) || !PARTICLES.has(tokens[i]!.text)) return false;
  let first = start;
  while (
    first < i &&
    (lex.honorifics.has(tokens[first]!.text) || lex.titles.has(tokens[first]!.text))
  )
    first += 1;
  let particleStart = i;
  while (particleStart > first && PARTICLES.has(tokens[particleStart - 1]!.text))
    particleStart -= 1;
  // The first name right before the particles opens the run, or follows a word that is no first
  // name ("Coach Heiko von Bergen"; not "Thomas Maier von Siemens").
  const given = particleStart - 1;
  if (given < first || !isFirstName(tokens[given]!.text)) return false;
  if (given > first && isFirstName(tokens[given - 1]!.text)) return false;
  let next = i + 1;
  while (isWord(tokens[next]) && PARTICLES.has(tokens[next]!.text)) next += 1;
  return isWord(tokens[next]) && isNameWord(tokens[next]!, lex, false);
}

/** A time word: "2010", "Thursday", "week". */
const isTime = (token: Token | undefined, lex: Lexicon) =>
  isWord(token) && (/^\d{4}$/.test(token.text) || isTimeWord(token, lex));

/**
 * Skip auxiliaries, adverbs and a time ("in 2010", "last week", "on Thursday") leftwards from
 * `end` (exclusive); returns the new end.
 */
function skipBetween(tokens: readonly Token[], end: number, limit: number, lex: Lexicon): number {
  let at = end;
  while (at > limit) {
    const token = tokens[at - 1];
    const aside =
      token?.kind === 'punct' && token.text === ',' ? asideBefore(tokens, at - 1, limit, lex) : -1;
    if (aside >= 0) {
      // Its first comma also closes an appositive ("Murphy, the chairman, for example, said"),
      // which the caller reads; with none before it ("Hunter, meanwhile, told"), it goes too.
      const appositive = previousPunct(tokens, aside - 1, Math.max(limit, aside - 30), ',') >= 0;
      at = appositive ? aside + 1 : aside;
      continue;
    }
    if (!isWord(token)) break;
    const word = lowerOf(token);
    if ((lex.between.has(word) && !surnameLike(tokens, at - 1, lex)) || isAdverb(token, lex)) {
      at -= 1;
      continue;
    }
    // "Ferrán le espetó", "Echevarría lo resume así", "Le maire lui répond": an object pronoun
    // right before the verb.
    if (lex.objectClitics.has(word) && isLower(token.text)) {
      at -= 1;
      continue;
    }
    const before = tokens[at - 2];
    const opener =
      isWord(before) &&
      (lex.prepositions.has(lowerOf(before)) || lex.timeOpeners.has(lowerOf(before)));
    if (isTime(token, lex) && opener && at - 2 >= limit) {
      at -= 2;
      continue;
    }
    break;
  }
  return at;
}

/**
 * The first comma of an aside set off by commas whose second comma is at `comma` (", for example,"
 * of "Brian Murphy, the county chairman, for example, said"), which stays to end what comes
 * before it; -1 for none.
 */
function asideBefore(tokens: readonly Token[], comma: number, limit: number, lex: Lexicon): number {
  const open = previousPunct(tokens, comma - 1, Math.max(limit, comma - 4), ',');
  if (open < 0 || open === comma - 1) return -1;
  const words = tokens.slice(open + 1, comma);
  if (!words.every(isWord)) return -1;
  return lex.asides.has(words.map(lowerOf).join(' ')) ? open : -1;
}

/** Index of the previous token with this text, stopping at quotations and `limit`. */
function previousPunct(tokens: readonly Token[], from: number, limit: number, text: string) {
  for (let i = from; i >= limit; i -= 1) {
    const token = tokens[i]!;
    if (token.kind === 'punct' && token.text === text) return i;
  }
  return -1;
}

/**
 * The verb that opens a predicate between `from` and `to`, after adverbs ("also decried the
 * calls", "endorsed Cruz last week"), or that follows the name opening a clause there ("Hollande
 * said Tuesday in Paris"): a lower-case verb of saying, finite verb or past form; -1 when the
 * words open anything else (an appositive, a place).
 */
function predicateVerb(tokens: readonly Token[], from: number, to: number, lex: Lexicon): number {
  let at = from;
  while (
    at < to &&
    isWord(tokens[at]) &&
    isCapitalised(tokens[at]!.text) &&
    !isPronoun(tokens[at], lex)
  )
    at += 1;
  // A name must be followed by its verb at once ("Hollande said", "Ovell went after Sethna"), not
  // by more words.
  const verbAt = (token: Token | undefined) =>
    isWord(token) &&
    isLower(token.text) &&
    (lex.verbs.has(lowerOf(token)) ||
      lex.finite.has(lowerOf(token)) ||
      (lex.endings.past?.test(lowerOf(token)) ?? false));
  if (at > from && pastAfterName(tokens, at, lex)) return at;
  if (at > from && !verbAt(tokens[at])) return -1;
  while (
    at < to &&
    isWord(tokens[at]) &&
    (lex.between.has(lowerOf(tokens[at])) || isAdverb(tokens[at]!, lex))
  )
    at += 1;
  const token = tokens[at];
  if (at >= to || !isWord(token) || !isLower(token.text)) return -1;
  const word = lowerOf(token);
  const verb =
    (lex.verbs.has(word) && !lex.ambiguous.has(word)) ||
    lex.finite.has(word) ||
    (lex.endings.past?.test(word) ?? false);
  return verb ? at : -1;
}

/** Is the token a word that no list of the lexicon knows as a verb? */
const isVerbless = (token: Token | undefined, lex: Lexicon): token is Token =>
  isWord(token) && !lex.verbs.has(lowerOf(token)) && !lex.finite.has(lowerOf(token));

/** Are tokens [from, to) a region's name: one to three capitalised words ("New York", "Ohio")? */
const isRegion = (tokens: readonly Token[], from: number, to: number) =>
  to > from &&
  to - from <= 3 &&
  tokens.slice(from, to).every((t) => isWord(t) && isCapitalised(t.text));

/**
 * Where a name ends before `end` once the comma-separated details after it are set aside: an
 * age ("30"), a hometown ("of Raleigh") and a state or country ("N.C.", "Ohio"). `end` itself
 * when there are none.
 */
function pastPersonDetails(
  tokens: readonly Token[],
  end: number,
  sentenceFrom: number,
  lex: Lexicon,
): number {
  let at = end;
  for (let hop = 0; hop < 3; hop += 1) {
    const comma = previousPunct(tokens, at - 1, Math.max(sentenceFrom, at - 4), ',');
    if (comma < 0) break;
    const chunk = tokens.slice(comma + 1, at);
    const text = chunk.map((t) => t.text).join(' ');
    const age = chunk.length === 1 && /^\d{1,3}$/u.test(text);
    const hometown =
      lex.headBefore.has(lowerOf(chunk[0])) &&
      chunk.length > 1 &&
      chunk.slice(1).every((t) => isWord(t) && isCapitalised(t.text));
    const region =
      chunk.length <= 2 &&
      isRegion(tokens, comma + 1, at) &&
      (isPlace(text) || /\p{L}\.$/u.test(text));
    if (!age && !hometown && !region) break;
    at = comma;
  }
  return at;
}

/**
 * The subject right before the verb at `cue`: a pronoun, a name or a description, across
 * auxiliaries and adverbs ("has long argued"), an appositive between commas ("Flynn, a top Trump
 * surrogate, said"), a parenthesis, a relative pronoun ("McConnell, who said") and a
 * prepositional phrase after the head ("A spokesman for Trump said").
 */
export function subjectBefore(
  tokens: readonly Token[],
  cue: number,
  sentenceFrom: number,
  lex: Lexicon,
): Mention | undefined {
  let end = skipBetween(tokens, cue, sentenceFrom, lex);
  let appositive: TokenRange | undefined;
  for (let guard = 0; guard < 3 && end > sentenceFrom; guard += 1) {
    const token = tokens[end - 1]!;
    if (token.kind === 'punct' && token.text === ')') {
      const open = previousPunct(tokens, end - 2, sentenceFrom, '(');
      if (open < 0) return undefined;
      end = open;
      continue;
    }
    if (
      token.kind === 'punct' &&
      (token.text === ',' || token.text === '–' || token.text === '—')
    ) {
      let open = previousPunct(tokens, end - 2, Math.max(sentenceFrom, end - 30), token.text);
      if (open < 0 || open === end - 2) return undefined;
      // "After winning Ohio, Gov. John Kasich (R-OH), said", "Tuesday in Berea, after winning
      // Ohio, Gov. John Kasich (R-OH), said": the sentence opens with adverbials (it and what
      // comes before the commas open with one, or with a time), and what the commas set off is
      // the subject itself, not an appositive of a name in an adverbial ("Ohio"). Not "Warren,
      // after remaining neutral, endorsed Clinton, saying", whose commas set off a clause.
      // (A conjunction that opens the sentence is neither: "But Sen. Lisa Hammond, R-Maine, said".)
      const opening = lex.conjunctions.has(lowerOf(tokens[sentenceFrom]))
        ? sentenceFrom + 1
        : sentenceFrom;
      const segment = previousPunct(tokens, open - 1, sentenceFrom, ',') + 1 || opening;
      const adverbial = (t: number) =>
        lex.openers.has(lowerOf(tokens[t])) || lex.times.has(tokens[t]!.text);
      if (
        token.text === ',' &&
        !appositive &&
        adverbial(opening) &&
        adverbial(segment) &&
        predicateVerb(tokens, open + 1, end - 1, lex) < 0 &&
        isWord(tokens[open + 1]) &&
        isCapitalised(tokens[open + 1]!.text) &&
        !isPronoun(tokens[open + 1], lex)
      ) {
        end -= 1;
        continue;
      }
      // "Rachel Berg, a philanthropist from Monsey, New York, said": a region after a place
      // belongs to the appositive that holds the place; its comma is no boundary.
      if (
        token.text === ',' &&
        isRegion(tokens, open + 1, end - 1) &&
        // (A person's full name is no region: "la ministre de la Culture, Mariam Keïta,".)
        !fullNameFilling(tokens, { from: open + 1, to: end - 1 }, lex) &&
        isWord(tokens[open - 1]) &&
        isCapitalised(tokens[open - 1]!.text)
      ) {
        const outer = previousPunct(tokens, open - 1, Math.max(sentenceFrom, end - 30), ',');
        if (outer >= 0 && outer < open - 1) open = outer;
      }
      // "Anne Richards, assistant secretary of state for population, refugees, and migration,
      // said": an appositive whose last comma ends a list ("…, and migration") runs back over
      // the list's items, each in lower case, to the name.
      if (token.text === ',' && lex.coordinators.has(lowerOf(tokens[open + 1]))) {
        for (;;) {
          const item = previousPunct(tokens, open - 1, Math.max(sentenceFrom, end - 40), ',');
          const words = tokens.slice(item + 1, open);
          if (item < 0 || !words.every((t) => isWord(t) && isLower(t.text))) break;
          open = item;
        }
      }
      // "Khan, who is Muslim, also decried the calls, noting he …": a participle after a
      // predicate set off by commas is the predicate's subject's, not the subject of whatever
      // the comma before it ends ("Muslim").
      if (token.text === ',' && lex.participle?.ending.test(lowerOf(tokens[cue]))) {
        const verb = predicateVerb(tokens, open + 1, end - 1, lex);
        if (verb >= 0) return subjectBefore(tokens, verb, sentenceFrom, lex);
      }
      // "Im Gemeinderat sei das Projekt abgelehnt worden, weil es zu teuer sei, sagte er.": a
      // clause of reason or concession set off by commas is no appositive of a subject before it.
      if (token.text === ',' && lex.subordinators.has(lowerOf(tokens[open + 1]))) return undefined;
      appositive = { from: open + 1, to: end - 1 };
      // "Peter Krause (CDU)", "Ben Osei (D-Kell)": a party or a state in brackets after the name
      // is no part of the appositive.
      if (tokens[appositive.to - 1]?.text === ')') {
        const bracket = previousPunct(tokens, appositive.to - 2, appositive.from, '(');
        if (bracket > appositive.from) appositive = { from: appositive.from, to: bracket };
      }
      end = open;
      // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": before a relative clause,
      // the person's age, hometown and state are more of the appositive, not the subject.
      if (token.text === ',' && lex.relatives.has(lowerOf(tokens[open + 1])))
        end = pastPersonDetails(tokens, end, sentenceFrom, lex);
      continue;
    }
    break;
  }
  const last = tokens[end - 1];
  if (isPronoun(last, lex) && !appositive) {
    return mentionOf(tokens, { from: end - 1, to: end }, lex, sentenceFrom);
  }
  // German "Wróbel, die Polnisch sprach": in a relative clause the verb comes last, so the
  // relative pronoun after the comma, before the clause's other words, is its subject.
  let relative = end - 1;
  if (lex.nounsCapitalised && isWord(last) && !lex.relatives.has(lowerOf(last))) {
    // (The pronoun may open the phrase read back from the verb, as the article it also is.)
    const words = phraseBefore(tokens, end, sentenceFrom, lex);
    const at = words
      ? [words.from, words.from - 1].find((k) => lex.relatives.has(lowerOf(tokens[k])))
      : undefined;
    if (at !== undefined && at > 0 && at < end - 1 && tokens[at - 1]?.text === ',') relative = at;
  }
  if (isWord(tokens[relative]) && lex.relatives.has(lowerOf(tokens[relative]))) {
    // "…, Obama wasn't treated as credibly by his show's listeners, who wondered": set off by
    // commas before the relative is a clause (a subject and its verb), not an appositive, so
    // the relative stands for the noun just before it ("listeners"), not a name before that.
    // "…, from Mike Lee, who declared": a name just before the relative is what it stands
    // for, not the subject of a phrase further back.
    let near = nounBefore(relative);
    // "Glenda Hartigan, a nurse from Ashby who told us": with no comma before the relative, a
    // name governed by a preposition is the head's complement (a place); the relative stands
    // for the phrase before the preposition.
    const governing = near && tokens[near.from - 1];
    if (
      near?.name &&
      tokens[relative - 1]?.text !== ',' &&
      isWord(governing) &&
      lex.prepositions.has(lowerOf(governing)) &&
      !lex.headBefore.has(lowerOf(governing))
    )
      near = subjectBefore(tokens, near.from - 1, sentenceFrom, lex);
    const antecedent =
      clauseBefore(relative) || near?.name
        ? near
        : (subjectBefore(tokens, relative, sentenceFrom, lex) ?? near);
    if (!antecedent) return undefined;
    return {
      from: relative,
      to: relative + 1,
      kind: 'relative',
      antecedent,
      plural: antecedent.plural,
      ...(antecedent.name ? { name: antecedent.name } : {}),
    };
  }
  let range = phraseBefore(tokens, end, sentenceFrom, lex);
  if (!range) return undefined;
  // French "Le maire de Lyon, Bruno Martin, a dit": "de" is an article too, which ends the
  // phrase read back from the verb; before a name, after a noun, it is the noun's preposition.
  // So too for the complement that holds it: "Un salarié du site de Lamballe" is no Lamballe.
  for (let named = true; ; named = false) {
    const opening = tokens[range.from];
    if (
      !isDeterminer(opening, lex) ||
      !lex.prepositions.has(lowerOf(opening)) ||
      !isWord(tokens[range.from + 1]) ||
      (named && !isCapitalised(tokens[range.from + 1]!.text)) ||
      !isNounish(tokens[range.from - 1], lex) ||
      !isLower(tokens[range.from - 1]!.text)
    )
      break;
    const head = phraseBefore(tokens, range.from, sentenceFrom, lex);
    if (!head) break;
    range = { from: head.from, to: range.to };
  }
  // "Grace Adeyemi-Holt, headteacher of St Brannock's Primary, one of the schools, said": a
  // second appositive; the name before it is the subject.
  // So too when the appositive's only name is its complement's ("Ben Osei, the mayor of Port
  // Aldous, who was there, said").
  const inside = appositive && nameIn(tokens, range, lex);
  const of = findFrom(
    tokens,
    range.from,
    range.to,
    (t) => isWord(t) && lex.headBefore.has(lowerOf(t)),
  );
  const complement = inside && of >= 0 && inside.from > of && isLower(tokens[range.from]!.text);
  // (Not when the appositive is a person's full name: "Hier, la ministre de la Culture, Mariam
  // Keïta, a salué" is hers.)
  if (
    appositive &&
    tokens[range.from - 1]?.text === ',' &&
    (!inside || complement) &&
    !fullNameFilling(tokens, appositive, lex)
  ) {
    const first = phraseBefore(tokens, range.from - 1, sentenceFrom, lex);
    // (Not a preposition's object: "From the group Fair Rail Now, its spokeswoman, Ann Lee,
    // demanded" is Ann Lee's.)
    const governed = first && lex.prepositions.has(lowerOf(tokens[first.from - 1]));
    if (first && !governed && nameIn(tokens, first, lex)) range = first;
  }
  function clauseBefore(at: number): boolean {
    if (tokens[at - 1]?.text !== ',') return false;
    const open = previousPunct(tokens, at - 2, Math.max(sentenceFrom, at - 30), ',');
    if (open < 0) return false;
    if (predicateVerb(tokens, open + 1, at - 1, lex) >= 0) return true;
    // A finite verb anywhere in it ("Obama wasn't treated"): an appositive has none.
    for (let t = open + 1; t < at - 1; t += 1) {
      const word = lowerOf(tokens[t]);
      if (isWord(tokens[t]) && (lex.finite.has(word) || /n[’']t$/u.test(word))) return true;
    }
    return false;
  }
  function nounBefore(at: number): Mention | undefined {
    let stop = at;
    if (tokens[stop - 1]?.text === ',') stop -= 1;
    const r = phraseBefore(tokens, stop, sentenceFrom, lex);
    return r ? mentionOf(tokens, r, lex, sentenceFrom) : undefined;
  }
  // "La portavoz del Colegio de Médicos, Elena Cuadrado, pide …": a name right after "of" is
  // its noun's complement (an institution, a place); a person's name set off after it is the
  // subject.
  // ("La ministra de Inclusión y Seguridad Social, Elena Marín Castaño, defendió": the
  // complement may join two names.)
  let complementFrom = range.from;
  while (
    lex.coordinators.has(lowerOf(tokens[complementFrom - 1])) &&
    isWord(tokens[complementFrom - 2]) &&
    isCapitalised(tokens[complementFrom - 2]!.text)
  ) {
    complementFrom -= 2;
    while (isWord(tokens[complementFrom - 1]) && isCapitalised(tokens[complementFrom - 1]!.text))
      complementFrom -= 1;
  }
  // ("El delegado de la Agencia en Castilla y León, Ignacio Mediavilla, pidió": so too after
  // another preposition inside a description that opens the sentence: an article, a word for a
  // person, then words and no verb; not "Sanders visited NBC to discuss his remarks about his
  // rival, Hillary Clinton, saying".)
  // ("La directora del instituto Los Almendros, Rocío Benavent, explicó": the name may be that of
  // a noun of the complement, "instituto", after its preposition and article.)
  let governorAt = complementFrom - 1;
  if (
    isWord(tokens[governorAt]) &&
    isLower(tokens[governorAt]!.text) &&
    isNounish(tokens[governorAt], lex) &&
    !functionWordOf(lowerOf(tokens[governorAt]), lex)
  ) {
    const before = isDeterminer(tokens[governorAt - 1], lex) ? governorAt - 2 : governorAt - 1;
    if (isWord(tokens[before]) && lex.headBefore.has(lowerOf(tokens[before]))) governorAt = before;
  }
  const governor = lowerOf(tokens[governorAt]);
  const inDescription = () => {
    const from = lex.conjunctions.has(lowerOf(tokens[sentenceFrom]))
      ? sentenceFrom + 1
      : sentenceFrom;
    if (!isDeterminer(tokens[from], lex) || !isPersonNoun(lowerOf(tokens[from + 1]), lex))
      return false;
    return tokens.slice(from + 2, complementFrom - 1).every((t) => isVerbless(t, lex));
  };
  if (
    appositive &&
    (lex.headBefore.has(governor) || (lex.prepositions.has(governor) && inDescription()))
  ) {
    // (Its own role may come first: ", la doctora Elena Cuadrado Ruiz,".)
    let from = appositive.from;
    const role = (t: Token) =>
      isDeterminer(t, lex) || lex.titles.has(t.text) || isPersonNoun(lowerOf(t), lex);
    while (from < appositive.to && role(tokens[from]!)) from += 1;
    const name = fullNameFilling(tokens, { from, to: appositive.to }, lex);
    if (name) return { ...name, kind: 'name', name, plural: false };
  }
  let mention = mentionOf(tokens, range, lex, sentenceFrom);
  // (French "du", "des" after a noun are "of" and its article: "Un porte-parole du palais Chigi".)
  const fused =
    lex.headBefore.has(lowerOf(tokens[range.from])) &&
    isWord(tokens[range.from - 1]) &&
    isLower(tokens[range.from - 1]!.text) &&
    isPersonNoun(lowerOf(tokens[range.from - 1]), lex);
  const at = fused ? range.from : range.from - 1;
  const before = tokens[at];
  let preposition = isWord(before) && lex.prepositions.has(lowerOf(before)) ? lowerOf(before) : '';
  // "Saturday at the convention Sen. Elizabeth Warren said": the noun a preposition governs
  // ends that phrase; a name right after it (a title before it aside) opens the subject. Not
  // "a spokesman for presidential candidate Ada Pike", where a person noun says who the name is.
  // (Not after "of", "de": "La madre de la alumna Aitana Roca" is one phrase, its head before
  // "de".)
  if (
    preposition &&
    !lex.headBefore.has(preposition) &&
    mention.name &&
    mention.name.to === range.to
  ) {
    let start = mention.name.from;
    while (
      start - 1 > range.from &&
      isWord(tokens[start - 1]) &&
      isCapitalised(tokens[start - 1]!.text)
    )
      start -= 1;
    const object = tokens[start - 1];
    if (
      start > range.from &&
      isWord(object) &&
      isLower(object.text) &&
      isNounish(object, lex) &&
      !lex.personNouns.has(lowerOf(object)) &&
      !isDeterminer(object, lex)
    ) {
      range = { from: start, to: range.to };
      mention = mentionOf(tokens, range, lex, sentenceFrom);
      preposition = '';
    }
  }
  // "with MI5's Andrew Parker telling …": the subject of a participle.
  const participle =
    lex.participle !== undefined &&
    lex.participle.ending.test(lowerOf(tokens[cue])) &&
    lex.participle.prepositions.has(preposition);
  // "A spokesman for Trump said": the head is before the preposition; so it is before "of" when
  // it names someone ("Jeffrey Lewis of the Kell Institute wrote").
  const governsComplement = lex.complementPrepositions.has(preposition);
  const headPhrase =
    governsComplement || lex.headBefore.has(preposition)
      ? phraseBefore(tokens, at, sentenceFrom, lex)
      : undefined;
  const namedHead = (phrase: TokenRange | undefined) => phrase && nameIn(tokens, phrase, lex);
  // "A friend of the councillor Amy Rourke said": a head that names a person by relation is
  // who speaks, not the name after "of" (a role's is its holder: "le président de la République
  // Emmanuel Macron").
  // So is one person brought in unnamed with a noun for a person ("Un porte-parole du palais
  // Chigi a précisé").
  const headNoun = headPhrase && tokens[headPhrase.to - 1];
  const unnamed =
    headPhrase !== undefined &&
    headPhrase.to - headPhrase.from === 2 &&
    lex.indefiniteArticles.has(lowerOf(tokens[headPhrase.from])) &&
    isPersonNoun(lowerOf(headNoun), lex);
  const personHead =
    isWord(headNoun) && isLower(headNoun.text) && (lex.kin.has(lowerOf(headNoun)) || unnamed);
  let head = governsComplement || personHead || namedHead(headPhrase) ? headPhrase : undefined;
  // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": a head that
  // opens with an article right after "of" is that "of"'s complement, and a name before it the
  // head.
  if (
    head &&
    isDeterminer(tokens[head.from], lex) &&
    lex.headBefore.has(lowerOf(tokens[head.from - 1]))
  ) {
    const outer = phraseBefore(tokens, head.from - 1, sentenceFrom, lex);
    if (namedHead(outer)) head = outer;
  }
  // German "Ursula von der Leyen sagte", "Heiko von Bergen sagte": a first name alone before a
  // particle opens one name; it is no head that the phrase after the preposition qualifies (as
  // "Tobias Brandl" is in "Tobias Brandl von den Grünen sagte").
  if (
    head &&
    PARTICLES.has(preposition) &&
    head.to - head.from === 1 &&
    loneFirstName(tokens[head.from]!, lex)
  ) {
    range = { from: head.from, to: range.to };
    mention = mentionOf(tokens, range, lex, sentenceFrom);
    head = undefined;
    preposition = '';
  }
  // "Sirius XM Vice President for news and talk Dave Gorab said": after a title that ends the
  // head, a complement in lower case and then a name; the name is the title holder's, the
  // subject. Not "a spokesman for presidential candidate Ada Pike", where a person noun before
  // the name says whom the name is (and the head is no capitalised title).
  let holder = false;
  if (head && mention.name && !participle) {
    const headLast = tokens[head.to - 1];
    const beforeName = tokens[mention.name.from - 1];
    if (
      isWord(headLast) &&
      lex.titles.has(headLast.text) &&
      mention.name.from > range.from &&
      isWord(beforeName) &&
      isLower(beforeName.text) &&
      !lex.personNouns.has(lowerOf(beforeName)) &&
      !isDeterminer(beforeName, lex)
    ) {
      mention = { ...mention, from: head.from };
      head = undefined;
      holder = true;
    }
  }
  // "… in turn warning": a noun after a preposition is no subject; but in "as Joel Pollak
  // observed", "wie Müller sagte" the word opens a clause whose subject the noun is.
  if (preposition && !participle && !head && !holder && !lex.asWords.has(preposition)) {
    // "Another delegate on the Cruz slate, Jim Poolman, said", "The leader of the
    // Anti-Defamation League, Jonathan Greenblatt, warned": the noun after the preposition is
    // the description's complement, and a name that alone fills the appositive after it, right
    // before the verb, is the subject the description describes. (Not a place, "in Tulsa,
    // Oklahoma, arguing", nor before a participle, whose subject is the clause's.)
    const named = appositive && nameIn(tokens, appositive, lex);
    if (
      appositive &&
      named &&
      named.from === appositive.from &&
      named.to === appositive.to &&
      !isPlace(
        tokens
          .slice(appositive.from, appositive.to)
          .map((t) => t.text)
          .join(' '),
      ) &&
      !(lex.participle?.ending.test(lowerOf(tokens[cue])) ?? false) &&
      // Not inside a relative clause: "Michael Seaman, who lives outside of the state capital,
      // Sacramento, said" is Seaman's.
      // (A relative after a comma: German "der", "die" are articles too.)
      findFrom(
        tokens,
        sentenceFrom,
        range.from,
        (t, k) => lex.relatives.has(lowerOf(t)) && tokens[k - 1]?.text === ',',
      ) < 0
    )
      return mentionOf(tokens, appositive, lex, sentenceFrom);
    return undefined;
  }
  if (head && !participle) {
    // The whole phrase is the mention; the name (if any) is the head's.
    const headMention = mentionOf(tokens, head, lex, sentenceFrom);
    mention = { ...headMention, from: head.from, to: range.to };
  }
  // "Another critic, Laurence H. Tribe, likened …": the name is in the appositive (not in a
  // relative clause: "Riverline Rail, which runs trains to Port Aldous, says").
  const opens = tokens[appositive?.from ?? -1];
  // (Nor in a participle's phrase: "A voter, standing next to Tom Reid, said" is the voter's.)
  const clause =
    isWord(opens) &&
    (lex.relatives.has(lowerOf(opens)) ||
      lex.stops.has(lowerOf(opens)) ||
      lex.prepositions.has(lowerOf(opens)) ||
      (isLower(opens.text) && (lex.participle?.ending.test(lowerOf(opens)) ?? false)));
  const headWord = tokens[mention.to - 1];
  // The description's last word may have a capital where every noun has one ("Der Sprecher des
  // Ministeriums, Jens Albrecht, erklärte"), or as its complement's name ("The mayor of
  // Hollstadt, Peter Krause, said").
  const described =
    isDeterminer(tokens[mention.from], lex) &&
    (lex.nounsCapitalised ||
      findFrom(
        tokens,
        mention.from + 2,
        mention.to - 1,
        (t, k) => lex.headBefore.has(lowerOf(t)) && isLower(tokens[k - 1]!.text),
      ) >= 0);
  // ("Le maire de Lyon, Bruno Martin, a dit": the complement's name ends the description.)
  const ofPlace = mention.name !== undefined && complementName(tokens, mention, lex);
  if (
    appositive &&
    (!mention.name || ofPlace) &&
    !clause &&
    isWord(headWord) &&
    (!isCapitalised(headWord.text) || described || ofPlace)
  ) {
    const name = nameIn(tokens, appositive, lex);
    if (name) mention = { ...mention, kind: 'name', name };
  }
  return mention;
}

/** The subject after the verb at `cue` ("said Flynn", "sagte sie", "dijo Burtón"). */
export function subjectAfter(
  tokens: readonly Token[],
  cue: number,
  sentenceTo: number,
  lex: Lexicon,
): Mention | undefined {
  let start = cue + 1;
  // "sagte dagegen", "a expliqué mardi", "explicó el lunes": skip adverbs and a time right
  // after the verb.
  // ("matizó sin embargo el economista": and an aside of two or three words.)
  for (;;) {
    const token = tokens[start];
    const phrase = asideAt(tokens, start, lex);
    // ("declaró como testigo Ismael Robles": in what role, a person noun after "como".)
    const role = isDeterminer(tokens[start + 1], lex) ? start + 2 : start + 1;
    if (isWord(token) && (lex.between.has(lowerOf(token)) || isTimeWord(token, lex))) start += 1;
    else if (isDeterminer(token, lex) && isTimeWord(tokens[start + 1], lex)) start += 2;
    else if (phrase) start += phrase;
    else if (
      isWord(token) &&
      lex.asWords.has(lowerOf(token)) &&
      isWord(tokens[role]) &&
      isLower(tokens[role]!.text) &&
      (isPersonNoun(lowerOf(tokens[role]), lex) || lex.personKinds.has(lowerOf(tokens[role])))
    )
      start = role + 1;
    else {
      // ("contó entre lágrimas Rosa Chumacero": a phrase of manner.)
      const manner = mannerPhrase(tokens, start, lex);
      if (!manner) break;
      start = manner;
    }
  }
  // "dijo a EFE Carmen López": whom it was said to, then a name that ends the phrase.
  if (isWord(tokens[start]) && lex.toWords.has(lowerOf(tokens[start]))) {
    const end = findFrom(tokens, start + 1, sentenceTo, (t) => !isWord(t));
    const close = end < 0 ? sentenceTo : end;
    const name = nameIn(tokens, { from: start + 1, to: close }, lex);
    if (name && name.from > start + 1 && name.to === close)
      return { from: name.from, to: close, kind: 'name', name, plural: false };
    // "dijo a la prensa el gobernador regional, Luis Quispe": an article, one lower-case noun
    // (whom it was said to), then the subject, opening with an article of its own.
    // ("declaró a la puerta del hospital su hermano, Julián Prieto": where it was said, the
    // noun's complement after it, then a subject opening with a possessive.)
    const noun = tokens[start + 2];
    let subject = start + 3;
    if (lex.headBefore.has(lowerOf(tokens[subject])) && isLower(tokens[subject + 1]?.text ?? ''))
      subject += isDeterminer(tokens[subject + 1], lex) ? 3 : 2;
    const opens = (t: Token | undefined) =>
      isDeterminer(t, lex) || (isWord(t) && lex.possessives.has(lowerOf(t)));
    if (
      isDeterminer(tokens[start + 1], lex) &&
      isWord(noun) &&
      isLower(noun.text) &&
      (isDeterminer(tokens[start + 3], lex) || (subject > start + 3 && opens(tokens[subject])))
    )
      start = isDeterminer(tokens[start + 3], lex) ? start + 3 : subject;
  }
  // "so von Bergen", "said von der Leyen": a surname's particles before it are no preposition
  // (where nouns are capitalised, only "von" right before the name: "von der Stadt" is one).
  // ("a dit M. de Villepin": an honorific before them too.)
  const titled = isWord(tokens[start]) && lex.honorifics.has(tokens[start]!.text) ? 1 : 0;
  let particles = start + titled;
  while (isWord(tokens[particles]) && PARTICLES.has(tokens[particles]!.text)) particles += 1;
  const surname =
    particles > start + titled &&
    isWord(tokens[particles]) &&
    isNameWord(tokens[particles]!, lex, false) &&
    (!lex.nounsCapitalised ||
      (particles === start + titled + 1 && tokens[start + titled]!.text === 'von'));
  if (surname) start = particles;
  const first = tokens[start];
  if (isPronoun(first, lex)) return mentionOf(tokens, { from: start, to: start + 1 }, lex, -1);
  const range = phraseAfter(tokens, start, sentenceTo, lex);
  if (!range) return undefined;
  const mention = mentionOf(tokens, range, lex, -1);
  // "explicó la concejala de Cultura, Marta Ruiz": the name in the appositive (after a short
  // complement of the description: "el portavoz del Sindicato Central de Regantes" has five
  // words).
  const comma = findFrom(
    tokens,
    range.to,
    Math.min(sentenceTo, range.to + APPOSITIVE_AFTER),
    (t) => !isWord(t),
  );
  // (A name in the complement is a place's or a body's: "la maire de Lyon, Anne Martin".)
  const complement = mention.name && lex.prepositions.has(lowerOf(tokens[mention.name.from - 1]));
  if ((!mention.name || complement) && comma >= 0 && tokens[comma]!.text === ',') {
    const end = findFrom(tokens, comma + 1, sentenceTo, (t) => !isWord(t));
    const close = end < 0 ? sentenceTo : end;
    const name = nameIn(tokens, { from: comma + 1, to: close }, lex);
    if (name && name.from === comma + 1 && name.to === close)
      return { ...mention, kind: 'name', name };
  }
  return mention;
}

/** The most words of a phrase of time that opens a sentence before its subject (`opensAdverbial`). */
const LONG_TIME_PHRASE = 6;

/** How many words after a description its complement may have before an appositive's comma. */
const APPOSITIVE_AFTER = 7;

/**
 * "contó entre lágrimas Rosa Chumacero", "said with a smile Ann Lee": a preposition (no word for
 * whom it was said to), an article or not, one or two lower-case words that are no preposition,
 * then a first name: where the subject after the verb starts (0 for none).
 */
function mannerPhrase(tokens: readonly Token[], at: number, lex: Lexicon): number {
  const word = lowerOf(tokens[at]);
  if (!isWord(tokens[at]) || !lex.prepositions.has(word) || lex.toWords.has(word)) return 0;
  let k = isDeterminer(tokens[at + 1], lex) ? at + 2 : at + 1;
  const first = k;
  while (
    k < first + 2 &&
    isWord(tokens[k]) &&
    isLower(tokens[k]!.text) &&
    !lex.prepositions.has(lowerOf(tokens[k])) &&
    !isDeterminer(tokens[k], lex)
  )
    k += 1;
  if (k > first && isWord(tokens[k]) && loneFirstName(tokens[k]!, lex)) return k;
  // ("advirtió en rueda de prensa el director del zoo": a phrase of up to four lower-case words,
  // a preposition inside it, before a subject that opens with an article and a noun for a
  // person.)
  k = first;
  while (
    k < first + 4 &&
    isWord(tokens[k]) &&
    isLower(tokens[k]!.text) &&
    !isDeterminer(tokens[k], lex)
  )
    k += 1;
  const person = tokens[k + 1];
  return k > first &&
    !lex.prepositions.has(lowerOf(tokens[k - 1])) &&
    isDeterminer(tokens[k], lex) &&
    isWord(person) &&
    isLower(person.text) &&
    isPersonNoun(lowerOf(person), lex)
    ? k
    : 0;
}

/** How many words of an aside of two or three words (`asides`) start at token `at` (0 for none). */
function asideAt(tokens: readonly Token[], at: number, lex: Lexicon): number {
  for (const length of [3, 2]) {
    const words = tokens.slice(at, at + length);
    if (
      words.length === length &&
      words.every(isWord) &&
      lex.asides.has(words.map(lowerOf).join(' '))
    )
      return length;
  }
  return 0;
}

/** Lower-case words that may stand before a noun of time: "a few", "quelques", "unos", "two". */
const timeCount = (token: Token | undefined, lex: Lexicon) =>
  isWord(token) &&
  isLower(token.text) &&
  (isDeterminer(token, lex) || lex.oneOf.has(lowerOf(token)));

/** Does a phrase of time start at `j`: a noun of time, after up to two words of counting? */
function timeAfter(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  let k = j;
  while (k < j + 2 && (timeCount(tokens[k], lex) || /^\p{N}+$/u.test(tokens[k]?.text ?? '')))
    k += 1;
  const noun = tokens[k];
  // (A day or month in lower case too: "afirmó Prieto el martes".)
  return (
    isWord(noun) &&
    isLower(noun.text) &&
    (lex.timeNouns.has(lowerOf(noun)) || lex.times.has(lowerOf(noun)))
  );
}

/** A day or month ("mardi", "Thursday"), or a lower-case noun of time ("lunes", "morning"). */
const isTimeWord = (token: Token | undefined, lex: Lexicon) =>
  isWord(token) &&
  (lex.times.has(token.text) || lex.times.has(lowerOf(token)) || lex.timeNouns.has(lowerOf(token)));

/** The phrase around token `at` (a capitalised word or pronoun), for verbs without a subject. */
export function phraseAround(
  tokens: readonly Token[],
  at: number,
  sentence: TokenRange,
  lex: Lexicon,
): Mention | undefined {
  if (isPronoun(tokens[at], lex)) return mentionOf(tokens, { from: at, to: at + 1 }, lex, -1);
  const left = phraseBefore(tokens, at + 1, sentence.from, lex);
  const right = phraseAfter(tokens, at, sentence.to, lex);
  if (!left && !right) return undefined;
  const range = { from: left?.from ?? at, to: right?.to ?? at + 1 };
  return mentionOf(tokens, range, lex, sentence.from);
}

/**
 * Does the sentence at `start` open with an adverbial before a comma, not with its subject?
 * "Soon, he found …", "Perhaps, he said, …": one word, then a comma and a pronoun (a subject
 * set off by a comma is followed by an appositive, not by "he"); "Walking to the next address,
 * Ebeling reminisced", "Leaning into her message, she added": a participle or an adverb
 * ("Walking", "Clearly") that opens a phrase of its own, then a comma and a pronoun or a
 * capitalised word. A name such as "Manning" or "Fleming" is followed by its verb or by an
 * appositive, so it stays a subject.
 */
function opensAdverbial(
  tokens: readonly Token[],
  start: number,
  before: number,
  lex: Lexicon,
): boolean {
  const first = tokens[start]!;
  const comma = findFrom(tokens, start + 1, before, (t) => t.kind === 'punct' && t.text === ',');
  if (comma < 0) return false;
  const next = tokens[comma + 1];
  if (isPronoun(next, lex) && isWord(tokens[comma + 2]) && comma === start + 1) return true;
  // "Le lendemain, Claire attendait …", "The next day, Tom …": a short phrase of time; or a
  // longer one with no verb in it before a name ("Chaque samedi depuis trente ans, Martine Le
  // Goff installe …").
  const words = tokens.slice(start, comma);
  if (words.some((t) => isTime(t, lex))) {
    if (comma - start <= 3) return true;
    const verbless = words.every((t) => isVerbless(t, lex));
    if (comma - start <= LONG_TIME_PHRASE && verbless && isWord(next) && isCapitalised(next.text))
      return true;
  }
  const word = lowerOf(first);
  // ("A su lado, su sobrina Laura Pardo …": a preposition and up to three words, no verb among
  // them, before the subject.)
  const opensSubject = (t: Token | undefined) =>
    isPronoun(t, lex) ||
    (isWord(t) &&
      (isCapitalised(t.text) || isDeterminer(t, lex) || lex.possessives.has(lowerOf(t))));
  if (
    !lex.nounsCapitalised &&
    lex.prepositions.has(word) &&
    comma - start <= 4 &&
    words.every((t) => isVerbless(t, lex)) &&
    opensSubject(next)
  )
    return true;
  // ("Premier à la barre, le prévenu a contesté": a word of the language, a preposition and a
  // few words in lower case, no verb among them, before a subject that opens with an article;
  // not "Pierre de Coubertin, le …".)
  const second = tokens[start + 1];
  if (
    !lex.nounsCapitalised &&
    isWord(second) &&
    lex.prepositions.has(lowerOf(second)) &&
    comma - start <= 5 &&
    isLanguageWord(word, lex.lang) &&
    words.slice(1).every((t) => isVerbless(t, lex) && isLower(t.text)) &&
    isDeterminer(next, lex)
  )
    return true;
  // "Interrogé par France Bleu, le député …": a past participle and a preposition open a phrase
  // before the subject, which is a capitalised word or opens with an article.
  // So does one alone before the comma ("Contactée, la chambre de commerce dit …",
  // "Consultado, el ministerio indicó …"), when it is no first name ("René, …").
  if (
    (lex.endings.openingParticiple?.test(word) ?? false) &&
    ((isWord(second) && lex.prepositions.has(lowerOf(second))) ||
      (comma === start + 1 && !isFirstName(first.text)))
  ) {
    const after = tokens[participlePhraseEnd(tokens, start, comma, before, lex) + 1];
    return isWord(after) && (isCapitalised(after.text) || isDeterminer(after, lex));
  }
  const adverbial =
    (lex.participle?.ending.test(word) ?? false) || (lex.endings.adverb?.test(word) ?? false);
  if (!adverbial || lex.nounsCapitalised) return false;
  // The participle opens a phrase: a lower-case word follows it ("Walking to", "Looking ahead"),
  // or its object and then one ("Following Sanders on MSNBC,"; not a name such as "Irving").
  const phrase =
    comma === start + 1 ||
    (isWord(second) && isLower(second.text)) ||
    (opensAsModifier(tokens, start, lex) &&
      findFrom(tokens, start + 2, comma, (t) => isWord(t) && isLower(t.text)) >= 0);
  // ("Honestly, my editor, Priya Sandoval, read …": a possessive or an article opens the subject.)
  return (
    phrase &&
    (isPronoun(next, lex) ||
      (isWord(next) &&
        (isCapitalised(next.text) ||
          isDeterminer(next, lex) ||
          lex.possessives.has(lowerOf(next)))))
  );
}

/**
 * The comma that ends a phrase opening with a past participle at `start`, from its first comma:
 * a clause set in it that opens with a relative or a conjunction goes on to the next comma
 * ("Preguntado por la grada, que despidió al equipo con pitos, Ruiz Peñalver fue tajante").
 */
function participlePhraseEnd(
  tokens: readonly Token[],
  start: number,
  comma: number,
  before: number,
  lex: Lexicon,
): number {
  if (!(lex.endings.openingParticiple?.test(lowerOf(tokens[start])) ?? false)) return comma;
  let end = comma;
  for (;;) {
    const next = tokens[end + 1];
    const word = lowerOf(next);
    if (
      !isWord(next) ||
      !(lex.relatives.has(word) || lex.thingRelatives.has(word) || lex.stops.has(word))
    )
      return end;
    const further = findFrom(tokens, end + 2, before, (t) => t.kind === 'punct' && t.text === ',');
    if (further < 0) return end;
    end = further;
  }
}

/**
 * In a language whose main clauses put the finite verb second (`Lexicon.verbSecond`), the verb
 * of a clause at `start` that opens with a phrase that is no subject: after an adverb of that list
 * the next word ("Dann sagte sie", "Trotzdem stand Felix": "stand" is in no list), after a phrase
 * opening with a preposition the first lower-case word a list of the lexicon knows as a verb ("Im
 * Interview wurde Lorenz deutlicher"); -1 for any other clause.
 */
export function verbSecondVerb(
  tokens: readonly Token[],
  start: number,
  before: number,
  lex: Lexicon,
): number {
  const first = lowerOf(tokens[start]);
  if (lex.verbSecond.size === 0) return -1;
  const next = tokens[start + 1];
  // "1998 veröffentlichte Talhofer ein Buch": a year opens the clause as an adverb does.
  if (
    /^\p{N}+$/u.test(first) &&
    isWord(next) &&
    isLower(next.text) &&
    !functionWordOf(lowerOf(next), lex)
  )
    return start + 1 < before ? start + 1 : -1;
  // "Geboren wurde Gertrud Sommer 1936": a past participle opening the clause, then the auxiliary.
  const participle =
    lex.nounsCapitalised &&
    /^ge\p{Ll}{3,}(?:t|en)$/u.test(first) &&
    isWord(next) &&
    (lex.auxiliaries.has(lowerOf(next)) ||
      lex.copulas.has(lowerOf(next)) ||
      /^wurden?$/u.test(lowerOf(next)));
  if (participle) return start + 1 < before ? start + 1 : -1;
  // "Ausdrücklich lobte sie jedoch …": an adverb no list knows, then a verb in lower case and a
  // pronoun, its subject.
  const pronounAfter =
    lex.nounsCapitalised &&
    /\p{Ll}(?:lich|weise|ig|isch)$/u.test(first) &&
    isWord(next) &&
    isLower(next.text) &&
    isPronoun(tokens[start + 2], lex);
  if (pronounAfter) return start + 1 < before ? start + 1 : -1;
  // ("Als Gründe nannte der 54-Jährige …": a word before a noun that opens the clause as a
  // preposition does.)
  const opening =
    lex.prepositions.has(first) ||
    (lex.verbSecondBeforeNoun.has(first) && isWord(next) && isCapitalised(next.text));
  if (!(lex.verbSecond.has(first) || opening)) return -1;
  const adverb =
    lex.verbSecond.has(first) &&
    isWord(next) &&
    isLower(next.text) &&
    !lex.between.has(lowerOf(next)) &&
    !lex.stops.has(lowerOf(next));
  if (adverb) return start + 1 < before ? start + 1 : -1;
  const known = findFrom(tokens, start + 1, before, (t) => {
    if (!isWord(t) || !isLower(t.text)) return false;
    const word = lowerOf(t);
    return lex.verbs.has(word) || lex.finite.has(word) || lex.auxiliaries.has(word);
  });
  if (known >= 0 || !lex.nounsCapitalised || !opening) return known;
  // "Seit vierzig Jahren verkauft Hildegard Maier Gemüse": where nouns are capitalised, after
  // an opening preposition's noun, the first lower-case word that is no function word is the verb.
  let noun = false;
  for (let k = start + 1; k < before; k += 1) {
    const token = tokens[k]!;
    if (!isWord(token)) return -1;
    // ("Im Jahr 1998 veröffentlichte": a figure is part of the phrase.)
    if (/^\p{N}+$/u.test(token.text)) continue;
    if (isCapitalised(token.text)) noun = true;
    else if (noun && !functionWordOf(lowerOf(token), lex)) return k;
  }
  return -1;
}

/** A word of the grammar, not a verb: a preposition, determiner, conjunction or adverb. */
const functionWordOf = (word: string, lex: Lexicon) =>
  [
    lex.prepositions,
    lex.determiners,
    lex.stops,
    lex.conjunctions,
    lex.between,
    lex.genitives,
    lex.joiners,
  ].some((set) => set.has(word));

/** The subject after the verb of a verb-second clause that opens with no subject (`verbSecondVerb`). */
function verbSecondSubject(
  tokens: readonly Token[],
  start: number,
  before: number,
  lex: Lexicon,
): Mention | undefined {
  let verb = verbSecondVerb(tokens, start, before, lex);
  // ("Nach dem Urteil zeigte sich Mertens zufrieden": the object pronoun is no subject.)
  while (verb >= 0 && isWord(tokens[verb + 1]) && lex.verbSecondObjects.has(tokens[verb + 1]!.text))
    verb += 1;
  if (verb < 0 || verb + 1 >= before) return undefined;
  if (isPronoun(tokens[verb + 1], lex))
    return mentionOf(tokens, { from: verb + 1, to: verb + 2 }, lex, -1);
  // "Anders sieht das Stefan Roth vom Förderverein": the object "das", then a first name and a
  // surname (no article comes before a name).
  if (
    lex.resumptives.has(lowerOf(tokens[verb + 1])) &&
    isWord(tokens[verb + 2]) &&
    loneFirstName(tokens[verb + 2]!, lex)
  ) {
    let end = verb + 3;
    while (end < before && isWord(tokens[end]) && isCapitalised(tokens[end]!.text)) end += 1;
    const name = trimName(tokens, { from: verb + 2, to: end }, lex);
    if (name?.from === verb + 2 && name.to - name.from >= 2)
      return { ...name, kind: 'name', name, plural: false };
  }
  const range = phraseAfter(tokens, verb + 1, before, lex);
  return range ? mentionOf(tokens, range, lex, -1) : undefined;
}

/**
 * The subject of a sentence's main clause: the first noun phrase after an opening adverbial
 * ("In December, US officials …") and after a conjunction ("But Flynn said …").
 */
export function clauseSubject(
  tokens: readonly Token[],
  sentence: TokenRange,
  before: number,
  lex: Lexicon,
): Mention | undefined {
  let start = sentence.from;
  // "But Sen. Lisa Hammond, R-Maine, said …": a conjunction before a capitalised word opens no
  // phrase that a comma ends; the subject follows it (not "But to give you the tenor, Trump …").
  if (
    isWord(tokens[start]) &&
    lex.conjunctions.has(lowerOf(tokens[start])) &&
    isWord(tokens[start + 1]) &&
    isCapitalised(tokens[start + 1]!.text) &&
    start + 1 < before
  )
    start += 1;
  // "Im Interview mit dem Vereinsradio wurde Lorenz deutlicher:": where the verb comes second,
  // the subject follows the first verb after an opening phrase that is no subject.
  const inverted = verbSecondSubject(tokens, start, before, lex);
  if (inverted) return inverted;
  const first = tokens[start];
  // ("De son côté, Joël Castagnède …": an aside that opens the sentence before a comma.)
  const aside = asideAt(tokens, start, lex);
  if (
    isWord(first) &&
    (lex.openers.has(lowerOf(first)) ||
      opensAdverbial(tokens, start, before, lex) ||
      (aside > 0 && tokens[start + aside]?.text === ','))
  ) {
    // "At an event billed as “Hard Hats,” Clinton unveiled …": a quotation that ends with a
    // comma inside its marks closes the opening words as the comma itself would.
    const comma = findFrom(
      tokens,
      start + 1,
      before,
      (t) =>
        (t.kind === 'punct' && t.text === ',') ||
        (t.kind === 'quote' && innerOf(t.text).trimEnd().endsWith(',')),
    );
    if (comma < 0) {
      // "And she is sure that keeping Santilli …", "Later he said": a pronoun right after the
      // opening word is the subject.
      if (isPronoun(tokens[start + 1], lex) && isWord(tokens[start + 2]) && start + 1 < before)
        return mentionOf(tokens, { from: start + 1, to: start + 2 }, lex, -1);
      // "In the summer Joe Smith decided …": the first name after the opening words.
      const name = findFrom(tokens, start + 1, before, (t) => isNameWord(t, lex, false));
      if (name < 0) return undefined;
      return phraseAround(tokens, name, sentence, lex);
    }
    start = participlePhraseEnd(tokens, start, comma, before, lex) + 1;
    // "In St. Clairsville, Ohio, Brenda Johnson railed …": a place's region between two commas
    // still belongs to the opening words (a run of capitalised words, after a capitalised one).
    let end = start;
    while (isWord(tokens[end]) && isCapitalised(tokens[end]!.text)) end += 1;
    // Not after a time or a lone opening word: "On Monday, Herman Cain, the pizza maven, was
    // asked", "Recently, Herman Cain, …" open with the subject and its appositive.
    if (
      isRegion(tokens, start, end) &&
      tokens[end]?.kind === 'punct' &&
      tokens[end]!.text === ',' &&
      isWord(tokens[comma - 1]) &&
      isCapitalised(tokens[comma - 1]!.text) &&
      comma - 1 > sentence.from &&
      !lex.times.has(tokens[comma - 1]!.text) &&
      end + 1 < before
    )
      start = end + 1;
    // "Outside the leisure centre, as the sun came up, one volunteer shook his head": a second
    // opening clause (an opening word, then a verb) set off by its own comma. (Not one opened by
    // a word that also stops a phrase, "when", "cuando": the cues read that clause apart,
    // `subordinateOpening`.)
    if (
      isWord(tokens[start]) &&
      isLower(tokens[start]!.text) &&
      lex.openers.has(lowerOf(tokens[start])) &&
      !lex.stops.has(lowerOf(tokens[start]))
    ) {
      const next = findFrom(tokens, start + 1, before, (t) => t.kind === 'punct' && t.text === ',');
      const verb = (t: Token) =>
        isWord(t) &&
        isLower(t.text) &&
        (lex.finite.has(lowerOf(t)) || (lex.endings.past?.test(lowerOf(t)) ?? false));
      if (next > start + 1 && next + 1 < before && tokens.slice(start + 1, next).some(verb))
        start = next + 1;
    }
  }
  while (isWord(tokens[start]) && lex.stops.has(lowerOf(tokens[start]))) start += 1;
  if (start >= before) return undefined;
  if (isPronoun(tokens[start], lex))
    return mentionOf(tokens, { from: start, to: start + 1 }, lex, -1);
  const range = phraseAfter(tokens, start, before, lex);
  if (!range) return undefined;
  const mention = mentionOf(tokens, range, lex, sentence.from);
  // "A stout woman named Mrs. Pratt opened the door": the name the description is given.
  if (!mention.name && isWord(tokens[range.to]) && lex.namedWords.has(lowerOf(tokens[range.to]))) {
    let end = range.to + 1;
    while (end < before && isWord(tokens[end]) && isCapitalised(tokens[end]!.text)) end += 1;
    const name = nameIn(tokens, { from: range.to + 1, to: end }, lex);
    if (name && name.from === range.to + 1 && name.to === end)
      return { ...mention, to: end, kind: 'name', name };
  }
  // "The education secretary, Moira Delacourt, dismissed …", "A former candidate -- John
  // McCain, who lost … -- said": the name in the appositive.
  if (!mention.name || complementName(tokens, mention, lex)) {
    let open = range.to;
    // "La directrice de l'école, Claire Vidal, a reçu …": past a short complement.
    const of = lowerOf(tokens[open]);
    if (isWord(tokens[open]) && (lex.headBefore.has(of) || lex.prepositions.has(of))) {
      const end = findFrom(tokens, open, Math.min(before, open + 8), (t) => !isWord(t));
      if (end > open && tokens[end]!.text === ',') open = end;
    }
    const dash = (t: Token | undefined) => t?.kind === 'punct' && /^[-–—]$/u.test(t.text);
    const comma = tokens[open]?.text === ',';
    if (comma) open += 1;
    else while (dash(tokens[open])) open += 1;
    const close = findFrom(tokens, open, before, (t) => t.text === ',' || dash(t));
    const name =
      open > range.to && close > 0 ? nameIn(tokens, { from: open, to: close }, lex) : undefined;
    // (Titles may open it, and a lower-case word before one: "Its sponsor, state Sen. Luis
    // Aranda, joined".)
    let lead = open;
    if (
      isWord(tokens[lead]) &&
      isLower(tokens[lead]!.text) &&
      lex.titles.has(tokens[lead + 1]?.text ?? '')
    )
      lead += 1;
    while (lead < close && lex.titles.has(tokens[lead]!.text)) lead += 1;
    if (name && name.from === lead && name.to === close && (!comma || tokens[close]!.text === ','))
      return { ...mention, kind: 'name', name };
  }
  return mention;
}

/**
 * Is a description's name only its complement's, a place or a body after a person noun and a
 * preposition ("Le maire de Lyon", "la alcaldesa de Toledo")? Then a name set off after the
 * description is the person's ("Le maire de Lyon, Bruno Martin, a présenté").
 */
function complementName(tokens: readonly Token[], mention: Mention, lex: Lexicon): boolean {
  const at = mention.name?.from ?? -1;
  return (
    at > mention.from + 1 &&
    isWord(tokens[at - 1]) &&
    lex.prepositions.has(lowerOf(tokens[at - 1])) &&
    tokens
      .slice(mention.from, at - 1)
      .some((t) => isWord(t) && isLower(t.text) && lex.personNouns.has(lowerOf(t)))
  );
}

/**
 * A person's name that fills `range`: a first name and at least one more word ("Elena Cuadrado",
 * not "the state capital, Sacramento,"), as a name set off after a role and its complement is.
 */
export function fullNameFilling(
  tokens: readonly Token[],
  range: TokenRange,
  lex: Lexicon,
): TokenRange | undefined {
  if (range.to - range.from < 2 || !isFirstName(tokens[range.from]!.text)) return undefined;
  const name = nameIn(tokens, range, lex);
  return name?.from === range.from && name.to === range.to ? name : undefined;
}

/** A `people.yaml` entry found by a name or alias. */
export interface PersonMatch {
  person: Person;
  /** The tokens that matched. */
  range: TokenRange;
}

/** Each list's index, made once: every document of a site is attributed with the same list. */
const personIndexes = new WeakMap<readonly Person[], ReadonlyMap<string, Person>>();

/**
 * Index people by every name and alias, normalised (case, apostrophes, full stops). The same
 * list gives the same index, made on its first use (3,000 people took 0.06 ms a document).
 */
export function personIndex(people: readonly Person[]): ReadonlyMap<string, Person> {
  let index = personIndexes.get(people);
  if (!index) personIndexes.set(people, (index = buildPersonIndex(people)));
  return index;
}

function buildPersonIndex(people: readonly Person[]): Map<string, Person> {
  const index = new Map<string, Person>();
  for (const person of people) {
    for (const key of [person.name, ...person.aliases]) {
      const normal = personNameKey(key);
      if (normal && !index.has(normal)) index.set(normal, person);
    }
  }
  return index;
}

/** The first word of every name and alias in an index, to rule out most runs at once. */
const firstWordsOf = new WeakMap<ReadonlyMap<string, Person>, Set<string>>();
function firstWords(people: ReadonlyMap<string, Person>): Set<string> {
  let words = firstWordsOf.get(people);
  if (!words) {
    words = new Set([...people.keys()].map((key) => key.split(' ')[0]!));
    firstWordsOf.set(people, words);
  }
  return words;
}

/** A word as names are compared: normalised, without a possessive 's. Memoised by text. */
const wordKeys = new Map<string, string>();
function wordKey(text: string): string {
  let key = wordKeys.get(text);
  if (key === undefined) {
    key = personNameKey(text.replace(/['’]s$/u, ''));
    if (wordKeys.size > 50_000) wordKeys.clear();
    wordKeys.set(text, key);
  }
  return key;
}

/**
 * True when `token`, right before a name or alias of `person`, is a first name that is none of
 * theirs: "Anna Smith" is not John Smith, whose alias is "Smith".
 */
function otherFirstName(token: Token | undefined, person: Person): boolean {
  if (token?.kind !== 'word' || !isFirstName(token.text)) return false;
  const own = [person.name, ...person.aliases].flatMap((name) => name.split(/\s+/u).map(wordKey));
  return !own.includes(wordKey(token.text));
}

/**
 * The person named by the longest run of words in `range` that is a name or alias, unless a first
 * name not theirs comes right before it in the range (then it is someone else of that name).
 */
export function matchPerson(
  tokens: readonly Token[],
  range: TokenRange,
  people: ReadonlyMap<string, Person>,
): PersonMatch | undefined {
  if (people.size === 0) return undefined;
  const starts = firstWords(people);
  for (let length = Math.min(5, range.to - range.from); length >= 1; length -= 1) {
    for (let from = range.to - length; from >= range.from; from -= 1) {
      const first = tokens[from]!;
      if (first.kind !== 'word' || !starts.has(wordKey(first.text))) continue;
      const words = tokens.slice(from, from + length);
      if (words.some((t) => t.kind !== 'word')) continue;
      const person = people.get(words.map((t) => wordKey(t.text)).join(' '));
      if (person && from > range.from && otherFirstName(tokens[from - 1], person)) continue;
      if (person) return { person, range: { from, to: from + length } };
    }
  }
  return undefined;
}

/** Normalised form of a written name, for comparing names (`personNameKey`, as people.yaml is read). */
export const nameKey = personNameKey;
