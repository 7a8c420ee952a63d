/**
 * The gender a written name says, for pronoun agreement ("she" does not stand for "Tom Goff"):
 * from an honorific of the text's language ("Mrs", "Herr"), else from the first name, looked up
 * in the first-name lists of `gender-detection-from-name` (en, de, fr, es, it), when every list
 * that has it gives it the same gender and the lexicon does not know it as a name given to both
 * sexes (`eitherGender`). A name without either (a surname alone, an organisation) has none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lexicon } from './lexicon/shape.ts';
import { allMatches, pattern } from './patterns.ts';
import { withoutAccents } from './tokens.ts';

const known = new Map<string, 'male' | 'female' | undefined>();

/** The lists the first-name lookup reads. */
const NAME_LISTS = ['en', 'de', 'fr', 'es', 'it'] as const;

/**
 * What each list says of every first name it has, lower-cased: two bits a list, in
 * `NAME_LISTS` order (the lower one set when the list gives the name as male, the upper one as
 * female; a list that gives a name both says nothing of it). Read from the lists' files, not
 * through the package's `getGender`: that answers from one list with the others as fallbacks, so
 * a name only the French list has looked agreed by all five; and each list is a `Map` built from
 * pairs, so of a name one list gives both sexes (2,298 in the French list: "Florent", "Gérard",
 * but also "William" and "Catherine") only the last pair is kept, often "female". One map of
 * numbers for the five lists (about 87,000 pairs), read once a process when a name first needs a
 * gender: 45–70 ms, where a map of genders for each list, then one of their agreement, took
 * 90–130 ms (alternating runs, 2026-12-07).
 */
let listed: Map<string, number> | undefined;

function firstNameLists(): Map<string, number> {
  if (listed) return listed;
  const require = createRequire(import.meta.url);
  const said = new Map<string, number>();
  NAME_LISTS.forEach((list, i) => {
    const file = require.resolve(`gender-detection-from-name/names/${list}.js`);
    for (const [, name, gender] of readFileSync(file, 'utf8').matchAll(
      /\['([^']+)', '(male|female)'\]/g,
    ))
      said.set(name!, (said.get(name!) ?? 0) | (1 << (2 * i + (gender === 'female' ? 1 : 0))));
  });
  listed = said;
  return said;
}

/**
 * The gender the lists give a name: the one every list that gives it one gender gives, `null`
 * when two of them disagree, `undefined` when none gives it one gender (not a first name here).
 */
function listedGender(name: string): 'male' | 'female' | null | undefined {
  let bits = firstNameLists().get(name);
  if (bits === undefined) return undefined;
  let gender: 'male' | 'female' | null | undefined;
  for (; bits !== 0; bits >>= 2) {
    const say = bits & 3;
    if (say === 1 || say === 2) gender = agree(gender, say === 1 ? 'male' : 'female');
  }
  return gender;
}

/** What a name's gender is after one more source says `gender`: `null` once two disagree. */
const agree = (before: 'male' | 'female' | null | undefined, gender: 'male' | 'female') =>
  before === undefined || before === gender ? gender : null;

/**
 * A first name's entry in the lists: as written, else without its accents, which the lists often
 * leave out ("Tomás" is listed as "tomas", "Lucía" as "lucia").
 */
function listedFirstName(word: string): 'male' | 'female' | null | undefined {
  const lower = word.toLowerCase();
  const gender = listedGender(lower);
  if (gender !== undefined) return gender;
  const plain = withoutAccents(lower);
  return plain === lower ? undefined : listedGender(plain);
}

/** Is a word a first name in any of the lists (whatever gender they give it)? */
export const isFirstName = (word: string) => listedFirstName(word) !== undefined;

/**
 * The gender the first-name lists agree on: a name one list (or one list twice) gives as male
 * and another as female ("Andrea"; the French list also has "Michel" and "Louis" as female) says
 * none.
 */
export function genderOfFirstName(word: string, lex: Lexicon): 'male' | 'female' | undefined {
  if (lex.eitherGender.has(word)) return undefined;
  const listed = listedFirstName(word);
  if (listed !== undefined || !word.includes('-')) return listed ?? undefined;
  // "Jan-Erik", "Anne-Marie": a double first name the lists lack, when its parts agree.
  const parts = word.split('-').map((part) => genderOfFirstName(part, lex));
  return parts.every((gender) => gender && gender === parts[0]) ? parts[0] : undefined;
}

export function genderOfName(name: string, lex: Lexicon): 'male' | 'female' | undefined {
  const key = `${lex.lang}:${name}`;
  if (known.has(key)) return known.get(key);
  const words = name.split(/\s+/u);
  let gender: 'male' | 'female' | undefined;
  for (const word of words) {
    const honorific = lex.honorificGender.get(word);
    if (honorific) {
      gender = honorific;
      break;
    }
    if (lex.honorifics.has(word) || lex.titles.has(word)) continue;
    // A first name is followed by another name: "Tom Goff", not "Goff".
    if (words.length > 1 && word !== words.at(-1)) gender = genderOfFirstName(word, lex);
    break;
  }
  if (known.size > 10_000) known.clear();
  known.set(key, gender);
  return gender;
}

/**
 * The gender the document itself gives a surname, for a name written without a first name or
 * honorific ("Clinton said"): the one an honorific before it says ("Mrs. Clinton", "Herr
 * Weber"), when the document never gives that surname the other one. Only honorifics: measured
 * on PolNeAR train, a first name before the surname ("Hillary Clinton") misleads as often as it
 * helps, since the first-name lists misgender names given to both sexes ("Lindsey Graham",
 * "Marty Walz") and a family shares a surname ("Martin" and "Ruth Bader Ginsburg"); and a pronoun
 * after a verb of saying ("Perez said she") is as often someone else spoken of.
 */
export function documentGenders(
  texts: readonly string[],
  lex: Lexicon,
): ReadonlyMap<string, 'male' | 'female'> {
  const said = new Map<string, 'male' | 'female' | null>();
  if (lex.honorificGender.size === 0) return new Map();
  const honorifics = [...lex.honorificGender.keys()]
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/\./gu, '\\.'));
  // An honorific, then the surname (a capital and lower-case letters: "Mr. AP" is none), with at
  // most one capitalised word between ("Mrs. Hillary Clinton").
  const written = pattern(
    `(?<![\\p{L}\\p{N}])(${honorifics.join('|')})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+)?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (const text of texts)
    for (const [, honorific, surname] of allMatches(written, text)) {
      const gender = lex.honorificGender.get(honorific!)!;
      said.set(surname!, agree(said.get(surname!), gender));
    }
  return agreedOnly(said);
}

/**
 * The gender a word of kin or a gendered role right before a full name gives that name ("Su
 * hija, Reyes Barragán,", "la delegada Pilar Escudero", "his wife, Ann Lee"), by full name, when
 * the document never gives it the other one. It outweighs the first-name lists, which give
 * "Reyes" as a man's. Only names of two or three words: a surname alone is often a family's.
 */
export function roleWordGenders(
  texts: readonly string[],
  lex: Lexicon,
): ReadonlyMap<string, 'male' | 'female'> {
  const said = new Map<string, 'male' | 'female' | null>();
  const { female, male } = lex.roleGender;
  // (Not the articles and honorifics the sets also hold: "la", "Sr.".)
  const words = [...female, ...male].filter((w) => w.length > 3 && !lex.honorifics.has(w));
  if (words.length === 0) return new Map();
  const name = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
  const written = pattern(
    String.raw`(?<![\p{L}])(${words.join('|')}),?\s+(${name}(?:\s+${name}){1,2})(?![\p{L}])`,
    'giu',
  );
  for (const text of texts)
    for (const [, word, full] of allMatches(written, text)) {
      const lower = word!.toLowerCase();
      const gender = female.has(lower) ? 'female' : male.has(lower) ? 'male' : undefined;
      if (gender) said.set(full!, agree(said.get(full!), gender));
    }
  return agreedOnly(said);
}

/** The names every source gave one gender (`agree`: `null` once two disagreed). */
function agreedOnly(
  said: ReadonlyMap<string, 'male' | 'female' | null>,
): ReadonlyMap<string, 'male' | 'female'> {
  const genders = new Map<string, 'male' | 'female'>();
  for (const [name, gender] of said) if (gender) genders.set(name, gender);
  return genders;
}
