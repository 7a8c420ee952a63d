/** French: the Gender Gap Tracker's reporting verbs (`../data/verbs.json`), "selon X", "a déclaré X". */
import { set, type Lexicon } from './shape.ts';
import verbTable from '../data/verbs.json' with { type: 'json' };
import { en } from './en.ts';

export const fr: Lexicon = {
  ...en,
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
  coordinators: set('et &'),
  joiners: set(),
  headBefore: set(),
  complementPrepositions: set(),
  participle: undefined,
  quotedAs: undefined,
  endings: {},
  invertsAfterComma: true,
  ordinalFullStop: false,
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
