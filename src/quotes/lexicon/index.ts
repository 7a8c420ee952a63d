/**
 * The words speaker attribution knows, one file per language (`en.ts`, `de.ts`, `fr.ts`,
 * `es.ts`; the shape of a lexicon is in `shape.ts`): reporting verbs, phrases that name a source
 * ("according to"), subject pronouns, and the small closed classes the noun-phrase rules need
 * (determiners, auxiliaries, prepositions, titles). English is the fullest; German, French and
 * Spanish have what their common reporting patterns need ("sagte sie", "selon X", "dijo X").
 */
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { isLexiconLanguage, type Lexicon, type LexiconLanguage } from './shape.ts';

const LEXICONS: Record<LexiconLanguage, Lexicon> = { en, de, fr, es };

/**
 * The lexicon for a BCP 47 tag (`de-CH` → German). A language without a lexicon of its own
 * (and no tag) gets the English one: its verbs and phrases will not match, but names,
 * titles and quotation-only sentences are still read.
 */
export function lexiconFor(lang: string | undefined): Lexicon {
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0];
  return isLexiconLanguage(primary) ? LEXICONS[primary] : en;
}
