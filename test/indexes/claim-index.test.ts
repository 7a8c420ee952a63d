import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANY_CLAIMANT_SIMILARITY,
  areRelated,
  claimTokens,
  groupByClaimant,
  indexClaims,
  relatedPairs,
  SAME_CLAIMANT_SIMILARITY,
  siteClaims,
  wordSimilarity,
  type ClaimText,
} from '../../src/indexes/claim-index.ts';
import { siteSaidElsewhere } from '../../src/indexes/quote-index.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';
import { fcRuns } from '../helpers/fc-runs.ts';

const claim = (
  text: string,
  explainer: string,
  claimant: ClaimText['claimant'] = null,
  language = 'en',
): ClaimText => ({ text, explainer, claimant, language });
const pryce = { name: 'Dafydd Pryce', id: 'dafydd-pryce' };
const oneill = { name: "Helen O'Neill", id: 'helen-oneill' };

describe('claimTokens', () => {
  it('lowercases, removes accents and leaves out words shorter than three letters', () => {
    expect(claimTokens('Die Preise für Fernwärme steigen um 8 Prozent', 'de').words).toEqual([
      '8',
      'die',
      'fernwarme',
      'fur',
      'preise',
      'prozent',
      'steigen',
    ]);
  });

  it('works out a text once per language: every later index of the build shares the frozen result', () => {
    const first = claimTokens('Fares rose by 12 per cent in a year', 'en');
    expect(claimTokens('Fares rose by 12 per cent in a year', 'en')).toBe(first);
    expect(claimTokens('Fares rose by 12 per cent in a year', 'de')).not.toBe(first);
    expect(Object.isFrozen(first.words)).toBe(true);
  });

  it('keeps figures whole, without their separators', () => {
    const tokens = claimTokens('fallen from 182,000 to 121,000, a 33.5% fall', 'en');
    expect(tokens.figures).toEqual(['121000', '182000', '335']);
    expect(tokens.words).toContain('182000');
  });
});

describe('areRelated', () => {
  const council = 'cut collisions involving cyclists by 40 per cent';

  it('relates a paraphrase by the same claimant in another explainer', () => {
    const a = claim(council, 'one', pryce);
    const b = claim('cut collisions by 40 per cent', 'two', pryce);
    const similarity = wordSimilarity(
      claimTokens(a.text, 'en').words,
      claimTokens(b.text, 'en').words,
    );
    expect(similarity).toBeGreaterThanOrEqual(SAME_CLAIMANT_SIMILARITY);
    expect(similarity).toBeLessThan(ANY_CLAIMANT_SIMILARITY);
    expect(areRelated(a, b)).toBe(true);
    // The same words from someone else, or from nobody named, are not enough.
    expect(areRelated(a, { ...b, claimant: oneill })).toBe(false);
    expect(areRelated({ ...a, claimant: null }, { ...b, claimant: null })).toBe(false);
  });

  it('relates the same claim repeated by someone else when nearly every word matches', () => {
    const a = claim(council, 'one', pryce);
    const b = claim('Cut collisions involving cyclists by 40 per cent.', 'two', oneill);
    expect(areRelated(a, b)).toBe(true);
  });

  it('never relates claims with different figures, however alike', () => {
    const a = claim(council, 'one', pryce);
    const b = claim('cut collisions involving cyclists by 30 per cent', 'two', pryce);
    expect(areRelated(a, b)).toBe(false);
    expect(areRelated(a, claim('cut collisions involving cyclists', 'two', pryce))).toBe(false);
  });

  it('never relates claims in the same explainer, or claims with no words', () => {
    expect(areRelated(claim(council, 'one', pryce), claim(council, 'one', pryce))).toBe(false);
    expect(areRelated(claim('…', 'one'), claim('…', 'two'))).toBe(false);
  });

  it('compares claimants by people.yaml id, else by name', () => {
    const a = claim('the budget doubled last year', 'one', { name: 'A. Spokesperson' });
    const b = claim('the budget doubled', 'two', { name: 'a. spokesperson' });
    expect(areRelated(a, b)).toBe(true);
    expect(areRelated(a, { ...b, claimant: { name: 'Someone Else' } })).toBe(false);
  });
});

describe('relatedPairs', () => {
  it('finds exactly the pairs that testing every pair finds', () => {
    const vocabulary = [
      'budget',
      'cut',
      'collisions',
      'lane',
      'library',
      'hours',
      'the',
      'per',
      'cent',
      '40',
      '30',
    ];
    const claimants = [pryce, oneill, null];
    const claimArb = fc.record({
      words: fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 7 }),
      explainer: fc.constantFrom('a', 'b', 'c'),
      claimant: fc.constantFrom(...claimants),
    });
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 30 }), (raw) => {
        const claims = raw.map((r) => claim(r.words.join(' '), r.explainer, r.claimant));
        const expected: Array<[number, number]> = [];
        for (let i = 0; i < claims.length; i += 1) {
          for (let j = i + 1; j < claims.length; j += 1) {
            if (areRelated(claims[i]!, claims[j]!)) expected.push([i, j]);
          }
        }
        expect(relatedPairs(claims)).toEqual(expected);
      }),
      { numRuns: fcRuns(1000) },
    );
  });
});

describe('indexClaims', () => {
  it('gives every claim its comments and the same claim in other explainers', async () => {
    const first = await makeExplainer(
      'first',
      [
        'The minister said the scheme :claim[cut collisions involving cyclists by 40 per cent]{#forty by=andrew-parker rating=unsupported}.',
        '',
        ':::comment{on=forty}',
        'No such figure was published.',
        ':::',
        '',
        'Another :claim[the lane cost £14m]{#cost by="Robert O\'Brien" rating=accurate} claim.',
      ].join('\n'),
      { published: '2026-02-01' },
    );
    const second = await makeExplainer(
      'second',
      'Again he said it had :claim[cut collisions by 40 per cent]{#again by=Parker rating=false}.',
      { published: '2026-03-01' },
    );
    const claims = indexClaims([first, second]);
    expect(claims.map((c) => `${c.explainer.slug}#${c.annotation.id}`)).toEqual([
      'first#forty',
      'first#cost',
      'second#again',
    ]);
    const [forty, cost, again] = claims;
    expect(forty!.comments.map((c) => c.text)).toEqual(['No such figure was published.']);
    expect(cost!.comments).toEqual([]);
    expect(forty!.related.map((r) => `${r.explainer.slug}#${r.id}`)).toEqual(['second#again']);
    expect(again!.related.map((r) => r.path)).toEqual(['explainers/first/#forty']);
    expect(cost!.related).toEqual([]);

    const groups = groupByClaimant(claims);
    expect(groups.map((g) => [g.claimant?.name, g.claims.map((c) => c.annotation.id)])).toEqual([
      ['Andrew Parker', ['again', 'forty']], // most claims first, newest explainer first
      ["Robert O'Brien", ['cost']],
    ]);
  });

  it('puts claims with no known claimant last', async () => {
    const e = await makeExplainer(
      'e',
      'One :claim[x is true]{#x rating=accurate} and :claim[y]{#y by=andrew-parker rating=false}.',
    );
    const groups = groupByClaimant(indexClaims([e]));
    expect(groups.map((g) => g.key)).toEqual(['andrew-parker', null]);
  });

  it('is remembered for the same explainers and redone for new ones', async () => {
    const a = await makeExplainer('a', 'A :claim[claim]{#c rating=accurate}.');
    const b = await makeExplainer('b', 'B :claim[claim]{#c rating=accurate}.');
    const once = siteClaims([a, b]);
    expect(siteClaims([a, b])).toBe(once);
    expect(siteClaims([a, { ...b }])).not.toBe(once);
    expect(siteClaims([a])).toHaveLength(1);
  });

  it('is remembered for two orders of the same explainers at once (pages and dataset)', async () => {
    const a = await makeExplainer('a', 'A :claim[claim]{#c rating=accurate}.');
    const b = await makeExplainer('b', 'B :claim[claim]{#c rating=accurate}.');
    const pages = siteClaims([b, a]);
    const dataset = siteClaims([a, b]);
    expect(siteClaims([b, a])).toBe(pages);
    expect(siteClaims([a, b])).toBe(dataset);
    const said = siteSaidElsewhere([b, a]);
    expect(siteSaidElsewhere([a, b])).not.toBe(said);
    expect(siteSaidElsewhere([b, a])).toBe(said);
  });
});
