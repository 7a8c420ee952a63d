/** Spanish: short lists for the common reporting patterns ("dijo X", "según X"). */
import { phrases, set, type Lexicon } from './shape.ts';

export const es: Lexicon = {
  lang: 'es',
  verbs: set(
    'dijo dice dicen dijeron decir afirmó afirma afirman aseguró asegura explicó explica',
    'señaló señala añadió añade declaró declara sostuvo sostiene indicó indica comentó comenta',
    'advirtió advierte insistió insiste respondió responde contestó contesta apuntó',
    'manifestó expresó subrayó destacó reconoció admitió negó',
    'criticó critica criticaron pidió pide recordó recuerda confirmó confirma defendió defiende',
    'agregó agrega aclaró aclara precisó precisa reiteró lamentó lamenta denunció denuncia',
    'preguntó pregunta exclamó concluyó advirtieron aseguraron explicaron señalaron',
    // Reflexive ones ("«…», se quejó la alcaldesa"), whose "se" stands between (`between`).
    'quejó queja felicitó felicita',
    'replicó replica',
    // Verbs of saying that fiction uses more than news ("—Ya voy —murmuró Ana").
    'murmuró murmura susurró susurra suspiró suspira gritó grita continuó prosiguió balbuceó',
    'gruñó protestó protesta suplicó observó reprochó reprendió regañó bromeó repitió repuso',
    'masculló interrumpió concedió sentenció ordenó',
    // The press's ways of adding a nuance or a stress ("«…», matizó el economista").
    'matizó matiza puntualizó puntualiza recalcó recalca zanjó incidió enfatizó valoró',
    'contó relató relata narró',
    // The imperfect of reportage ("«…», comentaba una vecina", "lamentaba Paula Requena").
    'decía decían explicaba explicaban comentaba comentaban contaba contaban recordaba',
    'recordaban insistía insistían lamentaba lamentaban aseguraba aseguraban añadía añadían',
    'señalaba señalaban afirmaba afirmaban relataba relataban reconocía advertía advertían',
    'preguntaba preguntaban respondía respondían contestaba sostenía apuntaba denunciaba',
    'reclamaba pedía repetía bromeaba confesaba',
    // And a few more of the press ("«…», proclamó Medina", "intervino Vidal", "deseó la directora").
    'proclamó proclama intervino interviene deseó desea ironiza',
    // More of the press's verbs ("«…», espetó Saldaña", "«…», resumió", "«…», opinó").
    'prometió promete espetó espeta resumió resume argumentó argumenta detalló detalla arrancó',
    'presumió opinó opina valora apunta describió describe aventuró confesó confiesa remató',
    'justificó bromea escribió escribe concluye avisó avisa soltó suelta indicaron',
    // The perfect tense of the press in Spain ("«…», ha asegurado el ministro"): participles.
    'dicho afirmado asegurado explicado señalado añadido declarado sostenido indicado comentado',
    'advertido insistido respondido contestado apuntado manifestado expresado subrayado',
    'destacado reconocido admitido negado criticado pedido recordado confirmado defendido',
    'agregado aclarado precisado reiterado lamentado denunciado exclamado concluido matizado',
    'puntualizado recalcado enfatizado valorado ironizado',
    'ironiza ironizó admite reconoce niega subraya destaca',
    // ("«…», analiza Quintana", "«…», prosigue el experto", "«…», cuenta la enfermera".)
    'analiza analizó prosigue cuenta',
  ),
  cognition: set('cree creía piensa pensaba'),
  finite: set('es son era eran fue fueron ha han había está están estaba estaban'),
  ambiguous: set('cuenta'),
  particleVerbs: new Map(),
  phrases: [
    { words: ['según'], side: 'after' },
    { words: ['de', 'acuerdo', 'con'], side: 'after' },
    { words: ['en', 'opinión', 'de'], side: 'after' },
    { words: ['a', 'juicio', 'de'], side: 'after' },
    { words: ['en', 'palabras', 'de'], side: 'after' },
  ],
  pronouns: new Map([
    ['él', 'singular'],
    ['ella', 'singular'],
    ['ellos', 'plural'],
    ['ellas', 'plural'],
  ]),
  pronounGender: new Map([
    ['él', 'male'],
    ['ella', 'female'],
  ]),
  eitherGender: set(),
  honorificGender: new Map([
    ['Sr.', 'male'],
    ['Don', 'male'],
    ['Sra.', 'female'],
    ['Dra.', 'female'],
    ['Doña', 'female'],
  ]),
  viewpoint: set('para'),
  roleModifiers: set(),
  oneOf: set(
    'dos tres cuatro cinco seis siete ocho nueve diez varios varias algunos algunas muchos',
  ),
  roleAbbreviations: new Map(),
  topic: [],
  thingRelatives: set(),
  relatives: set('quien'),
  determiners: set(
    'el la los las un una unos unas su sus este esta mi mis tu tus nuestro nuestra cada',
  ),
  pluralDeterminers: set('muchos varios algunos unos dos tres cuatro cinco'),
  definites: set('el la los las este esta'),
  demonstratives: set('este esta'),
  objectPronouns: new Map([
    ['él', 'él'],
    ['ella', 'ella'],
    ['ellos', 'ellos'],
    ['ellas', 'ellas'],
  ]),
  collectiveOpeners: set('Equipo'),
  possessives: set('su sus mi mis tu tus'),
  spouses: { owners: new Map(), words: set() },
  genitives: set(),
  auxiliaries: set('ha han había habían'),
  subordinators: set('porque aunque'),
  expletives: set(),
  asides: phrases(
    'por ejemplo|por su parte|sin embargo|en cambio|a su vez|no obstante|por otra parte|eso sí',
  ),
  toWords: set('a al'),
  titlePrepositions: set('a al por en según'),
  between: set(
    'también ya luego después no se además incluso finalmente nuevamente entonces todavía',
    // The perfect tense's auxiliary ("«…», ha asegurado el ministro"; "Molina ha reconocido").
    'ha han había habían',
  ),
  asWords: set('como'),
  prepositions: set(
    'a al de del en con por para sin sobre entre desde hasta durante ante tras según contra hacia',
  ),
  stops: set('y o pero que cuando mientras aunque porque si como'),
  coordinators: set('y &'),
  joiners: set(),
  headBefore: set('de del'),
  complementPrepositions: set('para'),
  participle: undefined,
  quotedAs: undefined,
  endings: {
    // Adverbs in -mente ("Visiblemente incómoda, explicó"), not "Clemente" or "demente".
    adverb: /....mente$/u,
    // The imperfect and the preterite of narration ("esperaba", "llegaron", "preguntó").
    past: /..(?:aba|aban|ó|aron|ieron)$/u,
    openingParticiple: /...(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u,
  },
  hasContractionBefore: set(),
  subjectClitics: set(),
  nullSubject: true,
  inciseAuxiliaries: set(),
  invertsAfterComma: true,
  participleLast: false,
  ordinalFullStop: false,
  copulas: set('es son era eran fue ser sido está están'),
  openers: set(
    'en al con por para según tras después antes pero y cuando mientras como si aunque',
    // Sentence adverbs, written with a capital at a sentence's start and no one's name.
    'sí luego entonces ahora hoy ayer mañana aquí allí así pues incluso además también todavía',
    'finalmente asimismo igualmente tampoco quizás quizá solo sólo aún donde dónde qué cómo',
    // Adverbs of place ("Dentro, la moderadora fijó las reglas.").
    'dentro fuera adentro afuera arriba abajo cerca lejos enfrente detrás delante',
    // The first words of prepositional phrases ("Frente a él,", "Gracias a ella,", "Pese a todo,").
    'frente gracias junto respecto debido pese ante sobre desde hacia contra sin bajo durante',
  ),
  titles: set('Sr. Sra. Dr. Dra. presidente presidenta ministro ministra portavoz'),
  honorifics: set('Sr. Sra. Dr. Dra. Don Doña'),
  organisations: set(
    'Asociación Partido Comité Consejo Instituto Universidad Unión Ministerio Asamblea Senado',
    'Congreso Gobierno Comisión Agencia Banco Fundación Sociedad Grupo Sindicato Federación',
    'Ayuntamiento Tribunal Policía Radio',
  ),
  roleGender: {
    female: set(
      'madre hermana hija esposa tía abuela mujer chica vecina amiga',
      'la presidenta ministra directora alcaldesa sra consejera concejala diputada senadora',
      'secretaria delegada',
    ),
    male: set(
      'padre hermano hijo marido esposo tío abuelo hombre chico vecino amigo desconocido',
      'el presidente ministro director alcalde sr consejero concejal diputado senador',
      'secretario delegado',
    ),
  },
  objectClitics: set('la lo le les los las me te se nos os'),
  conjunctions: set('y pero sino'),
  kin: set(
    'padre madre hermano hermana hijo hija marido esposa esposo tío tía abuelo abuela hombre',
    'mujer chico chica vecino vecina amigo amiga desconocido',
  ),
  verbSecond: set(),
  verbSecondObjects: set(),
  verbSecondBeforeNoun: set(),
  resumptives: set('así'),
  cleftOpeners: set(),
  speechNouns: {
    nouns: set(
      'veredicto palabras pregunta respuesta frase valoración comentario advertencia queja',
      'lamento crítica petición explicación promesa súplica reflexión réplica',
    ),
    agents: set('de del por'),
  },
  indefiniteArticles: set('un una'),
  sourceNouns: set('fuentes'),
  addressTitles: set('señor señora señorita don doña'),
  indefinites: set(
    'todos todas otros otras muchos muchas algunos algunas varios varias nadie cada ambos ambas',
    'alguien cualquiera',
    // "we", "you" and the demonstratives ("Ese dijo …").
    'nosotros nosotras ustedes usted vosotros vosotras este esta estos estas ese esa esos esas',
    'eso esto aquel aquella aquellos aquellas uno una',
  ),
  works: {
    nouns: set(
      'pódcast exposición sección documento',
      'libro libros película películas canción canciones álbum álbumes novela novelas obra',
      'serie series documental poema ensayo columna título lema eslogan informe informes folleto',
    ),
    titled: set('titulado titulada titulados tituladas'),
    named: set(
      'petición asociación plataforma programa programas proyecto proyectos campaña iniciativa operación plan',
    ),
    authors: set('autor autora autores autoras'),
  },
  terms: {
    nouns: set('expresión término palabra frase fórmula afirmación calificativo'),
    joiners: set('de que'),
    alternatives: set('o y ni en lugar de más que no'),
    meaning: set('significa significaba significó significan'),
    glosses: ['es decir', 'o sea'],
  },
  labelNouns: set('alerta nivel estado'),
  namedWords: set(
    'llama llaman llamando conoce conocen denomina denominan denominando',
    'llamado llamada apodado apodada llamaban apodaban bautizado bautizada bautizados bautizadas',
    // "que la ciudad sea declarada «zona tensionada»": the passive names a status (not
    // "declarado", which also makes the perfect tense of saying: "ha declarado «…»").
    'declarada declaradas declarados',
  ),
  passiveNaming: set(),
  soCalled: set('llamado llamada llamados llamadas denominado denominada autodenominado'),
  reportedMood: { forms: set(), notWith: set() },
  personEndings: ['dora', 'tora', 'sora'],
  personNounEnding: /\p{L}{3}(?:or|ora|ista|ero|era|ante|ente|ico|ica|logo|loga)$/u,
  personKinds: set(
    'testigo conductor conductora aficionado aficionada transeúnte pasajero pasajera residente',
    'cliente paciente jubilado jubilada trabajador trabajadora alumno alumna espectador vecino',
    'vecina compañero compañera turista inquilino inquilina técnico técnica entrenador entrenadora',
  ),
  interviewedWith: { we: set('nosotros'), weVerb: /...(?:amos|emos|imos)$/u, with: set('con') },
  streetNouns: set('calle avenida plaza paseo camino carretera glorieta callejón ronda travesía'),
  replyVerbs: set('respondió responde contestó contesta replicó replica negó niega'),
  askVerbs: set('preguntó pregunta preguntaba'),
  whetherWords: set('si'),
  readingVerbs: set('leyó lee leído leía leerse leer'),
  signNouns: set('cartel carteles pancarta pancartas letrero letreros pegatina pegatinas'),
  crowdNouns: set('gritos grito consignas cánticos'),
  interviewers: set(
    'periodista reportero reportera redactor redactora corresponsal entrevistador entrevistadora presentador presentadora',
  ),
  describingNouns: set('mandatario mandataria'),
  personNouns: set(
    'presidente presidenta ministro ministra portavoz director directora alcalde alcaldesa general',
    'consejero consejera concejal concejala diputado diputada senador senadora secretario',
    'secretaria delegado delegada regidor regidora mandatario mandataria inspector inspectora',
    'comisario comisaria doctor doctora médico médica capitán teniente juez jueza magistrado',
    'magistrada fiscal abogado abogada letrado letrada',
  ),
  yearsNoun: 'años',
  roleSynonyms: new Map([
    ['regidor', ['alcalde']],
    ['regidora', ['alcaldesa']],
    ['mandatario', ['presidente']],
    ['mandataria', ['presidenta']],
    ['médico', ['doctor']],
    ['médica', ['doctora']],
    // A team's coach.
    ['técnico', ['entrenador']],
    ['técnica', ['entrenadora']],
    ['letrado', ['abogado']],
    ['letrada', ['abogada']],
    // In a trial, the judge who presides.
    ['magistrado', ['juez']],
    ['magistrada', ['jueza']],
    // A scientist the text names by a field or a post.
    ['investigador', ['profesor', 'catedrático', 'epidemiólogo', 'neurólogo', 'científico']],
    ['investigadora', ['profesora', 'catedrática', 'epidemióloga', 'neuróloga', 'científica']],
  ]),
  times: set(
    'lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio',
    'julio agosto septiembre octubre noviembre diciembre',
  ),
  pastAfterName: set(),
  timeNouns: set(
    'semana mes año noche mañana tarde día minuto minutos hora horas instante instantes días semanas meses años',
  ),
  timeOpeners: set('este esta'),
  closingAbbreviations: set(),
  abbreviations: set('sr sra dr dra ud uds'),
  maxNameWords: 3,
  nounsCapitalised: false,
};
