/**
 * "Said elsewhere": for each quotation, the same speaker saying the same or nearly the same words
 * in other explainers. The explainer page shows them in the quotation's note, and a person's page
 * beside each of their quotations.
 *
 * The rule ({@link SAID_ELSEWHERE_SIMILARITY}): two quotations in different explainers are the
 * same words when their speakers are the same (the people.yaml id, else the name, as
 * `claimantKey` compares them) and their words overlap (Jaccard) by at least 0.6, with the words
 * normalised as claims' are (`claimTokens`: lowercase, accents removed, words under three letters
 * left out, figures kept). A quotation of fewer than {@link MIN_WORDS} such words ("Yes", "no
 * comment") is too short to say it was repeated.
 *
 * Cost: quotations are grouped by speaker, and within a group candidates come from the same
 * prefix filtering as related claims (`candidatePairs`), so quotations of different speakers are
 * never compared and, within a speaker, only quotations that share a rare word are.
 */
import type { Explainer, Quote, Speaker } from '../contract/explainer.ts';
import type { SitePath } from '../contract/site-paths.ts';
import { candidatePairs, claimantKey, claimTokens } from './claim-index.ts';
import { rememberedPairs, rememberedPerList } from './pair-memo.ts';
import { indexedOfKind, type ExplainerRef, type IndexedAnnotation } from './site-index.ts';

/** Word overlap (Jaccard) for "the same or nearly the same words". */
export const SAID_ELSEWHERE_SIMILARITY = 0.6;
/** Quotations with fewer normalised words are never matched. */
export const MIN_WORDS = 3;

/** What the rule looks at in a quotation. */
export interface QuoteText {
  text: string;
  speaker: Speaker | null;
  language: string;
  /** The explainer it is in: quotations in the same explainer are never matched. */
  explainer: string;
}

/** What finding the pairs cost: the pairs compared word by word, and posting entries visited. */
export interface QuoteIndexCost {
  compared: number;
  steps: number;
}

interface Prepared {
  explainer: string;
  speaker: string | null;
  words: string[];
  set: Set<string>;
}

function prepareQuote(quote: QuoteText): Prepared {
  const { words } = claimTokens(quote.text, quote.language);
  return {
    explainer: quote.explainer,
    speaker: claimantKey(quote.speaker),
    words,
    set: new Set(words),
  };
}

function same(a: Prepared, b: Prepared): boolean {
  if (a.explainer === b.explainer || a.speaker === null || a.speaker !== b.speaker) return false;
  let shared = 0;
  for (const word of b.words) if (a.set.has(word)) shared += 1;
  return shared / (a.words.length + b.words.length - shared) >= SAID_ELSEWHERE_SIMILARITY;
}

/**
 * Every pair `[i, j]` (i < j) of quotations that are the same speaker's same words by the rule
 * above, without comparing every pair: only quotations of one speaker, and among them only the
 * candidates of prefix filtering, are compared. `cost` (optional) counts the work done.
 */
export function saidElsewherePairs(
  quotes: readonly QuoteText[],
  cost: QuoteIndexCost = { compared: 0, steps: 0 },
): Array<[number, number]> {
  const prepared = quotes.map(prepareQuote);
  const groups = new Map<string, number[]>();
  prepared.forEach((quote, index) => {
    if (quote.speaker === null || quote.words.length < MIN_WORDS) return;
    const group = groups.get(quote.speaker);
    if (group) group.push(index);
    else groups.set(quote.speaker, [index]);
  });
  const pairs: Array<[number, number]> = [];
  const counter = { steps: 0 };
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const [i, j] of candidatePairs(prepared, members, SAID_ELSEWHERE_SIMILARITY, counter)) {
      cost.compared += 1;
      if (same(prepared[i]!, prepared[j]!)) pairs.push([i, j]);
    }
  }
  cost.steps += counter.steps;
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** A pointer to a quotation in another explainer. */
export interface QuoteRef {
  explainer: ExplainerRef;
  id: string;
  text: string;
  speaker: Speaker | null;
  /** Site path of its exact spot. */
  path: SitePath;
}

/** `<slug>#<id>`: one quotation on the site. */
export const quoteKey = (slug: string, id: string) => `${slug}#${id}`;

type IndexedQuote = IndexedAnnotation & { annotation: Quote };

/** What the rule looks at in an indexed quotation. */
const quoteText = ({ annotation, explainer }: IndexedQuote): QuoteText => ({
  text: annotation.text,
  speaker: annotation.speaker,
  language: explainer.language,
  explainer: explainer.slug,
});

/**
 * {@link saidElsewherePairs} of the site's quotations, worked out again only for the quotations
 * of changed explainers (the dev server after a save; see `pair-memo.ts`).
 */
const quotePairs = rememberedPairs<IndexedQuote, Prepared>({
  prepare: (entry) => prepareQuote(quoteText(entry)),
  group: (quote) =>
    quote.speaker === null || quote.words.length < MIN_WORDS ? null : quote.speaker,
  words: (quote) => quote.words,
  threshold: SAID_ELSEWHERE_SIMILARITY,
  match: same,
  all: (entries) => saidElsewherePairs(entries.map(quoteText)),
});

/**
 * For every quotation said elsewhere, keyed by {@link quoteKey}: the same words in other
 * explainers, newest explainer first.
 */
export function saidElsewhere(explainers: readonly Explainer[]): Map<string, QuoteRef[]> {
  const parts = indexedOfKind(explainers, 'quote');
  const quotes = parts.flat();
  const pairs = quotePairs(parts);
  const ref = ({ annotation, explainer, path }: (typeof quotes)[number]): QuoteRef => ({
    explainer,
    id: annotation.id,
    text: annotation.text,
    speaker: annotation.speaker,
    path,
  });
  const found = new Map<string, QuoteRef[]>();
  const add = (from: (typeof quotes)[number], to: (typeof quotes)[number]) => {
    const key = quoteKey(from.explainer.slug, from.annotation.id);
    const list = found.get(key) ?? [];
    found.set(key, list);
    list.push(ref(to));
  };
  for (const [i, j] of pairs) {
    add(quotes[i]!, quotes[j]!);
    add(quotes[j]!, quotes[i]!);
  }
  for (const list of found.values())
    list.sort((a, b) => b.explainer.published.localeCompare(a.explainer.published));
  return found;
}

/**
 * {@link saidElsewhere}, remembered per list of explainers (every explainer and person page needs
 * it, and the dataset).
 */
export const siteSaidElsewhere = rememberedPerList(saidElsewhere);

/** The quotations of one explainer said elsewhere, keyed by {@link quoteKey}, in its order. */
export function saidElsewhereIn(
  explainer: Pick<Explainer, 'slug' | 'annotations'>,
  said: ReadonlyMap<string, QuoteRef[]>,
): Map<string, QuoteRef[]> {
  const elsewhere = new Map<string, QuoteRef[]>();
  for (const a of explainer.annotations) {
    const refs = a.kind === 'quote' ? said.get(quoteKey(explainer.slug, a.id)) : undefined;
    if (refs) elsewhere.set(quoteKey(explainer.slug, a.id), refs);
  }
  return elsewhere;
}
