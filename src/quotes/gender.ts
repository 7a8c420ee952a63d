/**
 * The gender a written name says, for pronoun agreement ("she" does not stand for "Tom Goff"):
 * from an honorific of the text's language ("Mrs", "Herr"), else from the first name, looked up
 * in the first-name lists of `gender-detection-from-name` (en, de, fr, es, it), when they all
 * agree. A name without either (a surname alone, an organisation) has none.
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
function genderOfFirstName(word: string): 'male' | 'female' | undefined {
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
    if (words.length > 1 && word !== words.at(-1)) gender = genderOfFirstName(word);
    break;
  }
  if (known.size > 10_000) known.clear();
  known.set(key, gender);
  return gender;
}
