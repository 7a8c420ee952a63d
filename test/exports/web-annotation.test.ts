/**
 * The W3C Web Annotation export: selectors point at the right text, motivations match the kinds,
 * and every collection meets the MUSTs of the Web Annotation model. The corpora suite runs the
 * W3C test suite's own JSON Schemas on the same collections (`test/corpora/web-annotation.test.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Explainer } from '../../src/contract/explainer.ts';
import type { Settings } from '../../src/contract/settings.ts';
import {
  annotationCollection,
  CONTEXT_LENGTH,
  MOTIVATIONS,
  sourceTextOf,
  textQuoteAt,
  textQuoteOf,
} from '../../src/exports/web-annotation.ts';
import { makeExplainer } from '../helpers/make-explainer.ts';
import { loadContent, testUrls } from './content.ts';
import { modelProblems } from './web-annotation-model.ts';

let content: { settings: Settings; explainers: Explainer[] };
beforeAll(async () => {
  content = await loadContent();
});

describe('text-quote selectors', () => {
  it('keeps up to CONTEXT_LENGTH characters of context, fewer at the edges', () => {
    const text = `${'a'.repeat(40)}EXACT${'b'.repeat(40)}`;
    expect(textQuoteAt(text, 40, 45)).toEqual({
      exact: 'EXACT',
      prefix: 'a'.repeat(CONTEXT_LENGTH),
      suffix: 'b'.repeat(CONTEXT_LENGTH),
    });
    expect(textQuoteAt('EXACT and more', 0, 5)).toEqual({
      exact: 'EXACT',
      prefix: '',
      suffix: ' and more',
    });
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = '😀'; // two UTF-16 code units
    const text = `${emoji.repeat(20)}X${emoji.repeat(20)}`;
    const quote = textQuoteAt(text, 40, 41);
    expect(quote.exact).toBe('X');
    expect(quote.prefix).toBe(emoji.repeat(16));
    expect(quote.suffix).toBe(emoji.repeat(16));
    const odd = `a${emoji.repeat(20)}X`;
    expect(textQuoteAt(odd, odd.length - 1, odd.length).prefix).toBe(emoji.repeat(16));
  });

  it('selects a claim, a comment on it, and a block comment in the source text', async () => {
    const explainer = await makeExplainer(
      'sel',
      [
        'First paragraph ends here.',
        '',
        'He said it :claim[cut collisions by 40 per cent]{#forty by=andrew-parker rating=false} since 2020.',
        '',
        ':::comment{on=forty}',
        'Not so.',
        ':::',
        '',
        ':::comment',
        'About the whole paragraph.',
        ':::',
      ].join('\n'),
    );
    const source = sourceTextOf(explainer);
    const [claim, onClaim, onBlock] = explainer.annotations;
    const quote = textQuoteOf(explainer, claim!, source);
    expect(quote.exact).toBe('cut collisions by 40 per cent');
    expect(quote.prefix).toBe('First paragraph ends here.\nHe said it '.slice(-CONTEXT_LENGTH));
    expect(quote.suffix).toBe(' since 2020.');
    expect(textQuoteOf(explainer, onClaim!, source)).toEqual(quote);
    const block = textQuoteOf(explainer, onBlock!, source);
    expect(block.exact).toBe(explainer.blocks[1]!.text);
    expect(block.prefix).toBe('First paragraph ends here.\n');
  });

  it('matches the source text exactly once for every annotation on the sample site', () => {
    for (const explainer of content.explainers) {
      const { text } = sourceTextOf(explainer);
      for (const annotation of explainer.annotations) {
        const { exact, prefix, suffix } = textQuoteOf(explainer, annotation);
        expect(exact.length).toBeGreaterThan(0);
        const whole = prefix + exact + suffix;
        expect(text.indexOf(whole)).toBeGreaterThanOrEqual(0);
        expect(text.indexOf(whole, text.indexOf(whole) + 1)).toBe(-1);
        if (annotation.kind === 'claim') expect(exact).toBe(annotation.text);
      }
    }
  });
});

describe('annotationCollection', () => {
  it('has one annotation per quotation, claim and comment, with the motivation of its kind', () => {
    for (const explainer of content.explainers) {
      const collection = annotationCollection(explainer, content.settings, testUrls());
      expect(collection.total).toBe(explainer.annotations.length);
      expect(collection.first.items).toHaveLength(explainer.annotations.length);
      collection.first.items.forEach((item, i) => {
        const annotation = explainer.annotations[i]!;
        expect(item.motivation).toBe(MOTIVATIONS[annotation.kind]);
        expect(decodeURIComponent(item.id)).toBe(`${collection.id}#${annotation.id}`);
        expect(item.target.source).toBe(`https://example.org/explainers/${explainer.slug}/`);
        expect(item.target.selector.type).toBe('TextQuoteSelector');
        if (annotation.kind === 'claim' && annotation.rating) {
          const label = content.settings.ratings.find((r) => r.id === annotation.rating)!.label;
          expect(item.body).toContainEqual(
            expect.objectContaining({ purpose: 'assessing', value: label }),
          );
        }
        if (annotation.kind === 'comment') {
          expect(item.body).toEqual([
            expect.objectContaining({ value: annotation.html, format: 'text/html' }),
          ]);
        }
      });
    }
    expect(new Set(Object.values(MOTIVATIONS))).toEqual(
      new Set(['quoting', 'assessing', 'commenting']),
    );
  });

  it('meets the MUSTs of the Web Annotation model, and the check can fail', async () => {
    for (const explainer of content.explainers) {
      const collection = annotationCollection(explainer, content.settings, testUrls());
      expect(modelProblems(JSON.parse(JSON.stringify(collection)))).toEqual([]);
    }
    const empty = await makeExplainer('empty', 'Just text, no marks.');
    expect(modelProblems(annotationCollection(empty, content.settings, testUrls()))).toEqual([]);
    const collection = annotationCollection(content.explainers[0]!, content.settings, testUrls());
    const broken = JSON.parse(JSON.stringify(collection));
    delete broken.first.items[0].target;
    broken.first.items[1].id = 'not a uri';
    broken.first.items[2].body = [{ type: 'TextualBody' }, 5];
    const problems = modelProblems(broken);
    for (const item of [0, 1, 2])
      expect(problems.some((p) => p.startsWith(`item ${item}:`))).toBe(true);
    expect(modelProblems({ ...collection, '@context': 'https://schema.org' } as never)).not.toEqual(
      [],
    );
  });
});
