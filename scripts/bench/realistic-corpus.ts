/**
 * The realistic benchmark corpus: explainers shaped like news reports. Lengths of articles,
 * paragraphs, sentences and quotations, the share of paragraphs that quote someone and the slope
 * of the vocabulary follow figures measured on real news (below, with where they came from);
 * claims and comments come at the density of the project's sample explainers. Four languages
 * (English most, then German, French and Spanish, each with its own quotation marks, reporting
 * verbs and pronouns). The words themselves are pseudo-words made from syllables by a seeded
 * generator, so every run measures the same text and nothing is copied from anywhere.
 *
 * Speakers come from a shared pool with Zipf-distributed prominence, so the same people speak
 * across many explainers, and a few claims restate a shared talking point, so related claims
 * exist but stay sparse (the old synthetic corpus, `corpus.ts`, is the worst case for those).
 *
 * What comes out (200 explainers): articles of median 635 and mean 833 words (paragraphs run
 * over the drawn length), 14.0 quotations per 1,000 words of article, 4.1 claims and 5.4 comments
 * per 1,000 words of body; every file passes `explainer check` without a message.
 */
import { random } from './random.ts';

/*
 * Measured by `node scripts/bench/measure-news.ts` on PolNeAR's 843 US political news articles
 * (train and dev splits, 635,414 words; the corpora folder's `quotes/polnear-*`, not part of the
 * repository). Means and medians; the generator draws log-normal lengths that match both.
 */
/** Words per article: median 575, mean 754 (p10 251, p90 1,415). */
const ARTICLE_WORDS = { median: 575, mean: 754, min: 120, max: 4000 };
/** Sentences per paragraph: mean 2.07 (median 2, p90 4). */
const SENTENCES_PER_PARAGRAPH = 2.07;
/** Words per sentence: median 16, mean 18.2 (p10 4, p90 34). */
const SENTENCE_WORDS = { median: 16, mean: 18.2, min: 3, max: 80 };
/** Quotations: 13.6 per 1,000 words, in 32 % of paragraphs. */
const QUOTES_PER_1000_WORDS = 13.6;
const PARAGRAPHS_WITH_QUOTE = 0.32;
/** Words per quotation: median 10, mean 14.8 (p10 2, p90 33). */
const QUOTE_WORDS = { median: 10, mean: 14.8, min: 1, max: 90 };
/** Zipf exponent of the rank-frequency curve, ranks 1–5,000: 1.084 (29,178 distinct words). */
const ZIPF_EXPONENT = 1.084;
const VOCABULARY = 20_000;
/*
 * Measured by the same script on the project's six sample explainers (`content/explainers/`,
 * 3,763 words written as an editor would): 4.25 claims and 5.85 comments per 1,000 words.
 */
const CLAIMS_PER_1000_WORDS = 4.25;
const COMMENTS_PER_1000_WORDS = 5.85;
/** Words in a generated comment, on average (15–54 words and the link's). */
const COMMENT_WORDS = 38;
/** Share of claims that restate a talking point shared across explainers. */
const SHARED_CLAIMS = 0.1;
/** How many people speak across the corpus; prominence is Zipf-distributed. */
const PEOPLE = 3000;
/** Languages and their share of explainers. */
const LANGUAGES = [
  { lang: 'en', share: 0.7 },
  { lang: 'de', share: 0.1 },
  { lang: 'fr', share: 0.1 },
  { lang: 'es', share: 0.1 },
] as const;
type Lang = (typeof LANGUAGES)[number]['lang'];

interface Language {
  /** The commonest words, most frequent first: they take the top ranks of the vocabulary. */
  common: string[];
  /** Syllables the pseudo-words are made of. */
  syllables: string[];
  open: string;
  close: string;
  /** Reporting verbs after a name ("X said") and in the past. */
  verbs: string[];
  pronouns: string[];
  /** "Officials said" before a claim. */
  officials: string;
  month: string;
}

const LANG: Record<Lang, Language> = {
  en: {
    common:
      'the of to and a in that for is on said with he was it as at by his be from has have are not will who but an they this would their had more were been about its one which than also'.split(
        ' ',
      ),
    syllables: 'ta ren mo li ser ban cor vel dan pol tri mar ges lo ni ca der pen sto wal'.split(
      ' ',
    ),
    open: '“',
    close: '”',
    verbs: ['said', 'told reporters', 'argued', 'warned', 'added', 'insisted'],
    pronouns: ['he', 'she', 'they'],
    officials: 'Officials said',
    month: 'year',
  },
  de: {
    common:
      'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie'.split(
        ' ',
      ),
    syllables: 'ber ge stein wal ten haus lin mer dorf schu ka ner ro tel burg an sel kor'.split(
      ' ',
    ),
    open: '„',
    close: '“',
    verbs: ['sagte', 'erklärte', 'betonte', 'warnte'],
    pronouns: ['er', 'sie'],
    officials: 'Die Verwaltung erklärte',
    month: 'Jahr',
  },
  fr: {
    common:
      'de la le et les des en un du une que est pour qui dans a par plus pas au sur se ne il ce sont avec aux elle ou son'.split(
        ' ',
      ),
    syllables: 'mon ré pa lu ti vé ron cha don gué bel mi sé lor fa nè quel'.split(' '),
    open: '« ',
    close: ' »',
    verbs: ['a déclaré', 'a affirmé', 'a expliqué', 'a ajouté'],
    pronouns: ['il', 'elle'],
    officials: 'La mairie a affirmé',
    month: 'an',
  },
  es: {
    common:
      'de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ha me si sin sobre este'.split(
        ' ',
      ),
    syllables: 'ca mi ro ta san pe lo du ria gal mon te bra ni sol ve cha'.split(' '),
    open: '«',
    close: '»',
    verbs: ['dijo', 'afirmó', 'explicó', 'aseguró'],
    pronouns: ['él', 'ella'],
    officials: 'El ayuntamiento afirmó',
    month: 'año',
  },
};

/** The sample scale's ratings, which both generated corpora draw from. */
export const RATINGS = [
  'accurate',
  'mostly-accurate',
  'missing-context',
  'misleading',
  'unsupported',
  'false',
];

/** A log-normal draw with this median and mean, rounded and clipped. */
function logNormal(next: () => number, { median, mean, min, max }: typeof ARTICLE_WORDS): number {
  const sigma = Math.sqrt(2 * Math.log(mean / median));
  // Box–Muller.
  const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * z))));
}

/** A Poisson draw (Knuth's method; the means here are small). */
function poisson(next: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = next();
  while (p > limit) {
    k += 1;
    p *= next();
  }
  return k;
}

/** Cumulative Zipf weights over ranks 1..n; `rank(u)` maps a uniform draw to a rank (0-based). */
function zipf(n: number, exponent: number): (u: number) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    total += 1 / (i + 1) ** exponent;
    cumulative[i] = total;
  }
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A pseudo-word of 1–4 syllables; `seed` makes it the same on every run. */
function pseudoWord(next: () => number, syllables: readonly string[]): string {
  const count = 1 + Math.floor(next() * next() * 4);
  let word = '';
  for (let i = 0; i < count; i += 1) word += syllables[Math.floor(next() * syllables.length)];
  return word;
}

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

interface Tables {
  vocabulary: string[];
  rank: (u: number) => number;
}
const tables = new Map<Lang, Tables>();
/** Each language's vocabulary, ranked: its common words first, then pseudo-words. */
function tablesFor(lang: Lang): Tables {
  const known = tables.get(lang);
  if (known) return known;
  const { common, syllables } = LANG[lang];
  const next = random(7919 + lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
  const seen = new Set(common);
  const vocabulary = [...common];
  while (vocabulary.length < VOCABULARY) {
    const word = pseudoWord(next, syllables);
    if (word.length < 2 || seen.has(word)) continue;
    seen.add(word);
    vocabulary.push(word);
  }
  const made = { vocabulary, rank: zipf(VOCABULARY, ZIPF_EXPONENT) };
  tables.set(lang, made);
  return made;
}

const nameSyllables =
  'al ber car dan el fen gar hel in jo kal lin mor nad os per quin ros sal tev ul vin wes yar zel'.split(
    ' ',
  );
let people: string[] | undefined;
const personRank = zipf(PEOPLE, 1);
/** The corpus-wide pool of speakers: "Firstname Lastname", made of syllables. */
function peoplePool(): string[] {
  if (people) return people;
  const next = random(104729);
  const seen = new Set<string>();
  people = [];
  while (people.length < PEOPLE) {
    const first = capital(pseudoWord(next, nameSyllables) + pseudoWord(next, nameSyllables));
    const last = capital(pseudoWord(next, nameSyllables) + pseudoWord(next, nameSyllables));
    const name = `${first} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push(name);
  }
  return people;
}

/** Talking points claims restate across explainers (per language), each with a figure. */
function talkingPoint(lang: Lang, which: number): string {
  const next = random(15485863 + which);
  const { vocabulary } = tablesFor(lang);
  const words = Array.from(
    { length: 6 + Math.floor(next() * 6) },
    () => vocabulary[40 + Math.floor(next() * 2000)]!,
  );
  words.splice(2, 0, `${10 + which} ${lang === 'en' ? 'per cent' : '%'}`);
  return words.join(' ');
}

/** One realistic explainer's Markdown. */
export function realisticExplainerMarkdown(index: number): string {
  const next = random(index * 2654435761 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  let u = next();
  const lang = LANGUAGES.find((l) => (u -= l.share) < 0)?.lang ?? 'en';
  const L = LANG[lang];
  const { vocabulary, rank } = tablesFor(lang);
  const word = () => vocabulary[rank(next())]!;
  const pool = peoplePool();
  const cast = Array.from({ length: 2 + Math.floor(next() * 6) }, () => pool[personRank(next())]!);
  const figure = () =>
    next() < 0.5
      ? `${Math.floor(next() * 100)} ${lang === 'en' ? 'per cent' : '%'}`
      : `${Math.floor(next() * 900 + 10)}`;
  const words = (count: number) => {
    const out: string[] = [];
    for (let i = 0; i < count; i += 1) out.push(next() < 0.03 ? figure() : word());
    return out.join(' ');
  };
  const sentence = () => `${capital(words(logNormal(next, SENTENCE_WORDS)))}.`;

  // The article's length, and its quotations, claims and comments at the measured densities,
  // spread over its paragraphs as they come.
  const target = logNormal(next, ARTICLE_WORDS);
  const wordsPerParagraph = SENTENCES_PER_PARAGRAPH * SENTENCE_WORDS.mean;
  let quotesLeft = poisson(next, (target * QUOTES_PER_1000_WORDS) / 1000);
  // The sample's densities are per word of the whole body, comments included: solve for the
  // number of comments whose words, added to the article's, give that density.
  const comments =
    (target * COMMENTS_PER_1000_WORDS) / (1000 - COMMENTS_PER_1000_WORDS * COMMENT_WORDS);
  let commentsLeft = poisson(next, comments);
  let claimsLeft = poisson(
    next,
    ((target + comments * COMMENT_WORDS) * CLAIMS_PER_1000_WORDS) / 1000,
  );
  const paragraphs: string[] = [];
  let written = 0;
  let claims = 0;
  let lastSpeaker = cast[0]!;
  const count = (text: string) => text.split(/\s+/).length;
  while (written < target || commentsLeft > 0 || claimsLeft > 0) {
    const paragraphsLeft = Math.max(1, (target - written) / wordsPerParagraph);
    const parts: string[] = [];
    const sentences = 1 + poisson(next, SENTENCES_PER_PARAGRAPH - 1);
    const claimsHere = Math.min(claimsLeft, poisson(next, claimsLeft / paragraphsLeft));
    claimsLeft -= claimsHere;
    for (let s = 0; s < Math.max(sentences, claimsHere); s += 1) {
      if (s < claimsHere) {
        claims += 1;
        const text =
          next() < SHARED_CLAIMS
            ? talkingPoint(lang, Math.floor(next() * 40))
            : words(5 + Math.floor(next() * 10));
        parts.push(
          `${L.officials} :claim[${text}]{#claim-${claims} by="${pick(cast)}" rating=${pick(RATINGS)}}.`,
        );
        written += count(text) + 2;
      } else {
        const s = sentence();
        parts.push(s);
        written += count(s);
      }
    }
    const quoteHere = quotesLeft > 0 && next() < PARAGRAPHS_WITH_QUOTE;
    if (quoteHere || (quotesLeft > 0 && paragraphsLeft <= 1)) {
      const perParagraph = quotesLeft / Math.max(1, paragraphsLeft * PARAGRAPHS_WITH_QUOTE);
      const here = Math.min(quotesLeft, 1 + poisson(next, Math.max(0, perParagraph - 1)));
      for (let q = 0; q < here; q += 1) {
        const quote = capital(words(logNormal(next, QUOTE_WORDS)));
        const speaker = next() < 0.3 ? lastSpeaker : pick(cast);
        const form = next();
        // Name after the quotation, name before it, a pronoun for the last speaker, or a
        // quotation that only continues the previous one.
        if (form < 0.4) parts.push(`${L.open}${quote},${L.close} ${speaker} ${pick(L.verbs)}.`);
        else if (form < 0.7)
          parts.push(`${speaker} ${pick(L.verbs)}: ${L.open}${quote}.${L.close}`);
        else if (form < 0.9)
          parts.push(`${L.open}${quote},${L.close} ${pick(L.pronouns)} ${pick(L.verbs)}.`);
        else parts.push(`${L.open}${quote}.${L.close}`);
        lastSpeaker = speaker;
        written += count(quote) + 3;
      }
      quotesLeft -= here;
    }
    paragraphs.push(parts.join(' '));
    const commentsHere = Math.min(commentsLeft, poisson(next, commentsLeft / paragraphsLeft));
    commentsLeft -= commentsHere;
    for (let c = 0; c < commentsHere; c += 1) {
      const body = capital(words(15 + Math.floor(next() * 40)));
      const form = next();
      if (form < 0.45 && claims > 0)
        paragraphs.push(`:::comment{on=claim-${claims}}\n${body}.\n:::`);
      else if (form < 0.85)
        paragraphs.push(
          `:::comment\n${body}. See the [source](https://example.com/${lang}/${index}/${paragraphs.length}).\n:::`,
        );
      else paragraphs.push(`Comment: ${body}.`);
    }
  }
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  const tags = Array.from(
    { length: 1 + Math.floor(next() * 3) },
    () => vocabulary[100 + (rank(next()) % 400)]!,
  );
  return `---
title: "${capital(words(6))} ${index}"
summary: "${capital(words(20))}."
published: 2025-${month}-${day}
language: ${lang}
tags: [${[...new Set(tags)].join(', ')}]
editors: ["Bench Desk"]
source:
  publisher: "The ${capital(word())} ${capital(L.month)}"
  url: https://example.com/${lang}/articles/${index}
---

${paragraphs.join('\n\n')}
`;
}
