/**
 * `npm run eval:quotes`: measures quotation detection and speaker attribution on three gold sets
 * from the shared fixtures, prints a table and writes it to `EVAL-QUOTES.md`.
 *
 * - seed: `seed/expected.json` — every quotation of one article with exact offsets, its speaker,
 *   and the apostrophes that are not quotation marks.
 * - polnear-dev: PolNeAR's dev split — a direct quotation is an attribution's content span that
 *   contains a quotation mark; its gold speaker is the attribution's source span.
 * - attribution-unit-cases: small cases from textacy and CoreNLP tests, each with the quotations
 *   that have a speaker (a title or a scare quote is listed as no quotation).
 *
 *     npm run eval:quotes [-- --verbose] [--check] [--fixtures dir] [--out EVAL-QUOTES.md|'']
 *       [--stand-in old] [--failures polnear-train [--context regexp]]
 *
 * The fixtures are `--fixtures`, else `$EXPLAINERS_CORPORA`, else `../shared/fixtures` beside the
 * checkout. `--out ''` prints the table and writes nothing. `--check` writes nothing and exits 1
 * when a figure falls below its floor in `THRESHOLDS`.
 *
 * Nothing here knows any fixture's text: every set goes through `quotationsInText`, as
 * `explainer quotes` does.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MIN_CONFIDENCE } from '../src/quotes/confidence.ts';
import { documentGenders, genderOfName } from '../src/quotes/gender.ts';
import { lexiconFor } from '../src/quotes/lexicon/index.ts';
import { nameKey } from '../src/quotes/names.ts';
import { shownPath } from '../src/cli/command.ts';
import { quotationsInText, type FoundQuotation, type TextSpan } from '../src/quotes/plain-text.ts';
import { withoutAccents } from '../src/quotes/tokens.ts';
import { curve, heldOutConfidences, type Judged } from './confidence-fit.ts';

/** The outside corpora: `$EXPLAINERS_CORPORA`, else `../shared/fixtures/` beside the project. */
export const DEFAULT_FIXTURES =
  process.env.EXPLAINERS_CORPORA ??
  fileURLToPath(new URL('../../shared/fixtures/', import.meta.url));
export const REPORT_PATH = fileURLToPath(new URL('../EVAL-QUOTES.md', import.meta.url));

/** The figures for one gold set. */
export interface DatasetScore {
  name: string;
  documents: number;
  /** Gold quotations. */
  gold: number;
  /** Quotations found (outermost only: a nested one is part of the one around it). */
  found: number;
  /** Found quotations that are gold quotations. */
  foundRight: number;
  /** Gold quotations that were found. */
  goldFound: number;
  /** Gold quotations whose speaker has a name (see `goldNameOf`). */
  named: number;
  /** Of those: found and given a speaker, and given the gold speaker's name. */
  given: number;
  right: number;
  /** Given and right per attribution rule (`how/via`), for calibrating confidences. */
  byRule: Record<string, { right: number; given: number }>;
  /**
   * Exact-span sets only (the seed, our own articles), where a gold quotation with no speaker
   * means the text names no one for it: such quotations found, and those given a speaker anyway
   * (a name published for words the text gives no one). PolNeAR's unnamed sources are
   * descriptions a resolved name may rightly stand for, so it has no such count.
   */
  unnamed?: { found: number; given: number };
  /** Seed only: apostrophes read as quotation marks, of those listed. */
  apostrophesTaken?: number;
  apostrophes?: number;
  /** Misses, for `--verbose` (never written to the report: the texts are the publishers'). */
  misses: string[];
  /** Wrong and missing named speakers, for `--failures` (never written to the report). */
  failures: Failure[];
  /**
   * Every automatic speaker given to a gold quotation with a named speaker, with what its
   * confidence is computed from and whether it is right (for `scripts/calibrate-attribution.ts`).
   */
  judged: Judged[];
  /** PolNeAR: the found gold quotations whose source is a pronoun (`scripts/sample-pronouns.ts`). */
  pronouns?: PronounQuotation[];
}

/** A found gold quotation whose PolNeAR source is a pronoun, with the stand-in's name and ours. */
export interface PronounQuotation {
  file: string;
  /** The quotation and the pronoun (UTF-16 offsets into the text). */
  quote: TextSpan;
  pronoun: TextSpan & { text: string };
  /** The name the evaluation's stand-in gives the pronoun (null: none). */
  standIn: string | null;
  /** Our speaker (null: none given). */
  ours: string | null;
}

/** A named gold speaker the tool got wrong (`wrong`) or gave none (`missing`). */
export interface Failure {
  kind: 'wrong' | 'missing';
  /** The cue (`how` of the rule, else the reason there is none) and the words it went by. */
  how: string;
  via: string;
  where: string;
  expected: string;
  given?: string;
  /** The gold source is a pronoun (its name is the evaluation's stand-in for coreference). */
  goldPronoun: boolean;
  /** The text around the quotation, for `--failures --context`. */
  context?: string;
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
export const precisionOf = (s: DatasetScore) => ratio(s.foundRight, s.found);
export const recallOf = (s: DatasetScore) => ratio(s.goldFound, s.gold);
/** Named accuracy: right speakers of all gold quotations with a named speaker. */
export const namedAccuracyOf = (s: DatasetScore) => ratio(s.right, s.named);
/** Precision of given speakers: right of those given one. */
export const givenPrecisionOf = (s: DatasetScore) => ratio(s.right, s.given);
/** Coverage: given a speaker, of all gold quotations with a named speaker. */
export const coverageOf = (s: DatasetScore) => ratio(s.given, s.named);

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
const outermost = (found: readonly FoundQuotation[]) => found.filter((q) => q.depth === 0);
const short = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** Titles and suffixes that may stand around a name and say nothing about who it is. */
const TITLES = new Set(
  'mr mrs ms miss dr sen rep gov president senator governor secretary gen prof rev sir dame lord lady former jr sr ii iii iv'.split(
    ' ',
  ),
);
/** A name's words in lower case, without accents ("François" is "Francois"), titles and suffixes. */
const nameWords = (name: string) =>
  withoutAccents(nameKey(name))
    .replace(/'s?\b/gu, '')
    .split(/[\s-]+/u)
    .filter((w) => w && !TITLES.has(w));

/**
 * Do two names name the same speaker? Their last words (surnames) agree, and the other words of
 * the shorter are all in the longer: "Trump" and "Jane Harman" are "Donald J. Trump" and
 * "Former Rep. Jane Harman", "Hillary Clinton" is not "Bill Clinton".
 */
export function sameName(predicted: string, gold: string, text?: string): boolean {
  const a = nameWords(predicted);
  const b = nameWords(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (a.at(-1) !== b.at(-1)) {
    // The one name is a single word, the other's first word: the same person only when the
    // document writes the longer name family name first ("Ban" is "Ban Ki-moon", "Xi" is "Xi
    // Jinping"; "Donald" is not "Donald Trump").
    if (text === undefined || (a.length === 1) === (b.length === 1)) return false;
    const [single, full] = a.length === 1 ? [a[0], gold] : [b[0], predicted];
    return nameWords(full)[0] === single && familyNameFirst(full, text);
  }
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.slice(0, -1).every((w) => longer.includes(w));
}

/**
 * Is a name of two or more words written family name first in this document? Its first word
 * stands alone as a reference to the person somewhere ("Ban said", "Xi's visit") and its last word
 * never does, which is how news text refers to a person whose family name comes first ("Ban
 * Ki-moon", "Xi Jinping"); a given-name-first name is referred to by its last word ("Trump"). A
 * headline's capitalised words are no such name ("Obama Sees").
 */
export function familyNameFirst(name: string, text: string): boolean {
  const parts = name.split(/\s+/u).filter((w) => nameWords(w).length > 0);
  if (parts.length < 2) return false;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const edge = '(?<![\\p{L}\\p{M}-])';
  const end = '(?![\\p{L}\\p{M}-])';
  const first = new RegExp(
    `${edge}${esc(parts[0]!)}${end}(?!\\s+${esc(parts.slice(1).join(' '))})`,
    'u',
  );
  const last = new RegExp(
    `(?<!${esc(parts.slice(0, -1).join(' '))}\\s+)${edge}${esc(parts.at(-1)!)}${end}`,
    'u',
  );
  // The given name is a name, not a capitalised word of a headline ("Obama Sees 'Personal
  // Insult'"): its lower-case form appears nowhere in the text, and the whole name stands in
  // running text at least once (followed by punctuation or a lower-case word).
  const lower = new RegExp(`${edge}${esc(parts.at(-1)!.toLowerCase())}${end}`, 'u');
  const running = new RegExp(`${edge}${esc(parts.join(' '))}(?:\\s*[,.;:)]|\\s+\\p{Ll})`, 'u');
  return first.test(text) && !last.test(text) && !lower.test(text) && running.test(text);
}

/**
 * Scores one gold quotation's speaker: `goldName` null means the gold speaker has no name (a
 * description, or a pronoun with no named antecedent), which the named figures leave out.
 */
function scoreSpeaker(
  score: DatasetScore,
  match: FoundQuotation,
  goldName: string | null,
  where: string,
  description?: string,
  extra: { goldPronoun?: boolean; context?: string; text?: string; article?: string } = {},
): void {
  const count = (right: boolean) => {
    const key = `${match.rule ?? match.reason}${match.evidence ? `:${match.evidence}` : ''}`;
    const rule = (score.byRule[key] ??= { right: 0, given: 0 });
    rule.given += 1;
    if (right) rule.right += 1;
  };
  // A description ("US officials") counts only towards the rules' figures.
  if (goldName === null) {
    if (description && match.speaker && /\/(description|group)$/.test(match.rule ?? '')) {
      const right = sameName(match.speaker.name, description);
      count(right);
      if (!right)
        score.misses.push(
          `${where}: ${match.speaker.name} (${match.rule}), expected the description ${description}`,
        );
    }
    return;
  }
  score.named += 1;
  const [how, via] = (match.rule ?? match.reason).split('/');
  const failure = (kind: Failure['kind']) =>
    score.failures.push({
      kind,
      how: how!,
      via: via ?? '',
      where,
      expected: goldName,
      ...(match.speaker ? { given: match.speaker.name } : {}),
      goldPronoun: extra.goldPronoun ?? false,
      ...(extra.context ? { context: extra.context } : {}),
    });
  if (!match.speaker) {
    failure('missing');
    score.misses.push(
      `${where}: no speaker (${match.reason}${match.withheld ? `, ${match.rule} withheld ${match.withheld}` : ''}), expected ${goldName}`,
    );
    return;
  }
  score.given += 1;
  const right = sameName(match.speaker.name, goldName, extra.text);
  count(right);
  if (match.rule && match.reason !== 'explicit')
    score.judged.push({
      article: extra.article ?? score.name,
      rule: match.rule,
      ...(match.evidence ? { evidence: match.evidence } : {}),
      ...(match.signals ? { signals: match.signals } : {}),
      ...(match.ceiling !== undefined ? { ceiling: match.ceiling } : {}),
      confidence: match.confidence ?? 0,
      right,
    });
  if (right) score.right += 1;
  else failure('wrong');
  if (!right)
    score.misses.push(
      `${where}: ${match.speaker.name} (${match.reason}, ${match.rule}${match.mention ? `, "${match.mention.text}"` : ''}), expected ${goldName}`,
    );
}

function emptyScore(name: string): DatasetScore {
  return {
    name,
    documents: 0,
    gold: 0,
    found: 0,
    foundRight: 0,
    goldFound: 0,
    named: 0,
    given: 0,
    right: 0,
    byRule: {},
    judged: [],
    misses: [],
    failures: [],
    pronouns: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The seed

/**
 * Quotations found in `text` against gold quotations given as exact spans (the seed's format, also
 * our own articles'): a span is found when its offsets match, a speaker is scored by name.
 */
function scoreExactSpans(
  name: string,
  text: string,
  lang: string,
  quotes: Array<{ quote: TextSpan & { text: string }; speaker: string | null }>,
) {
  const found = outermost(quotationsInText(text, { lang }).quotations);
  const score = emptyScore(name);
  score.documents = 1;
  score.gold = quotes.length;
  score.found = found.length;
  const key = (s: TextSpan) => `${s.start}:${s.end}`;
  const goldKeys = new Set(quotes.map((q) => key(q.quote)));
  score.foundRight = found.filter((q) => goldKeys.has(key(q))).length;
  const unnamed = (score.unnamed = { found: 0, given: 0 });
  for (const g of quotes) {
    const match = found.find((q) => key(q) === key(g.quote));
    if (!match) {
      score.misses.push(`not found: ${short(g.quote.text)}`);
      continue;
    }
    score.goldFound += 1;
    if (g.speaker === null) {
      unnamed.found += 1;
      if (match.speaker !== null) {
        unnamed.given += 1;
        score.misses.push(
          `speaker of ${short(g.quote.text)}: ${match.speaker.name}, expected none`,
        );
      }
    }
    scoreSpeaker(score, match, g.speaker, `speaker of ${short(g.quote.text)}`);
  }
  return { score, found };
}

interface SeedGold {
  file: string;
  quotes: Array<{
    quote: { start: number; end: number; text: string };
    speaker: string | null;
    speaker_span?: { start: number; end: number; text: string };
  }>;
  apostrophes_not_quotes: Array<{ offset: number }>;
}

/** Exact spans; a speaker is right when its name is the gold one (or both are none). */
export function evaluateSeed(fixtures = DEFAULT_FIXTURES): DatasetScore {
  const dir = path.join(fixtures, 'seed');
  const gold = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as SeedGold;
  const text = readFileSync(path.join(dir, gold.file), 'utf8');
  const { score, found } = scoreExactSpans('seed', text, 'en', gold.quotes);
  const marks = found.flatMap((q) => [q.start, q.end - 1]);
  score.apostrophes = gold.apostrophes_not_quotes.length;
  score.apostrophesTaken = gold.apostrophes_not_quotes.filter((a) =>
    marks.includes(a.offset),
  ).length;
  return score;
}

// ---------------------------------------------------------------------------------------------
// Our own articles

/** The project's own test articles for attribution (in the repository, not the fixtures). */
export const OWN_ARTICLES = fileURLToPath(
  new URL('../test/fixtures/articles/attribution/', import.meta.url),
);

interface OwnGold {
  language?: string;
  quotes: Array<{ quote: { start: number; end: number; text: string }; speaker: string | null }>;
}

/**
 * One of our own articles (`name.txt` with `name.json`, the seed's format): exact spans, and a
 * speaker is right when its name is the gold one. Each article is a dataset of its own.
 */
export function evaluateOwnArticle(name: string, dir = OWN_ARTICLES): DatasetScore {
  const gold = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as OwnGold;
  const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  return scoreExactSpans(name, text, gold.language ?? 'en', gold.quotes).score;
}

/** The names of our own articles, in order. */
export const OWN_ARTICLE_NAMES = [
  'de-wasserwerk',
  'de-rathaus',
  'de-sport',
  'fr-tramway',
  'fr-mairie',
  'es-biblioteca',
  'es-ayuntamiento',
  'en-dialogue',
  'en-story',
  'de-erzaehlung',
  'es-novela',
  'de-presse',
  'de-landtag',
  'de-gericht',
  'fr-hopital',
  'es-sequia',
  'en-wire',
  'en-senate',
  'de-werk',
  'de-lokal',
  'fr-marche',
  'es-tren',
  'en-court',
  'de-roman',
  'en-kitchen',
  'de-bund',
  'es-cafe',
  'es-lluvias',
  'fr-incendie',
  'de-studie',
  'de-wahl',
  'de-hochwasser',
  'fr-necro',
  'fr-tech',
  'en-election',
  'es-vecinos',
  'de-streik',
  'en-crime',
  'de-schule',
  'en-weather',
  'de-faktencheck-video',
  'en-factcheck-budget',
  'fr-decryptage-loi',
  'de-tarifstreit',
];

// ---------------------------------------------------------------------------------------------
// PolNeAR dev

interface PolnearSpan {
  start: number;
  end: number;
  text: string;
}
interface PolnearDoc {
  split: string;
  text_file: string;
  annotator: string;
  attributions: Array<{
    id: string;
    source: PolnearSpan[];
    cue: PolnearSpan[];
    content: PolnearSpan[];
  }>;
}

/** Quotation marks that make a content span a direct quotation (apostrophes excluded). */
const QUOTATION_MARK = /["“”„«»‹›‘‚「」『』]/u;

/** Code-point offsets → UTF-16 offsets for one text. */
export function codePointOffsets(text: string): (offset: number) => number {
  const table: number[] = [];
  let unit = 0;
  for (const char of text) {
    table.push(unit);
    unit += char.length;
  }
  table.push(unit);
  return (offset) => table[Math.min(Math.max(offset, 0), table.length - 1)]!;
}

const HEAD_STOP = new Set([
  'of',
  'who',
  'which',
  'that',
  'from',
  'at',
  'for',
  'in',
  'with',
  'on',
  'whose',
  'whom',
  'to',
]);

/**
 * The head words of a source span: the last word before the first comma, parenthesis,
 * preposition or relative pronoun ("Hillary Clinton’s campaign manager Robby Mook" → Mook, "the
 * director of the Institute" → director), and, for an appositive ("Another critic, Laurence H.
 * Tribe,"), the head of the second part too.
 */
export function headsOf(span: TextSpan, text: string): TextSpan[] {
  const words = [
    ...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,()—–]/gu),
  ];
  const heads: TextSpan[] = [];
  let last: TextSpan | undefined;
  let stopped = false;
  let chunks = 0;
  const flush = () => {
    if (last) heads.push(last);
    last = undefined;
    chunks += 1;
  };
  for (const match of words) {
    const word = match[0].replace(/['’]s?$/u, '').replace(/\.$/, '');
    if (/^[,()—–]$/.test(word)) {
      if (!stopped || last) flush();
      stopped = false;
      if (chunks >= 2) break;
      continue;
    }
    if (stopped) continue;
    if (HEAD_STOP.has(word.toLowerCase()) && last) {
      stopped = true;
      continue;
    }
    const start = span.start + match.index;
    last = { start, end: start + match[0].length };
  }
  if (chunks < 2) flush();
  return heads;
}

/** The gender a pronoun rules out in the name it stands for (acronyms are ruled out too). */
const PRONOUN_GENDER = new Map([
  ['he', 'female'],
  ['him', 'female'],
  ['his', 'female'],
  ['she', 'male'],
  ['her', 'male'],
]);
const english = lexiconFor('en');

/** Pronouns that may be a PolNeAR source: their speaker is the named source before them. */
const SOURCE_PRONOUNS = new Set(
  'he she they him her them it we i who his its their us me you'.split(' '),
);

/**
 * The name a gold source span gives its speaker: the capitalised words around one of its heads
 * ("Hillary Clinton's campaign manager Robby Mook" → "Robby Mook"), where the head is written
 * with a capital and its lower-case form is nowhere in the text ("Officials said" is no name);
 * `pronoun` for a pronoun; null for a description ("the director of the Institute").
 */
export function goldNameOf(
  sources: readonly TextSpan[],
  text: string,
  lowerWords: ReadonlySet<string>,
): string | { pronoun: string } | null {
  let pronoun: string | undefined;
  for (const source of sources) {
    for (const head of headsOf(source, text)) {
      const word = text.slice(head.start, head.end).replace(/['’]s?$/u, '');
      if (SOURCE_PRONOUNS.has(word.toLowerCase())) {
        pronoun ??= word.toLowerCase();
        continue;
      }
      if (!/^\p{Lu}/u.test(word) || lowerWords.has(word.toLowerCase())) continue;
      // The run of capitalised words (and initials) around the head, within the source span.
      const before = text.slice(source.start, head.start).match(/(?:[\p{Lu}][\p{L}.-]*\s+)*$/u);
      const name = `${before?.[0] ?? ''}${word}`.trim();
      return name.replace(/^(?:The|A|An)\s+/u, '');
    }
  }
  return pronoun ? { pronoun } : null;
}

/** Words that make a source a group, never "he" or "she" ("Some Republicans", "Sens. X"). */
const GROUP_WORDS = new Set(
  'some many most several other others all both few sens reps'.split(' '),
);

/**
 * The evaluation's stand-in for the name a pronoun source stands for (PolNeAR marks no
 * coreference), from the gold annotations and the text alone, never from the tool's output:
 * - a relative pronoun ("…, President Barack Obama, who called") is the name written right
 *   before it and its comma;
 * - else the named source of the nearest attribution before the pronoun that agrees with it:
 *   "he", "him", "his", "she" and "her" skip a name whose gender the other says (by its first
 *   name, or by an honorific the document writes before that surname elsewhere:
 *   `documentGenders`, the rule attribution uses), an acronym ("PAC", "CNN"), and a group: a name that opens with a
 *   quantifier or a plural title ("Some Republicans", "Sens. Johnny Isakson and …") or is the
 *   plural of a word the text writes in lower case ("Republicans"); "it", "they" and the rest
 *   take any.
 * Compared with the plain nearest named source (`standIn: 'old'`) on a hand-read sample, see
 * EVAL-QUOTES.md.
 */
export function pronounStandIn(
  pronoun: string,
  at: number,
  text: string,
  sourced: ReadonlyArray<{ at: number; name: string | { pronoun: string } | null }>,
  lowerWords: ReadonlySet<string>,
  genders: ReadonlyMap<string, 'male' | 'female'>,
): string | null {
  if (pronoun === 'who' || pronoun === 'whom') {
    const before = text
      .slice(Math.max(0, at - 80), at)
      .match(/((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)\s*(?:\([^)]*\)\s*)?,\s*$/u);
    const name = before?.[1];
    if (name && !lowerWords.has(name.split(/\s+/u).at(-1)!.toLowerCase())) return name;
  }
  const candidates: Array<{ at: number; name: string }> = sourced.filter(
    (x): x is { at: number; name: string } => x.at < at && typeof x.name === 'string',
  );
  candidates.sort((a, b) => a.at - b.at);
  const gender = PRONOUN_GENDER.get(pronoun);
  const found = candidates.findLast(({ name }) => {
    if (!gender) return true;
    const words = name.split(/\s+/u);
    const last = words.at(-1)!.replace(/[.,]$/u, '');
    if (/^\p{Lu}+$/u.test(last) || GROUP_WORDS.has(words[0]!.toLowerCase().replace(/\.$/u, '')))
      return false;
    if (
      /[^s]s$/u.test(last) &&
      !words.slice(0, -1).some((w) => genderOfName(`${w} ${last}`, english)) &&
      lowerWords.has(last.toLowerCase().replace(/s$/u, ''))
    )
      return false;
    const says = genderOfName(name, english) ?? genders.get(last);
    return says !== gender;
  });
  return found?.name ?? null;
}

/** Every lower-case word of a text, to tell a name from a capitalised common noun. */
const lowerWordsOf = (text: string) =>
  new Set([...text.matchAll(/(?<![\p{L}.] ?\.\s|^)\b\p{Ll}[\p{L}]*/gmu)].map((m) => m[0]));

/**
 * Whom each pronoun source of PolNeAR means, read by hand (issue 13). PolNeAR marks no
 * coreference, so a quotation whose source is "he" or "they" needs the name the pronoun stands
 * for; the stand-in (`pronounStandIn`) guesses it from the gold annotations and is wrong for about
 * 1 in 5. Every such pronoun of dev and train was read in its article (the text before it, as a
 * reader would, by readers who saw none of our output) and the referent's fullest name found in
 * the text: `eval-quotes/polnear-referents.json` holds, per split and article, `[pronoun start,
 * name start, name end]` (UTF-16 offsets into the article, so the file holds no words of the
 * corpus) or `[pronoun start, null]` for a pronoun that means no one named (an unnamed aide, "the
 * campaign", the writer). A quotation of the latter has no named speaker. `--stand-in new` (or
 * `old`) scores against the stand-in instead.
 */
export const REFERENTS_PATH = fileURLToPath(
  new URL('./eval-quotes/polnear-referents.json', import.meta.url),
);
/** Whom a pronoun source is scored against: read by hand, the stand-in, or the former one. */
export type StandIn = 'hand' | 'new' | 'old';
export type Referent = [pronoun: number, start: number, end: number] | [pronoun: number, null];
let referents: Record<string, Record<string, Referent[]>> | undefined;
/** The hand-read referents of one article's pronoun sources, by the pronoun's offset. */
export function referentsOf(split: string, file: string): ReadonlyMap<number, Referent> {
  referents ??= JSON.parse(readFileSync(REFERENTS_PATH, 'utf8')) as Record<
    string,
    Record<string, Referent[]>
  >;
  return new Map((referents[split]?.[file] ?? []).map((r) => [r[0], r]));
}

/** The first head of a source that is a pronoun ("he", "they"), if any. */
const pronounHeadOf = (sources: readonly TextSpan[], text: string) =>
  sources
    .flatMap((s) => headsOf(s, text))
    .find((h) =>
      SOURCE_PRONOUNS.has(
        text
          .slice(h.start, h.end)
          .replace(/['’]s?$/u, '')
          .toLowerCase(),
      ),
    );

/**
 * PolNeAR (a split's folder in `quotes/`): detection by overlap with a gold content span. The
 * gold speaker is the name of the source span; a pronoun's is the name read by hand for it
 * (`referentsOf`), or with `standIn` the evaluation's approximation of it (PolNeAR marks no
 * coreference); a description's is none.
 */
export function evaluatePolnear(
  fixtures = DEFAULT_FIXTURES,
  split: 'polnear-dev' | 'polnear-train' = 'polnear-dev',
  options: { minConfidence?: number; standIn?: StandIn } = {},
): DatasetScore {
  const dir = path.join(fixtures, 'quotes', split);
  const data = JSON.parse(readFileSync(path.join(dir, 'attributions.json'), 'utf8')) as {
    documents: PolnearDoc[];
  };
  const score = emptyScore(split);
  const standIn = options.standIn ?? 'hand';
  for (const doc of data.documents) {
    score.documents += 1;
    const text = readFileSync(path.join(dir, doc.text_file), 'utf8');
    const utf16 = codePointOffsets(text);
    const span = (s: PolnearSpan): TextSpan => ({ start: utf16(s.start), end: utf16(s.end) });
    const lowerWords = lowerWordsOf(text);
    const byHand =
      standIn === 'hand' ? referentsOf(split, doc.text_file) : new Map<number, Referent>();
    let known: ReadonlyMap<string, 'male' | 'female'> | undefined;
    const genders = () => (known ??= documentGenders([text], english));
    // Every attribution's source name, in text order, for the pronouns to point back to.
    const sourced = doc.attributions
      .filter((a) => a.source.length > 0)
      .map((a) => {
        const sources = a.source.map(span);
        return { at: sources[0]!.start, name: goldNameOf(sources, text, lowerWords) };
      })
      .sort((x, y) => x.at - y.at);
    const resolve = (sources: TextSpan[]): string | null => {
      if (sources.length === 0) return null;
      const name = goldNameOf(sources, text, lowerWords);
      if (name === null || typeof name === 'string') return name;
      const read = byHand.get(pronounHeadOf(sources, text)?.start ?? -1);
      if (read) return read[1] === null ? null : text.slice(read[1], read[2]);
      const at = sources[0]!.start;
      const gender = PRONOUN_GENDER.get(name.pronoun);
      if (standIn !== 'old')
        return pronounStandIn(name.pronoun, at, text, sourced, lowerWords, genders());
      const before = sourced.findLast(
        (x): x is { at: number; name: string } =>
          x.at < at &&
          typeof x.name === 'string' &&
          (!gender || (!/^\p{Lu}+$/u.test(x.name) && genderOfName(x.name, english) !== gender)),
      );
      return before?.name ?? null;
    };
    const gold = doc.attributions.flatMap((a) =>
      a.content
        .filter((c) => QUOTATION_MARK.test(c.text))
        .map((c) => ({ content: span(c), sources: a.source.map(span), text: c.text })),
    );
    for (const g of gold) {
      if (text.slice(g.content.start, g.content.end) !== g.text)
        throw new Error(`${doc.text_file}: gold span does not match the text: ${short(g.text)}`);
    }
    const found = outermost(
      quotationsInText(text, {
        lang: 'en',
        ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
      }).quotations,
    );
    score.gold += gold.length;
    score.found += found.length;
    const isGold = (q: FoundQuotation) => gold.some((g) => overlaps(q, g.content));
    score.foundRight += found.filter(isGold).length;
    for (const g of gold) {
      const match = found.find((q) => overlaps(q, g.content));
      if (!match) {
        score.misses.push(`${doc.text_file} not found: ${short(g.text)}`);
        continue;
      }
      score.goldFound += 1;
      const heads = g.sources.flatMap((s) => headsOf(s, text));
      const description = heads[0] && text.slice(heads[0].start, heads[0].end);
      const where = `${doc.text_file} ${short(match.text)}`;
      const named = g.sources.length > 0 ? goldNameOf(g.sources, text, lowerWords) : null;
      const context = text
        .slice(Math.max(0, match.start - 400), Math.min(text.length, match.end + 200))
        .replace(/\s*\n\s*/gu, ' ¶ ');
      const goldName = resolve(g.sources);
      const pronounHead = pronounHeadOf(g.sources, text);
      if (named !== null && typeof named !== 'string' && pronounHead)
        (score.pronouns ??= []).push({
          file: doc.text_file,
          quote: { start: match.start, end: match.end },
          pronoun: { ...pronounHead, text: text.slice(pronounHead.start, pronounHead.end) },
          standIn: goldName,
          ours: match.speaker?.name ?? null,
        });
      scoreSpeaker(score, match, goldName, where, description, {
        goldPronoun: named !== null && typeof named !== 'string',
        context,
        text,
        article: doc.text_file,
      });
    }
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Unit cases

interface UnitCase {
  source: string;
  lang: string;
  text: string;
  expected: Array<{ content: string; speaker?: string | string[]; canonicalSpeaker?: string }>;
}

/**
 * Detection by exact text. The gold speaker is the canonical one, else the listed one ("Burton
 * and Nick" for two); a pronoun with no canonical speaker is the named speaker of the case's
 * quotation before it, else none (the case names nobody).
 */
export function evaluateUnitCases(fixtures = DEFAULT_FIXTURES): DatasetScore {
  const file = path.join(fixtures, 'quotes', 'attribution-unit-cases.json');
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: UnitCase[] };
  const score = emptyScore('attribution-unit-cases');
  for (const c of cases) {
    score.documents += 1;
    const found = outermost(quotationsInText(c.text, { lang: c.lang }).quotations);
    const golds = new Set(c.expected.map((e) => e.content));
    score.gold += c.expected.length;
    score.found += found.length;
    score.foundRight += found.filter((q) => golds.has(q.text)).length;
    for (const q of found)
      if (!golds.has(q.text)) score.misses.push(`${short(c.text)}: not a quotation: ${q.text}`);
    let lastNamed: string | null = null;
    for (const e of c.expected) {
      const listed = [e.speaker ?? []].flat().join(' and ');
      const goldName: string | null =
        e.canonicalSpeaker ??
        (listed && !SOURCE_PRONOUNS.has(listed.toLowerCase()) ? listed : lastNamed);
      lastNamed = goldName;
      const match = found.find((q) => q.text === e.content);
      if (!match) {
        score.misses.push(`${short(c.text)}: not found: ${e.content}`);
        continue;
      }
      score.goldFound += 1;
      scoreSpeaker(score, match, goldName, short(c.text));
    }
  }
  return score;
}

// ---------------------------------------------------------------------------------------------
// Report

const pct = (value: number) => value.toFixed(3);

const figure = (part: number, whole: number) => `${pct(ratio(part, whole))} (${part}/${whole})`;

/** The Markdown table of the scores. */
export function renderTable(scores: readonly DatasetScore[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.name} | ${s.documents} | ${s.gold} | ${s.found} | ${pct(precisionOf(s))} | ` +
      `${pct(recallOf(s))} | ${s.named} | ${figure(s.right, s.named)} | ` +
      `${figure(s.right, s.given)} | ${figure(s.given, s.named)} | ` +
      `${s.unnamed ? `${s.unnamed.given} of ${s.unnamed.found}` : '—'} |`,
  );
  return [
    '| Dataset | Documents | Gold quotations | Found | Detection precision | Detection recall | Named speakers | Named accuracy | Precision of given speakers | Coverage | Speakers given to no one named |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** The confidence thresholds the threshold table tries (`MIN_CONFIDENCE` is among them). */
export const SWEEP = [0, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

/** Right and given named speakers with those below a threshold withheld. */
interface Point {
  right: number;
  given: number;
}

/**
 * The threshold table: PolNeAR's splits scored once with nothing withheld, then each threshold of
 * `SWEEP` applied to the confidences (withholding changes no other speaker: `attributeQuotes`
 * applies it last, so this is what scoring again at each threshold gives). Train is shown twice:
 * with the model's own confidences (fitted on all of train) and held out (`heldOutConfidences`:
 * each article scored by a model fitted on the other half of the articles).
 */
export function sweepThresholds(fixtures = DEFAULT_FIXTURES): {
  named: { dev: number; train: number };
  rows: Array<{ threshold: number; dev: Point; train: Point; heldOut: Point }>;
} {
  const dev = evaluatePolnear(fixtures, 'polnear-dev', { minConfidence: 0 });
  const train = evaluatePolnear(fixtures, 'polnear-train', { minConfidence: 0 });
  const own = (s: DatasetScore) => s.judged.map((j) => j.confidence);
  const points = (s: DatasetScore, confidences: readonly number[]) =>
    curve(s.judged, confidences, SWEEP);
  const [d, t, h] = [
    points(dev, own(dev)),
    points(train, own(train)),
    points(train, heldOutConfidences(train.judged)),
  ];
  return {
    named: { dev: dev.named, train: train.named },
    rows: SWEEP.map((threshold, i) => ({ threshold, dev: d[i]!, train: t[i]!, heldOut: h[i]! })),
  };
}

const pointTriple = ({ right, given }: Point, named: number) =>
  `${pct(ratio(right, named))} / ${pct(ratio(right, given))} / ${pct(ratio(given, named))}`;

/** The Markdown table of `sweepThresholds`. */
export function renderSweep(sweep: ReturnType<typeof sweepThresholds>): string {
  const { named } = sweep;
  return [
    '| Withheld below | polnear-dev | polnear-train | polnear-train, held out |',
    '|---:|---|---|---|',
    ...sweep.rows.map(
      ({ threshold, dev, train, heldOut }) =>
        `| ${threshold.toFixed(2)}${threshold === MIN_CONFIDENCE ? ' (`MIN_CONFIDENCE`)' : ''} | ${pointTriple(dev, named.dev)} | ${pointTriple(train, named.train)} | ${pointTriple(heldOut, named.train)} |`,
    ),
  ].join('\n');
}

/**
 * How many of train's wrong and missing speakers have a pronoun as gold source, scored against
 * the evaluation's stand-in for coreference (for the report's note on what limits the figures).
 */
function pronounShare(scores: readonly DatasetScore[]): string {
  const train = scores.find((s) => s.name === 'polnear-train');
  if (!train) return '';
  const wrong = train.failures.filter((f) => f.kind === 'wrong');
  const pronoun = (list: readonly Failure[]) => list.filter((f) => f.goldPronoun).length;
  return (
    `of train's ${train.failures.length} wrong or missing named speakers, ` +
    `${pronoun(train.failures)} (and ${pronoun(wrong)} of its ${wrong.length} wrong ones) have ` +
    'a pronoun as gold source, each scored against the name a reader gives it (see below);'
  );
}

export function renderReport(
  scores: readonly DatasetScore[],
  sweep?: ReturnType<typeof sweepThresholds>,
): string {
  const seed = scores.find((s) => s.name === 'seed');
  const apostrophes =
    seed?.apostrophes !== undefined
      ? `\nOn the seed, ${seed.apostrophesTaken} of its ${seed.apostrophes} apostrophes were taken for a quotation mark.\n`
      : '';
  return `# Quotation detection and attribution: evaluation

Written by \`npm run eval:quotes\` (\`scripts/eval-quotes.ts\`); do not edit by hand. Rerun it after
changing anything in \`src/quotes/\`.

${renderTable(scores)}
${apostrophes}
## How each figure is counted

- **Found** counts outermost quotations only (a quotation nested in another is part of it).
- **Speakers given to no one named** (the seed and our own articles, whose gold gives no speaker
  only where the text names no one: an unnamed witness, a document, a scare quote): how many of
  the gold quotations found with no speaker were given one anyway. The three speaker figures
  leave these quotations out, so a name published for them showed in no figure; \`--check\`
  fails on any. (PolNeAR's quotations without a named source are descriptions or pronouns, which a
  resolved name may rightly stand for, so it has no such count.)
- **Named speakers**: the gold quotations whose speaker has a name (a person, a group or an
  organisation named in the text). The three speaker figures count only these, by name, never by
  overlap: **named accuracy** is right / named speakers, **precision of given speakers** is right
  / given a speaker, **coverage** is given a speaker / named speakers (so accuracy = precision ×
  coverage). A speaker is right when its name is the gold name: the same surname (last word, after
  titles such as "Sen." or "Former" and suffixes such as "Jr." are set aside), and the other words
  of the shorter name all in the longer ("Trump" is "Donald J. Trump"; "Bill Clinton" is not
  "Hillary Clinton"). The family name may also be written first: on PolNeAR a one-word
  name is the first word of a longer one when the document writes that name family name first
  (the first word stands alone elsewhere, the last never does and is no lower-case word of the
  text, and the whole name stands once in running text: "Ban" is "Ban Ki-moon", "Donald" is not
  "Donald Trump", "Obama" is not the headline's "Obama Sees"). A pronoun or description the tool
  resolved counts by the name it resolved to; one left unresolved is no speaker.
- **seed** (\`seed/expected.json\`): a quotation is found when its start and end offsets are the
  gold ones exactly; the gold name is the expected speaker (the scare quote \`'backdoors'\` has
  none and is left out of the speaker figures).
- **polnear-dev**, **polnear-train** (PolNeAR's dev split, 19 annotated documents of 14
  articles, and train split, 919 of 840; an article annotated twice is counted once per
  annotation): a gold quotation is an attribution's content span that contains a quotation mark
  (\`"\` \`“\` \`”\` \`‘\` \`«\` \`»\` …; not the apostrophe \`’\`). Gold offsets are code points and
  are converted to UTF-16 before comparing. A found quotation matches a gold one when they
  overlap. The gold name is read from the source span: the capitalised words around its head
  (the last word before a comma, parenthesis, preposition or relative pronoun, and for an
  appositive also the second part's), when the head is capitalised and its lower-case form
  appears nowhere in the text (so "Officials said" is no name); a description ("the director of
  the Institute") has no name. PolNeAR marks no coreference, so the name a pronoun source
  ("he", "they", a relative "who") stands for was read by hand: every such pronoun of dev and
  train (1,295 pronouns, the sources of 1,971 quotations) was read in its article by readers who
  saw none of our output, and the fullest name the text gives its referent located in the text
  (\`scripts/eval-quotes/polnear-referents.json\`, offsets only; 2026-12-07). 50 of them mean no
  one named (an unnamed voter or aide, "the campaign", an email, the writer of a column without a
  byline), and their quotations have no named speaker. \`--stand-in new\` scores them against the
  evaluation's own guess instead (\`pronounStandIn\`, from the gold annotations and the text
  alone: a relative "who" is the name written right before it and its comma; any other pronoun
  takes the named source of the nearest attribution before it that agrees with it, where "he",
  "him", "his", "she" and "her" skip a name whose gender is the other one, an acronym, and a
  group), which names someone else than the hand reading for 420 of train's 1,932 pronoun
  quotations (see "How right is the pronoun stand-in?" below); \`--stand-in old\`, the plain nearest
  named source before the pronoun. Train is for developing and calibrating (the confidences of
  \`src/quotes/confidence.ts\` are measured on it); dev and the seed are reported, not tuned on.
  Found quotations that are not direct quotations in PolNeAR's sense (titles, scare quotes,
  nicknames, quotations the annotators left out) lower detection precision.
- **de-wasserwerk**, **fr-tramway**, **es-biblioteca**, **en-dialogue**: the project's own
  invented articles (\`test/fixtures/articles/attribution/\`, written for these figures and also
  checked in \`npm test\`): German \`„…“\` and \`»…«\`, French \`« … »\` with spaces and \`«…»\`
  without, Spanish \`«…»\` and \`“…”\`, and an English interview in question-and-answer turns
  plus a passage of reported dialogue, most of whose turns have no speech verb. Exact spans, as
  for the seed. The German, French and Spanish articles also have dialogue-dash turns
  (\`—Abriremos una sala —aseguró el alcalde—. No habrá…\`): each stretch of speech is one
  quotation, the incise between dashes left out; a turn by an unnamed speaker ("una vecina")
  has no named speaker. **de-rathaus** (a second German article, written after the first
  reached 1.000) has the German news patterns the first lacks: a surname alone after the verb
  for a person introduced with a role before her name, \`so der Landesminister X\`, a
  description whose name is in an appositive (\`Der Sprecher des Ministeriums, Jens Albrecht,
  erklärte\`), \`laut X\` and \`nach Angaben von X\`, a role that points back (\`betonte die
  Kanzlerin\`), \`wie X mitteilte\`, a role joined to a party before a name (\`Die
  Grünen-Chefin Ricarda Lenz\`), a party in brackets before the verb and a dative object after
  it (\`Peter Krause (CDU), sagte der Zeitung\`), and a perfect tense whose participle ends the
  sentence. **fr-mairie** and **es-ayuntamiento** (second French and Spanish articles, written
  on the same day) have reflexive verbs of saying with the subject after them (\`s'est indignée
  la maire de Lyon, Anne Martin\`, \`se quejó la alcaldesa\`), names in appositives after a
  role and its complement, \`selon\`, \`d'après\`, \`según\`, \`de acuerdo con\`, unnamed
  sources, and a role that points back (\`la alcaldesa\`), which the rules leave without a
  speaker. **de-sport** (a third German article, a match report) has the patterns of German
  sports reporting: a person named again by age or position (\`die 41-Jährige\`, \`der
  Mittelfeldspieler\`), verb-second clauses opened by a phrase, a particle in a surname (\`so
  von Bergen\`). **en-story** and **de-erzaehlung** are short stories: dialogue in short turns, most
  with no verb of saying, people named by first name alone, fiction's verbs of saying
  (\`muttered\`, \`flüsterte\`), what a person does before their turn, and a father the story
  never names, whose turns have no named speaker. **de-landtag** (state-parliament news) and
  **de-gericht** (a court report) were written as unseen probes, scored before any rule was
  changed for them: a surname alone as the subject of a sentence that reports no speech before a
  pronoun (\`Vogt wies die Kritik zurück. … „…“, sagte sie.\`), a name with \`von den\` and
  a party before the verb, \`, so der Minister.\` ending a sentence, a description with a
  suspended hyphen (\`des Städte- und Gemeindebundes\`) before an appositive name, verbs of
  saying the lists lacked (\`begründete\`), and a defendant named once by first name and
  initial and then only as \`der Angeklagte\`, whom the rules leave without a speaker.
  **fr-hopital** and **es-sequia** (regional news, written as probes the same way) have a role
  and its place before an appositive name and the verb (\`Le maire de Vernon, Olivier Ducros
  (divers droite), a dénoncé\`), a sentence opened by a past participle and its phrase
  (\`Interrogé par France Bleu, le député …\`, \`Preguntado por …, Urrutia fue tajante:\`), a
  description whose complement is a name of four words before the appositive name (\`el
  portavoz del Sindicato Central de Regantes, Lucas Ferrer\`), and unnamed sources.
  **en-wire**, **en-senate** and **de-werk** (written as probes the same way, and right at their
  first scoring) have English wire patterns (\`told reporters\`, a company's statement, \`said
  X, an economist at Y\`, an opening \`Asked whether …,\`), two women of one office named
  together and then each by surname alone, and German business news with a newspaper's name in
  quotation marks after the dative (no one's words), \`X zufolge\` and \`betonte der
  61-Jährige\`. **de-lokal** (German local news in the present tense, a probe) has \`Für Meier
  ist klar:\` by a surname alone, and \`Anders sieht das Stefan Roth vom Förderverein\` before
  \`erzählt der 52-Jährige\` (an adverb that is also a first name opens the sentence).
  **fr-marche** (a French market feature, a probe) has a long phrase of time before the subject,
  a person named again by trade and age (\`la commerçante de 58 ans\`, \`le quadragénaire\`)
  and a description set off from its verb by an appositive name. **es-tren** (Spanish news in
  the perfect tense of the press in Spain, a probe) has \`ha asegurado el secretario de
  Estado, X\`, \`ha admitido\` with a dropped subject, \`Fuentes del sector\` (unnamed
  sources, and a surname too), and a spokeswoman in an appositive after an opening phrase that
  names her organisation. **en-court** (English court news, a probe) names a judge again only in
  the possessive (\`Okonkwo's order remains …\`) before \`she noted\` while another woman
  spoke last. **de-roman**, **en-kitchen** (short stories of a brother and a sister) and
  **de-bund** (German national politics with newspapers' names in quotation marks) were probes
  right at their first scoring. **es-cafe** (a Spanish scene of a sister and a brother in
  dialogue dashes, a probe) names them with accents the first-name lists leave out (\`Tomás\`).
  **es-lluvias** (Latin American Spanish news, a probe) has whom it was said to between the verb
  and its subject (\`dijo a la prensa el gobernador regional, Luis Quispe\`) and a phrase of
  manner before the name (\`contó entre lágrimas Rosa Chumacero\`). **fr-incendie** (French
  local news, a probe) names a resident by first name and then as \`la jeune femme\`.
  **de-studie**, **de-wahl**, **de-hochwasser**, **fr-necro**, **fr-tech**, **en-election**,
  **es-vecinos** and **de-streik** (a health study, a German election night, a flood, an
  obituary, a company's outage, an English election night, a neighbours' dispute and a strike) were written by
  helpers as probes and scored before any rule changed; they have a challenger named after the
  verb (\`Gewonnen hat die Herausforderin …\`), two joined roles before a name (\`Le fondateur
  et PDG, …,\`), a view given for a person at the end of a long phrase (\`Pour le chercheur en
  cybersécurité …,\`), \`X told Y. "…," she replied\`, a friend of a councillor quoted unnamed,
  and someone brought in with an indefinite article (\`Ein Mann, der …, zeigte sich
  erschöpft\`) whose words the text gives no one. **en-crime** (a local crime report, a probe
  of the fourth round) has a police spokesman named only after his first quotation, a neighbour
  and \`police said\` for the police as a body. **de-schule** and **en-weather** (a parents'
  evening and a storm, probes of the fifth round) have a mother left unnamed, a resident named
  only by her first name, a subject after an inverted verb (\`Among them was …\`) and a
  spokesman named after his first quotation. **de-faktencheck-video**, **en-factcheck-budget** and
  **fr-decryptage-loi** (fact-checks and an explainer of a bill, probes of the sixth round) quote a
  video's unnamed speaker, a bill's text and words named as words (\`l'expression « … »\`), none
  of which is anyone's named speech. **de-tarifstreit** (a wage dispute, a probe of the seventh
  round) quotes workers by first name only and a new one brought in between two quotations.
- **attribution-unit-cases** (textacy and CoreNLP test cases): a quotation is found when its text
  is the gold content; the cases list titles and scare quotes as no quotation, so the detector,
  which marks every span in quotation marks, loses precision there by design. The gold name is
  the canonical speaker, else the listed one; a bare "he" with no canonical speaker takes the
  case's previous gold name, else it has none.

${
  sweep
    ? `## Confidence and the threshold

Each automatic speaker's confidence is the chance that it is right, from a logistic model fitted
on polnear-train (\`src/quotes/confidence.ts\`, weights in \`src/quotes/data/confidence.json\`,
fitted by \`node scripts/calibrate-attribution.ts\`: Newton's method with an L2 penalty chosen on
held-out log-loss). It reads what the attribution knew when it chose the speaker: the cue and the
kind of mention (a name, a name met before, a pronoun, a group; each alone and both together);
for a pronoun, how its antecedent was chosen (the subject of its own sentence, the last speaker
remembered or an earlier one, another agreeing name close behind or not, named in this paragraph
or the one before or further back, the speaker of a quotation, the subject of a reporting verb,
only a sentence's subject, or the person a speaker spoke to), how many other names that agree
come within five speakers before it, how many paragraphs back it was named, how many speakers
were skipped for it (and whether one was skipped as of the other gender), whether the pronoun
says a gender and whether the name or the document says that gender; for every speaker, how far
the mention and the cue are from the quotation in tokens, whether the mention is in another
sentence, how many other cues the sentence has and whether one is a phrase such as "according
to" (an outlet may be credited with the quotation), whether the verb also reads as a noun or
tells a thought, how long the quotation is and whether it ends without punctuation (a title or a
phrase), whether it opens its sentence and how many quotations share it, how many quotations the
speaker was already given, whether the name is one word, and how many speakers the document has
had. Speakers below the threshold are withheld.

Named accuracy / precision of given speakers / coverage at each threshold. "Held out" scores each
train article with a model fitted on the other half of the articles only (even and odd places in
their sorted list), so that column is not the model's fit to itself; dev is never fitted on.

${renderSweep(sweep)}

Measured once by hand the same held-out way, the former table (the share of right speakers per
rule and, for a pronoun, per how its antecedent was chosen) gave 0.941 / 0.896 at 0.65 and 0.943 /
0.889 at 0.70 on the same rules: at equal coverage the model's held-out precision is about 0.006
higher. With nothing withheld (0.00) the rules give the right name to at most that share of
train's named speakers, so no threshold reaches 0.90 named accuracy there. Part of the gap is the
gold's, not the rules': ${pronounShare(scores)} and PolNeAR names an outlet as the source of a
quotation the text gives a speaker and then credits to the outlet ("…,” Ovell said, according to
Kell Radio").

`
    : ''
}## How right is the pronoun stand-in? (issue 13)

Read by hand, once (so this section is not rewritten by the script): a seeded random sample of
100 of train's found gold quotations whose PolNeAR source is a pronoun, all of them and not only
failures (\`node scripts/sample-pronouns.ts --seed 13\`: the 1,654 such quotations, an article
annotated twice counted once, shuffled by a seeded generator). For each, the text before it was
read and the person the pronoun means was written down (outside the repository: the names are the
corpus's); \`--judged file\` counts the agreements, names compared as the evaluation compares them.
5 of the 100 mean no one named (a group described, an unnamed reporter, an email), which leaves
95.

| On the 95 | Names the person the text means | Names someone | Names no one |
|---|---:|---:|---:|
| former stand-in (nearest named source before the pronoun) | 73 | 21 | 1 |
| stand-in now (\`pronounStandIn\`) | 78 | 15 | 2 |
| our speaker, before issue 13's changes | 66 | 11 | 18 |
| our speaker, before the confidence model | 68 | 8 | 19 |

Of the former stand-in's 22 misses, the person meant is most often no source of an earlier
attribution at all (the subject of a sentence before: "But Ayotte isn't interested."), else an
earlier source who cannot be "he" or "she" (a group, an acronym, a man for "she"); the new one
corrects 5 of them (3 "who", 2 pronouns that skipped a group or a person of the other gender) and
loses none on this sample. The rules were written looking at this sample, so they were then
checked on four fresh seeded samples of 100 (seeds 14 to 17; 20 of their quotations are also in
the first): there the two stand-ins differ on 5 quotations, and by the same hand reading neither
is right on any of them (for 4 the old one names a group or a stray word, "Some Republicans",
"Most", and the new one no one; for 1 each names someone else). Two rules tried and dropped:
taking the named subject of an earlier sentence as a candidate too, and a surname's gender from a
first name written with it elsewhere in the document ("Anne Marie Murphy" made "Murphy" a woman
where "Chris Murphy" is meant, and the first-name lists call "Lindsey" and "Marty" women): with
both, 79 on this sample, but on a fresh one (seed 14) 2 gained and 9 lost (sentence openers such
as "Soon" and "Throughout" read as subjects). By the hand reading the stand-in is right for about
4 pronouns in 5, so train's figures for pronoun sources carry that error both ways; where our
speaker names someone for these 95, it is right for 68 of 76 (0.89), more than the 0.86 that
train's pronoun rules score against the stand-in.

**Every pronoun read (2026-12-07).** Since then the figures at the top score every pronoun source
against a reading of all of them, not against the stand-in: 1,295 pronouns of dev and train (the
sources of 1,971 quotations), each shown to a reader that saw none of our output with the 1,800
characters before it and the pronoun marked, and asked for the fullest name the text gives its
referent, or none; every name given was checked to occur in what the reader read, and located in
the article (\`scripts/eval-quotes/polnear-referents.json\`). 50 pronouns mean no one named, and
15 answers were marked uncertain. On train's 1,932 pronoun quotations the stand-in names someone
else than the readers for 420 (about 1 in 5, as on the sample above); of those 420 our speaker
agrees with the readers for 176 and with the stand-in for 71. As a check of the readers, 25 of
those 420 drawn at random (19 pronouns) were read again by hand: the readers' name was the right
one for all 25 (ours for 9, another for 6, none for 10). With the stand-in (\`--stand-in new\`)
train is 0.881 / 0.954 / 0.923 and dev 0.959 / 0.984 / 0.974; with the readers' names, 0.899 /
0.970 / 0.927 and 0.969 / 0.989 / 0.979 with the confidence model fitted against the stand-in,
and 0.901 / 0.968 / 0.931 and 0.969 / 0.989 / 0.979 with it fitted again on the readers' names
(\`node scripts/calibrate-attribution.ts\`, the same day). That model had learnt the stand-in's
blind spot: the stand-in only ever names an earlier attribution's source, so a pronoun our rules
resolved to the subject of a sentence before had been scored wrong whenever that subject was no
such source, and the weight of that evidence was negative (−0.68); on the readers' names it is
positive (+0.30).

## Hand-written rules or an NLP library (issue 13, item 3)

Measured once, by hand (the libraries are not dependencies, so this table is not rewritten by
the script): each library took over one job of \`src/quotes/tokens.ts\` and \`names.ts\` in a copy
of the code, and the three gold sets were scored as above (named accuracy / precision of given
speakers / coverage). Speed is milliseconds per 1,000 words on 300 PolNeAR train texts (215,815
words), on a shared, busy machine: compare the rows, not the absolute figures.

| Sentence splitting | seed | polnear-dev | polnear-train | ms per 1,000 words |
|---|---|---|---|---:|
| ours (\`tokenize\` + \`sentencesOf\`) | 0.600 / 1.000 / 0.600 | 0.892 / 0.951 / 0.938 | 0.775 / 0.882 / 0.878 | 5.7 |
| wink-nlp 2.4 + wink-eng-lite-web-model 1.8 (\`sentences()\`) | 0.600 / 1.000 / 0.600 | 0.877 / 0.950 / 0.923 | 0.751 / 0.876 / 0.858 | 40.0 |
| compromise 14.17 (\`sentences()\`) | 0.600 / 1.000 / 0.600 | 0.877 / 0.945 / 0.928 | 0.765 / 0.876 / 0.873 | 378.7 |

| Telling a name from other capitalised words | seed | polnear-dev | polnear-train | ms per 1,000 words |
|---|---|---|---|---:|
| ours (\`nameIn\`, rules of \`attribution.ts\`) | 0.600 / 1.000 / 0.600 | 0.892 / 0.951 / 0.938 | 0.775 / 0.882 / 0.878 | (in the above) |
| ours, and no name that compromise tags \`#Place\` | 0.600 / 1.000 / 0.600 | 0.897 / 0.956 / 0.938 | 0.770 / 0.890 / 0.866 | + 372.3 |
| ours, only names compromise tags \`#Person\` or \`#Organization\` | 0.400 / 1.000 / 0.400 | 0.815 / 0.930 / 0.877 | 0.632 / 0.856 / 0.738 | + 372.3 |

wink-nlp's entities (13.1 ms per 1,000 words) have no person or organisation type in the lite
English model, so it cannot find names. Both libraries read English only; the rules also serve
German, French and Spanish. Neither splitter beats ours (both split less well around quotations:
compromise keeps \`"no." Then\` in one sentence, wink-nlp splits inside some quotations), and
each is 7 to 65 times slower, far past the 10 % the remark pipeline may slow down; compromise's
place filter gains 0.008 of precision on train for 0.005 of named accuracy and 65 times the time.
So the hand-written code stays, and no library was added.
`;
}

export function evaluateAll(
  fixtures = DEFAULT_FIXTURES,
  standIn: StandIn = 'hand',
): DatasetScore[] {
  return [
    evaluateSeed(fixtures),
    evaluatePolnear(fixtures, 'polnear-dev', { standIn }),
    evaluatePolnear(fixtures, 'polnear-train', { standIn }),
    evaluateUnitCases(fixtures),
    ...OWN_ARTICLE_NAMES.map((name) => evaluateOwnArticle(name)),
  ];
}

// ---------------------------------------------------------------------------------------------
// The gate (`--check`)

/** The figures the gate reads, by the column of the table they are in. */
export const FIGURES = {
  'detection precision': precisionOf,
  'detection recall': recallOf,
  'named accuracy': namedAccuracyOf,
  'precision of given speakers': givenPrecisionOf,
  coverage: coverageOf,
} as const;

/**
 * The floor of each figure, per gold set: the figures the code reaches now (EVAL-QUOTES.md,
 * rounded down), so the gate catches a regression. Issue 13 sets named accuracy ≥ 0.90,
 * precision of given speakers ≥ 0.95 and coverage ≥ 0.90 on polnear-train, polnear-dev and the
 * seed; polnear-dev and the seed reach all three, train its coverage and precision of given
 * speakers, and named accuracy (0.901) with pronoun sources scored against the names read by hand
 * and the model fitted on them (0.881 against the stand-in with the model fitted on it). Our own articles must reach named
 * accuracy ≥ 0.85 each. PolNeAR's floors rose on 2026-12-07 with the hand-read referents.
 */
export const THRESHOLDS: Record<string, Partial<Record<keyof typeof FIGURES, number>>> = {
  seed: {
    'detection precision': 1,
    'detection recall': 1,
    'named accuracy': 0.99,
    'precision of given speakers': 0.99,
    coverage: 0.99,
  },
  'polnear-dev': {
    'detection precision': 0.885,
    'detection recall': 1,
    'named accuracy': 0.965,
    'precision of given speakers': 0.985,
    // 0.98 until 2026-12-04: "Demonstrators said they want “…”", a bare role word the gold
    // names as the speaker, no longer gets one (issue 13: never a page for a bare role word).
    // 0.975 until 2026-12-06: "greeted with chants of "Bobby!" …, according to Doris
    // Crouse-Mays" is the crowd's words, no longer hers (`crowdNouns`; the gold names her).
    coverage: 0.975,
  },
  'polnear-train': {
    'detection precision': 0.727,
    'detection recall': 0.987,
    'named accuracy': 0.9,
    'precision of given speakers': 0.965,
    // 0.925 until 2026-12-06: "…,” the Texan said" no longer makes a speaker called "Texan",
    // the word the gold names (issue 13: never a page for a bare word; it is Rick Perry).
    // 0.924 until later that day: "what her abortion business calls “comprehensive reproductive
    // healthcare”" is a name a body gives, no longer the words of the president named before it
    // (the gold names a newspaper; `namedBy`): 6,057 given of 6,556, one wrong fewer.
    coverage: 0.93,
  },
  'attribution-unit-cases': {
    'detection precision': 0.846,
    'detection recall': 1,
    'named accuracy': 1,
    'precision of given speakers': 1,
    coverage: 1,
  },
  ...Object.fromEntries(
    OWN_ARTICLE_NAMES.map((name) => [
      name,
      {
        'detection precision': 1,
        'detection recall': 1,
        'named accuracy': 0.85,
        'precision of given speakers': 0.85,
      },
    ]),
  ),
};

export function belowThresholds(scores: readonly DatasetScore[]): string[] {
  const failures: string[] = [];
  for (const [name, floors] of Object.entries(THRESHOLDS)) {
    const score = scores.find((s) => s.name === name);
    if (!score) {
      failures.push(`${name}: not measured`);
      continue;
    }
    for (const [figure, floor] of Object.entries(floors)) {
      const value = FIGURES[figure as keyof typeof FIGURES](score);
      if (value < floor) failures.push(`${name}: ${figure} ${pct(value)} < ${floor}`);
    }
    // A name published for words the text gives no one is wrong whatever the figures say.
    if (score.unnamed && score.unnamed.given > 0)
      failures.push(`${name}: ${score.unnamed.given} speakers given to quotations of no one named`);
  }
  return failures;
}

/**
 * `--failures polnear-train`: a dataset's wrong and missing named speakers counted by kind, cue
 * and the words the cue went by (and whether the gold source is a pronoun), most first;
 * `--context regexp` also prints the text around each failure whose `kind how/via` matches.
 */
function printFailures(scores: readonly DatasetScore[], name: string, context?: string): void {
  const score = scores.find((s) => s.name === name);
  if (!score) return;
  const groups = new Map<string, number>();
  for (const f of score.failures) {
    const key = `${f.kind} ${f.how}/${f.via}${f.goldPronoun ? ' (gold: pronoun)' : ''}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  console.log(`\nFailures on ${name} (${score.failures.length}):`);
  for (const [key, count] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(`${String(count).padStart(5)}  ${key}`);
  if (!context) return;
  const pattern = new RegExp(context, 'u');
  for (const f of score.failures)
    if (pattern.test(`${f.kind} ${f.how}/${f.via}`))
      console.log(
        `\n[${f.kind} ${f.how}/${f.via}] ${f.where}\n  given ${f.given ?? '—'}, expected ${f.expected}${f.goldPronoun ? ' (pronoun)' : ''}\n  ${f.context ?? ''}`,
      );
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const { values } = parseArgs({
    options: {
      fixtures: { type: 'string', default: DEFAULT_FIXTURES },
      out: { type: 'string', default: REPORT_PATH },
      verbose: { type: 'boolean', default: false },
      failures: { type: 'string' },
      context: { type: 'string' },
      check: { type: 'boolean', default: false },
      'stand-in': { type: 'string', default: 'hand' },
    },
  });
  if (!existsSync(path.join(values.fixtures, 'seed'))) {
    console.error(
      `No corpora at ${values.fixtures} (looked for seed/ there): pass --fixtures dir or set EXPLAINERS_CORPORA.`,
    );
    process.exit(1);
  }
  const standIn = (['hand', 'new', 'old'] as const).find((s) => s === values['stand-in']);
  if (!standIn) throw new Error(`--stand-in: one of hand, new, old (got ${values['stand-in']})`);
  const scores = evaluateAll(values.fixtures, standIn);
  console.log(renderTable(scores));
  if (values.verbose) {
    for (const s of scores) for (const miss of s.misses) console.log(`${s.name}: ${miss}`);
  }
  if (values.failures) printFailures(scores, values.failures, values.context);
  if (values.check) {
    const failures = belowThresholds(scores);
    for (const failure of failures) console.error(`Below the floor: ${failure}`);
    if (failures.length === 0) console.log('\nEvery figure at or above its floor (THRESHOLDS).');
    process.exitCode = failures.length === 0 ? 0 : 1;
  } else if (values.out !== '') {
    writeFileSync(values.out, renderReport(scores, sweepThresholds(values.fixtures)));
    console.log(`\nWrote ${shownPath(values.out)}`);
  }
}
