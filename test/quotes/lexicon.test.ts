/**
 * The lexicon, one file per language (`src/quotes/lexicon/`): every language reads its own word
 * lists, never the English ones, and the attribution rules follow the text's language.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/quotes/lexicon/index.ts';
import { LEXICON_LANGUAGES, type Lexicon } from '../../src/quotes/lexicon/shape.ts';
import { quotationsInText } from '../../src/quotes/plain-text.ts';

/** What the rules find, none withheld: [quotation, speaker name or null] for each quotation. */
const speakers = (text: string, lang: string) =>
  quotationsInText(text, { lang, minConfidence: 0 }).quotations.map((q) => [
    q.text,
    q.speaker?.name ?? null,
  ]);

/** The word lists of a lexicon (sets, maps and phrase lists) by field, as sorted arrays. */
function lists(lexicon: Lexicon): Map<string, { value: unknown; words: string[] }> {
  const found = new Map<string, { value: unknown; words: string[] }>();
  for (const [field, value] of Object.entries(lexicon)) {
    let words: string[] | undefined;
    if (value instanceof Set || value instanceof Map) words = [...value.keys()].map(String);
    else if (Array.isArray(value)) words = value.map((item) => JSON.stringify(item));
    if (words) found.set(field, { value, words: words.sort() });
  }
  return found;
}

describe('each language’s own word lists', () => {
  const english = lists(lexiconFor('en'));
  const others = LEXICON_LANGUAGES.filter((lang) => lang !== 'en');

  it.each(others)('%s shares no list with English', (lang) => {
    const lexicon = lexiconFor(lang);
    expect(lexicon.lang).toBe(lang);
    const shared: string[] = [];
    for (const [field, { value, words }] of lists(lexicon)) {
      const en = english.get(field)!;
      // An empty list is the language's own answer ("none"); a non-empty one must be its own.
      if (value === en.value || (words.length > 0 && words.join(' ') === en.words.join(' ')))
        shared.push(field);
    }
    expect(shared).toEqual([]);
  });

  it('gives a language without a lexicon the English one, as documented', () => {
    expect(lexiconFor('it')).toBe(lexiconFor('en'));
    expect(lexiconFor('es-MX')).toBe(lexiconFor('es'));
  });
});

describe('French and Spanish quotations', () => {
  it.each([
    ['fr', '« Nous refusons », said Marie Dubois.'],
    ['fr', 'Marie Dubois said that « nous refusons ».'],
    ['fr', 'According to Marie Dubois, « nous refusons ».'],
    ['es', '«Me encantan los gatos», said Burtón.'],
    ['es', 'According to Burtón, «me encantan los gatos».'],
  ])('%s: an English reporting cue attributes nothing: %s', (lang, text) => {
    expect(speakers(text, lang).map(([, speaker]) => speaker)).toEqual([null]);
  });

  it('Spanish: a description points back with Spanish nouns, not English ones', () => {
    const first = '«Es el momento», dijo Ana Ruiz.';
    expect(speakers(`${first} «No habrá recortes», añadió la portavoz.`, 'es')).toEqual([
      ['«Es el momento»', 'Ana Ruiz'],
      ['«No habrá recortes»', 'Ana Ruiz'],
    ]);
    // "el mayor" is "the elder", not an English mayor: a bare description, so no speaker.
    expect(speakers(`${first} «No habrá recortes», añadió el mayor.`, 'es')[1]).toEqual([
      '«No habrá recortes»',
      null,
    ]);
  });

  it.each([
    ['fr', 'Marie Dubois ce matin a déclaré : « Nous refusons ».', 'Marie Dubois'],
    ['es', 'Pedro Gómez esta mañana dijo: «No habrá recortes».', 'Pedro Gómez'],
  ])('%s: a time between the subject and its verb: %s', (lang, text, speaker) => {
    expect(speakers(text, lang).map(([, name]) => name)).toEqual([speaker]);
  });
});
