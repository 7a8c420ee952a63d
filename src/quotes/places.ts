/**
 * Place names, which are never a person ("Colorado" in "Sandy Phillips, who lost her daughter in
 * Aurora, Colorado, said"; "he" never stands for "New Hampshire"): the country names of
 * `i18n-iso-countries` in English, German, French and Spanish, and the US states and territories
 * of `states-us` with their news-style abbreviations. Matched as the whole name, as written.
 */
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { states } from 'states-us';

let names: ReadonlySet<string> | undefined;

function placeNames(): ReadonlySet<string> {
  if (names) return names;
  const all = new Set<string>(states.map((state) => state.name));
  for (const abbreviation of STATE_ABBREVIATIONS.split(' '))
    all.add(abbreviation).add(`${abbreviation}.`);
  for (const { countries } of [en, de, fr, es])
    for (const name of Object.values(countries as Record<string, string | string[]>))
      for (const variant of [name].flat()) all.add(variant);
  names = all;
  return all;
}

/**
 * The abbreviations of US states that news style writes after a city ("Green Bay, Wis.",
 * "Somerton, Ariz."), with and without their full stop; the two-letter postal codes are acronyms,
 * already no name.
 */
const STATE_ABBREVIATIONS =
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wisc Wyo';

/** Is this name (all its words) a country's or a US state's? */
export const isPlace = (name: string): boolean => placeNames().has(name);

/**
 * Is this one capitalised word a word for someone from a place ("Italian", "Texan", "Japanese",
 * "Israeli")? A demonym's ending, and a country's or a US state's name that opens with the same
 * four letters ("Italy", "Texas") but not with the word itself ("Vatican City").
 */
export function isDemonym(word: string): boolean {
  // (Every place name opens with a capital: "the veteran", "the politician" are looked up in none.)
  if (word.length < 5 || !/^\p{Lu}.*(?:an|ese|ish|i)$/u.test(word)) return false;
  let known = demonyms.get(word);
  if (known === undefined) {
    const stem = word.slice(0, 4);
    const all = [...placeNames()];
    known = !all.some((name) => name.startsWith(word)) && all.some((name) => name.startsWith(stem));
    demonyms.set(word, known);
  }
  return known;
}

/** `isDemonym`'s answers, each worked out once over the place names. */
const demonyms = new Map<string, boolean>();
