/**
 * The gender a written name says, for pronoun agreement ("she" does not stand for "Tom Goff"):
 * from an honorific of the text's language ("Mrs", "Herr"), else from the first name, looked up
 * in the first-name lists of `gender-detection-from-name` (en, de, fr, es, it), when they all
 * agree and the lexicon does not know it as a name given to both sexes (`eitherGender`). A name
 * without either (a surname alone, an organisation) has none.
 */
import { getGender } from 'gender-detection-from-name';
import type { Lexicon } from './lexicon/shape.ts';

const known = new Map<string, 'male' | 'female' | undefined>();

/** The lists the first-name lookup asks. */
const NAME_LISTS = ['en', 'de', 'fr', 'es', 'it'] as const;

/**
 * The gender the first-name lists agree on: a name one list gives as male and another as female
 * ("Andrea"; the French list also has "Michel" and "Louis" as female) says none.
 */
function genderOfFirstName(word: string, lex: Lexicon): 'male' | 'female' | undefined {
  if (lex.eitherGender.has(word)) return undefined;
  let gender: 'male' | 'female' | undefined;
  for (const list of NAME_LISTS) {
    const found = getGender(word, list);
    if (found !== 'male' && found !== 'female') continue;
    if (gender && gender !== found) return undefined;
    gender = found;
  }
  return gender;
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
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${honorifics.join('|')})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+)?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (const text of texts)
    for (const [, honorific, surname] of text.matchAll(pattern)) {
      const gender = lex.honorificGender.get(honorific!)!;
      const before = said.get(surname!);
      said.set(surname!, before === undefined || before === gender ? gender : null);
    }
  const genders = new Map<string, 'male' | 'female'>();
  for (const [surname, gender] of said) if (gender) genders.set(surname, gender);
  return genders;
}
