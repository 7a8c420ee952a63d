/** Spanish: short lists for the common reporting patterns ("dijo X", "según X"). */
import { set, type Lexicon } from './shape.ts';
import { en } from './en.ts';

export const es: Lexicon = {
  ...en,
  lang: 'es',
  verbs: set(
    'dijo dice dicen dijeron decir afirmó afirma afirman aseguró asegura explicó explica',
    'señaló señala añadió añade declaró declara sostuvo sostiene indicó indica comentó comenta',
    'advirtió advierte insistió insiste respondió responde contestó contesta apuntó',
    'manifestó expresó subrayó destacó reconoció admitió negó',
  ),
  cognition: set('cree creía piensa pensaba'),
  finite: set('es son era eran fue fueron ha han había'),
  ambiguous: set(''),
  phrases: [{ words: ['según'], side: 'after' }],
  pronouns: new Map([
    ['él', 'singular'],
    ['ella', 'singular'],
    ['ellos', 'plural'],
    ['ellas', 'plural'],
  ]),
  relatives: set('quien'),
  determiners: set('el la los las un una unos unas su sus este esta'),
  definites: set('el la los las este esta'),
  between: set('también ya luego después no'),
  prepositions: set('a al de del en con por para sin sobre entre desde hasta'),
  stops: set('y o pero que cuando porque si como'),
  coordinators: set('y &'),
  joiners: set(),
  headBefore: set(),
  complementPrepositions: set(),
  participle: undefined,
  quotedAs: undefined,
  endings: {},
  invertsAfterComma: true,
  ordinalFullStop: false,
  copulas: set('es son era eran fue ser sido está están'),
  openers: set('en con por para según tras después antes pero y'),
  titles: set('Sr. Sra. Dr. Dra. presidente presidenta ministro ministra portavoz'),
  honorifics: set('Sr. Sra. Dr. Dra. Don Doña'),
  times: set(
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio',
    'julio agosto septiembre octubre noviembre diciembre',
  ),
  abbreviations: set('sr sra dr dra ud uds'),
  maxNameWords: 3,
};
