/**
 * Every claim across the site, with the comments that analyse it and the claims in other
 * explainers that make the same point, and the claims grouped by claimant. The claims pages, the
 * JSON-LD and the open-data exports all read this index.
 *
 * The rule for "the same claim" ({@link areRelated}): two claims in different explainers are
 * related when they state the same figures, and their words overlap by at least
 * {@link SAME_CLAIMANT_SIMILARITY} if the same person or body made them, or by at least
 * {@link ANY_CLAIMANT_SIMILARITY} if not (a claim repeated by someone else). Words are compared
 * after lowercasing and removing accents; words shorter than three letters are left out.
 * Figures must match exactly because they are what a fact-check tests: "cut collisions by 40 per
 * cent" and "cut collisions by 30 per cent" are different claims however alike they read.
 */
import { segmenter } from '../quotes/segmenter.ts';
import type { Claim, Comment, Explainer, Speaker } from '../contract/explainer.ts';
import type { SitePath } from '../contract/site-paths.ts';
import { commentsOnSpans } from './comments-on.ts';
import { rememberedPairs, rememberedPerList } from './pair-memo.ts';
import { indexedOfKind, type ExplainerRef, type IndexedAnnotation } from './site-index.ts';

/** Word overlap (Jaccard) needed when both claims have the same claimant. */
export const SAME_CLAIMANT_SIMILARITY = 0.5;
/** Word overlap (Jaccard) needed when the claimants differ or are unknown. */
export const ANY_CLAIMANT_SIMILARITY = 0.8;

/** What the rule looks at in a claim. */
export interface ClaimText {
  text: string;
  claimant: Speaker | null;
  language: string;
  /** The explainer it is in: claims in the same explainer are never related. */
  explainer: string;
}

export interface ClaimTokens {
  /** Distinct normalised words (figures included), sorted. */
  words: string[];
  /** Distinct figures with their separators removed (`182,000` → `182000`), sorted. */
  figures: string[];
}

/**
 * Tokens already worked out, by language and text. Every site-wide index that compares texts
 * (related claims, quotations said elsewhere) is built by more than one route of a build, and
 * again on every page request of the dev server, over the same texts: word segmentation was the
 * largest cost of a warm rebuild's site-wide indexes. Cleared when it grows past
 * `TOKEN_CACHE_SIZE` (a long dev session's edits).
 */
const tokenCache = new Map<string, Readonly<ClaimTokens>>();
const TOKEN_CACHE_SIZE = 500_000;

/** The words and figures of a claim, normalised for comparison (frozen: shared between callers). */
export function claimTokens(text: string, language: string): ClaimTokens {
  const key = `${language}\u0000${text}`;
  const known = tokenCache.get(key);
  if (known) return known;
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
  const tokens = tokenize(text, language);
  Object.freeze(tokens.words);
  Object.freeze(tokens.figures);
  tokenCache.set(key, Object.freeze(tokens));
  return tokens;
}

function tokenize(text: string, language: string): ClaimTokens {
  const words = new Set<string>();
  const figures = new Set<string>();
  for (const { segment, isWordLike } of segmenter(language, 'word').segment(text)) {
    if (!isWordLike) continue;
    let word = segment
      .toLocaleLowerCase(language)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC');
    if (/\p{N}/u.test(word)) {
      word = word.replace(/[.,'’\s]/gu, '');
      figures.add(word);
    } else if ([...word].length < 3) {
      continue;
    }
    words.add(word);
  }
  return { words: [...words].sort(), figures: [...figures].sort() };
}

/** Jaccard similarity of two word lists: shared words over all words (0 when either is empty). */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  const shared = b.filter((word) => set.has(word)).length;
  return shared / (a.length + b.length - shared);
}

/** The key two claimants are compared by: the people.yaml id, else the name, normalised. */
export function claimantKey(claimant: Speaker | null): string | null {
  if (!claimant) return null;
  return claimant.id ?? `name:${claimant.name.normalize('NFKC').toLowerCase().trim()}`;
}

/** A claim ready for comparing: its tokens, as a set, and its claimant's key. */
interface Prepared {
  explainer: string;
  claimant: string | null;
  words: string[];
  set: Set<string>;
  figures: string;
}

function prepare(claim: ClaimText): Prepared {
  const { words, figures } = claimTokens(claim.text, claim.language);
  return {
    explainer: claim.explainer,
    claimant: claimantKey(claim.claimant),
    words,
    set: new Set(words),
    figures: figures.join(' '),
  };
}

function related(a: Prepared, b: Prepared): boolean {
  if (a.explainer === b.explainer || a.figures !== b.figures) return false;
  if (a.words.length === 0 || b.words.length === 0) return false;
  let shared = 0;
  for (const word of b.words) if (a.set.has(word)) shared += 1;
  const similarity = shared / (a.words.length + b.words.length - shared);
  const same = a.claimant !== null && a.claimant === b.claimant;
  return similarity >= (same ? SAME_CLAIMANT_SIMILARITY : ANY_CLAIMANT_SIMILARITY);
}

/** True when two claims are "the same claim" by the rule above. */
export function areRelated(a: ClaimText, b: ClaimText): boolean {
  return related(prepare(a), prepare(b));
}

/**
 * Every related pair `[i, j]` (i < j) among `claims`: the same as testing every pair with
 * {@link areRelated}, without testing every pair. Only claims stating the same figures can be
 * related, so claims are compared within those groups, in two passes: claims of the same
 * claimant at {@link SAME_CLAIMANT_SIMILARITY}, and all claims at {@link ANY_CLAIMANT_SIMILARITY}.
 * Within a group, candidates come from prefix filtering with positional pruning (see
 * {@link candidatePairs}); only candidates are compared word by word.
 */
export function relatedPairs(claims: readonly ClaimText[]): Array<[number, number]> {
  const prepared = claims.map(prepare);
  const groupBy = (key: (claim: Prepared) => string | null) => {
    const groups = new Map<string, number[]>();
    prepared.forEach((claim, index) => {
      const k = claim.words.length === 0 ? null : key(claim);
      if (k === null) return;
      const group = groups.get(k);
      if (group) group.push(index);
      else groups.set(k, [index]);
    });
    return groups.values();
  };
  // A pair i < j is kept as the number i·n + j: exact for any realistic n, and cheap to hash.
  const n = prepared.length;
  const found = new Set<number>();
  const passes: Array<[Iterable<number[]>, number]> = [
    [
      groupBy((c) => (c.claimant === null ? null : `${c.figures}\u0000${c.claimant}`)),
      SAME_CLAIMANT_SIMILARITY,
    ],
    [groupBy((c) => c.figures), ANY_CLAIMANT_SIMILARITY],
  ];
  for (const [groups, threshold] of passes) {
    for (const members of groups) {
      for (const [i, j] of candidatePairs(prepared, members, threshold)) {
        const key = i * n + j;
        if (!found.has(key) && related(prepared[i]!, prepared[j]!)) found.add(key);
      }
    }
  }
  return [...found]
    .sort((a, b) => a - b)
    .map((key): [number, number] => [Math.floor(key / n), key % n]);
}

/**
 * Pairs (i < j) of `members` whose words can overlap by `threshold` (Jaccard), found by prefix
 * filtering with positional pruning (PPJoin, Xiao et al. 2008). Each claim's words are put in one
 * order for the whole group, rarest first. Two claims x and y with Jaccard ≥ t share at least
 * α = ⌈t/(1+t)·(|x|+|y|)⌉ words, so they share one of the first |x| − ⌈t·|x|⌉ + 1 words of each
 * (the prefix); their sizes are within a factor t; and when their k-th shared word sits at
 * positions i in x and j in y, at most k + min(|x|−i−1, |y|−j−1) words are shared in all, since
 * every shared word before it comes before it in both prefixes. A pair that cannot reach α is
 * dropped as soon as that bound says so. `cost.steps`, when given, counts the entries of the
 * posting lists visited: the work beyond one pass over the words.
 */
export function candidatePairs(
  prepared: readonly { readonly words: readonly string[] }[],
  members: readonly number[],
  threshold: number,
  cost?: { steps: number },
): Array<[number, number]> {
  const frequency = new Map<string, number>();
  for (const index of members) {
    for (const word of prepared[index]!.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const rarestFirst = (a: string, b: string) =>
    frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  /** For each word, the claims seen so far with it in their prefix, and its position there. */
  const postings = new Map<string, number[]>();
  /** Shared words found so far with each earlier claim (by place in `members`); -1: ruled out. */
  const shared = new Int32Array(members.length);
  const touched: number[] = [];
  const pairs: Array<[number, number]> = [];
  members.forEach((j, m) => {
    const y = prepared[j]!.words.length;
    const prefix = [...prepared[j]!.words]
      .sort(rarestFirst)
      .slice(0, y - Math.ceil(threshold * y) + 1);
    prefix.forEach((word, position) => {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      // Pairs of numbers: a claim's place in `members`, then the word's position in its prefix.
      if (cost) cost.steps += list.length / 2;
      for (let k = 0; k < list.length; k += 2) {
        const other = list[k]!;
        const before = shared[other]!;
        if (before < 0) continue;
        if (before === 0) touched.push(other);
        const x = prepared[members[other]!]!.words.length;
        const needed = Math.ceil((threshold / (1 + threshold)) * (x + y) - 1e-9);
        const possible = before + 1 + Math.min(x - list[k + 1]! - 1, y - position - 1);
        const sizesFit = Math.min(x, y) >= threshold * Math.max(x, y);
        shared[other] = sizesFit && possible >= needed ? before + 1 : -1;
      }
      list.push(m, position);
    });
    for (const other of touched) {
      if (shared[other]! > 0) {
        const i = members[other]!;
        pairs.push(i < j ? [i, j] : [j, i]);
      }
      shared[other] = 0;
    }
    touched.length = 0;
  });
  return pairs;
}

/** A pointer to a claim elsewhere on the site. */
export interface ClaimRef {
  explainer: ExplainerRef;
  id: string;
  text: string;
  claimant: Speaker | null;
  rating: string | null;
  /** Site path of its exact spot. */
  path: SitePath;
}

export interface IndexedClaim extends IndexedAnnotation {
  annotation: Claim;
  /** The comments whose target is this claim, in order. */
  comments: readonly Comment[];
  /** The same claim in other explainers. */
  related: ClaimRef[];
}

/** What the rule looks at in an indexed claim. */
const claimText = ({ annotation, explainer }: IndexedAnnotation & { annotation: Claim }) => ({
  text: annotation.text,
  claimant: annotation.claimant,
  language: explainer.language,
  explainer: explainer.slug,
});

/**
 * {@link relatedPairs} of the site's claims, worked out again only for the claims of changed
 * explainers (the dev server after a save; see `pair-memo.ts`). Only claims stating the same
 * figures can be related.
 */
const claimPairs = rememberedPairs<IndexedAnnotation & { annotation: Claim }, Prepared>({
  prepare: (entry) => prepare(claimText(entry)),
  group: (claim) => (claim.words.length === 0 ? null : claim.figures),
  words: (claim) => claim.words,
  threshold: Math.min(SAME_CLAIMANT_SIMILARITY, ANY_CLAIMANT_SIMILARITY),
  match: related,
  all: (entries) => relatedPairs(entries.map(claimText)),
});

/** Every claim on the site, in explainer order, with its comments and related claims. */
export function indexClaims(explainers: readonly Explainer[]): IndexedClaim[] {
  const bySlug = new Map(explainers.map((explainer) => [explainer.slug, explainer]));
  const parts = indexedOfKind(explainers, 'claim');
  const claims = parts.flat();
  const related: ClaimRef[][] = claims.map(() => []);
  const ref = ({ annotation, explainer, path }: (typeof claims)[number]): ClaimRef => ({
    explainer,
    id: annotation.id,
    text: annotation.text,
    claimant: annotation.claimant,
    rating: annotation.rating,
    path,
  });
  const pairs = claimPairs(parts);
  for (const [i, j] of pairs) {
    related[i]!.push(ref(claims[j]!));
    related[j]!.push(ref(claims[i]!));
  }
  return claims.map((entry, i) => ({
    ...entry,
    comments: commentsOnSpans(bySlug.get(entry.explainer.slug)!).get(entry.annotation.id) ?? [],
    related: related[i]!,
  }));
}

/**
 * {@link indexClaims}, remembered per list of explainers: every explainer page needs the site's
 * claims (for related claims in its JSON-LD), and so do the claims pages, the CSV and the
 * dataset; they are the same for all of them.
 */
export const siteClaims = rememberedPerList(indexClaims);

export interface ClaimantGroup {
  /** {@link claimantKey}, or null for claims whose claimant is not known. */
  key: string | null;
  claimant: Speaker | null;
  claims: IndexedClaim[];
}

/**
 * Claims grouped by who made them: most claims first, then by name; claims with no known
 * claimant last. Within a group, newest explainer first, then in reading order.
 */
export function groupByClaimant(claims: readonly IndexedClaim[]): ClaimantGroup[] {
  const groups = new Map<string | null, ClaimantGroup>();
  claims.forEach((claim) => {
    const key = claimantKey(claim.annotation.claimant);
    let group = groups.get(key);
    if (!group) {
      group = { key, claimant: claim.annotation.claimant, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  });
  const order = new Map(claims.map((claim, index) => [claim, index]));
  for (const group of groups.values()) {
    group.claims.sort(
      (a, b) =>
        b.explainer.published.localeCompare(a.explainer.published) || order.get(a)! - order.get(b)!,
    );
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.key === null) - Number(b.key === null) ||
      b.claims.length - a.claims.length ||
      (a.claimant?.name ?? '').localeCompare(b.claimant?.name ?? ''),
  );
}

/**
 * Per explainer slug, its claims that other explainers make too: claim id → the same claim
 * elsewhere. The explainer page shows them in the claims' notes (and its JSON-LD names the
 * sources they appeared in).
 */
export function relatedBySlug(
  claims: readonly IndexedClaim[],
): Map<string, Map<string, ClaimRef[]>> {
  const bySlug = new Map<string, Map<string, ClaimRef[]>>();
  for (const claim of claims) {
    if (claim.related.length === 0) continue;
    const own = bySlug.get(claim.explainer.slug) ?? new Map<string, ClaimRef[]>();
    bySlug.set(claim.explainer.slug, own.set(claim.annotation.id, claim.related));
  }
  return bySlug;
}
