/**
 * Every export grows linearly with the content it describes: twice the quotations in one
 * paragraph (up to the limit) make at most about twice the dataset and Web Annotation export,
 * and quotations nested to the limit repeat the text at most 3 × (MAX_QUOTATION_DEPTH + 1) times.
 */
import { describe, expect, it } from 'vitest';
import type { Explainer } from '../../src/contract/explainer.ts';
import { MAX_QUOTATION_DEPTH, MAX_QUOTATIONS_PER_PARAGRAPH } from '../../src/contract/limits.ts';
import { buildDataset } from '../../src/exports/dataset.ts';
import { annotationCollection } from '../../src/exports/web-annotation.ts';
import { processExplainer } from '../../src/markdown/pipeline.ts';
import { minimalFrontmatter, testSettings } from '../helpers/settings.ts';
import { testUrls } from './content.ts';

async function explainerOf(body: string): Promise<Explainer> {
  const { explainer, file } = await processExplainer(
    { path: 'bounds.md', value: `${minimalFrontmatter}\n${body}\n` },
    testSettings,
  );
  expect(file.messages.filter((m) => m.fatal)).toEqual([]);
  return explainer!;
}

/** The size in characters of each export of one explainer. */
function exportSizes(explainer: Explainer) {
  return {
    dataset: JSON.stringify(buildDataset([explainer], testSettings, testUrls())).length,
    webAnnotation: JSON.stringify(annotationCollection(explainer, testSettings, testUrls())).length,
  };
}

/** One paragraph of `n` quotations with no full stop, the worst case for context. */
const quotations = (n: number) =>
  Array.from({ length: n }, (_, i) => `the council said "figure ${i}"`).join(' and ');

describe('export sizes', () => {
  it('grow linearly with the quotations in one paragraph', async () => {
    const half = exportSizes(await explainerOf(quotations(MAX_QUOTATIONS_PER_PARAGRAPH / 2)));
    const full = exportSizes(await explainerOf(quotations(MAX_QUOTATIONS_PER_PARAGRAPH)));
    expect(full.dataset / half.dataset).toBeLessThan(2.1);
    expect(full.webAnnotation / half.webAnnotation).toBeLessThan(2.1);
  });

  it('repeat nested text at most three times per level', async () => {
    const words = 'word '.repeat(2000);
    const nested = `${'“‘'.repeat(5).slice(0, MAX_QUOTATION_DEPTH + 1)}`;
    const closing = `${'’”'.repeat(5).slice(-(MAX_QUOTATION_DEPTH + 1))}`;
    const explainer = await explainerOf(`He said ${nested}${words}${closing}.`);
    expect(explainer.annotations).toHaveLength(MAX_QUOTATION_DEPTH + 1);
    const text = words.length;
    const sizes = exportSizes(explainer);
    // Each level's quotation carries the words at most three times: as its text, as its
    // selector's `exact`, and in its context.
    const perAnnotation = 2_000;
    const bound =
      3 * (MAX_QUOTATION_DEPTH + 1) * text + perAnnotation * explainer.annotations.length;
    expect(sizes.dataset).toBeLessThan(bound);
    expect(sizes.webAnnotation).toBeLessThan(bound);
  });
});
