import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimantKey, claimTokens, wordSimilarity } from '../../src/indexes/claim-index.ts';
import {
  MIN_WORDS,
  SAID_ELSEWHERE_SIMILARITY,
  saidElsewhere,
  saidElsewherePairs,
  type QuoteIndexCost,
  type QuoteText,
} from '../../src/indexes/quote-index.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';
import { fcRuns } from '../helpers/fc-runs.ts';

const pryce = { name: 'Dafydd Pryce', id: 'dafydd-pryce' };
const oneill = { name: "Helen O'Neill", id: 'helen-oneill' };
const quote = (text: string, explainer: string, speaker: QuoteText['speaker']): QuoteText => ({
  text,
  explainer,
  speaker,
  language: 'en',
});

/** The rule, pair by pair: what the index must find without comparing every pair. */
function sameWords(a: QuoteText, b: QuoteText): boolean {
  const key = claimantKey(a.speaker);
  if (a.explainer === b.explainer || key === null || key !== claimantKey(b.speaker)) return false;
  const x = claimTokens(a.text, a.language).words;
  const y = claimTokens(b.text, b.language).words;
  if (x.length < MIN_WORDS || y.length < MIN_WORDS) return false;
  return wordSimilarity(x, y) >= SAID_ELSEWHERE_SIMILARITY;
}

function bruteForce(quotes: readonly QuoteText[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < quotes.length; i += 1)
    for (let j = i + 1; j < quotes.length; j += 1)
      if (sameWords(quotes[i]!, quotes[j]!)) pairs.push([i, j]);
  return pairs;
}

describe('saidElsewherePairs', () => {
  it('pairs the same speaker’s same or nearly the same words in other explainers only', () => {
    const quotes = [
      quote('"We will not raise fares this year."', 'a', pryce),
      quote('“We will not raise the fares this year”', 'b', pryce), // nearly the same
      quote('"We will not raise fares this year."', 'c', oneill), // someone else
      quote('"We will not raise fares this year."', 'a', pryce), // same explainer
      quote('"The ferry is safe."', 'd', pryce), // other words
      quote('"Yes."', 'e', pryce),
      quote('"Yes."', 'f', pryce), // too short
      quote('"We will not raise fares this year."', 'g', null), // nobody
      quote('"we will NOT raise fares, this year!"', 'h', { name: 'Dafydd Pryce' }), // by name only
      quote('"we will not raise fares this year"', 'i', { name: 'dafydd pryce ' }),
    ];
    expect(saidElsewherePairs(quotes)).toEqual([
      [0, 1],
      [1, 3],
      [8, 9],
    ]);
  });

  it('finds exactly the pairs the rule gives pair by pair (fast-check)', () => {
    const words = ['fares', 'ferry', 'budget', 'council', 'safe', 'raise', 'will', 'not', 'year'];
    const speakers = [pryce, oneill, { name: 'Ann Lee' }, null];
    const quoteArb = fc.record({
      text: fc
        .array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 })
        .map((w) => w.join(' ')),
      explainer: fc.constantFrom('a', 'b', 'c'),
      speaker: fc.constantFrom(...speakers),
      language: fc.constant('en'),
    });
    fc.assert(
      fc.property(fc.array(quoteArb, { maxLength: 30 }), (quotes) => {
        expect(saidElsewherePairs(quotes)).toEqual(bruteForce(quotes));
      }),
      { numRuns: fcRuns(300) },
    );
  });

  it('does work that grows with the quotations, not with their pairs (comparisons counted)', () => {
    // n quotations by n/50 speakers, each of 8–15 words from a 3,000-word vocabulary, with one
    // in ten a repeat of an earlier quotation by the same speaker in another explainer.
    const corpus = (n: number, speakers = n / 50) => {
      let seed = 11;
      const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const quotes: QuoteText[] = [];
      for (let k = 0; k < n; k += 1) {
        const speaker = { name: `Speaker ${Math.floor(next() * speakers)}` };
        if (k > 0 && next() < 0.1) {
          const earlier = quotes[Math.floor(next() * quotes.length)]!;
          quotes.push({ ...earlier, explainer: `e${k}` });
          continue;
        }
        const length = 8 + Math.floor(next() * 8);
        const text = Array.from({ length }, () => `word${Math.floor(next() * 3000)}`).join(' ');
        quotes.push(quote(text, `e${k}`, speaker));
      }
      return quotes;
    };
    const work = (n: number, speakers?: number) => {
      const cost: QuoteIndexCost = { compared: 0, steps: 0 };
      const pairs = saidElsewherePairs(corpus(n, speakers), cost);
      return { pairs: pairs.length, total: cost.compared + cost.steps };
    };
    const small = work(2000);
    const large = work(8000);
    // Every planted repeat is found.
    expect(small.pairs).toBeGreaterThanOrEqual(150);
    // Far below the n²/2 pairs a pass over every pair would compare…
    expect(large.total).toBeLessThan((8000 * 7999) / 2 / 100);
    // …and about linear: four times the quotations, at most about four times the work.
    expect(large.total / small.total).toBeLessThan(6);
    // One speaker with every quotation: still a small share of the pairs, since only
    // quotations that share a rare word are candidates.
    const one = work(4000, 1);
    expect(one.total).toBeLessThan((4000 * 3999) / 2 / 20);
  });
});

describe('saidElsewhere', () => {
  it('links each quotation to the same words elsewhere, both ways, newest first', async () => {
    const said = ':quote["We will not raise fares this year"]{by=andrew-parker}';
    const explainers = [
      await makeExplainer('first', `At the launch he said ${said}.\n`, { published: '2026-01-01' }),
      await makeExplainer('second', `Later he repeated ${said}.\n`, { published: '2026-03-01' }),
      await makeExplainer('third', `Again ${said}, he said.\n`, { published: '2026-02-01' }),
      await makeExplainer('other', 'O\'Brien said "we will not raise fares this year".\n'),
    ];
    const found = saidElsewhere(explainers);
    const idOf = (i: number) => explainers[i]!.annotations.find((a) => a.kind === 'quote')!.id;
    const refs = found.get(`first#${idOf(0)}`)!;
    expect(refs.map((r) => r.explainer.slug)).toEqual(['second', 'third']);
    expect(refs[0]!.path).toBe(`explainers/second/#${idOf(1)}`);
    expect(found.get(`second#${idOf(1)}`)!.map((r) => r.explainer.slug)).toEqual([
      'third',
      'first',
    ]);
    expect(found.has(`other#${idOf(3)}`)).toBe(false);
  });
});
