/**
 * The site's explainers for the pages: Astro's `explainers` collection holds a reference per
 * explainer, and the model itself is read from the build cache (`src/loading/model-store.ts`).
 * The dev server reads the loader's live copy of the collection (`src/loading/live-content.ts`).
 */
import { getCollection } from 'astro:content';
import type { Explainer } from '../contract/explainer.ts';
import { liveCollection } from '../loading/live-content.ts';
import { readModel, type ModelRef } from '../loading/model-store.ts';

export interface ExplainerEntry {
  slug: string;
  /** The digest of the explainer's text, the settings and the pipeline code. */
  digest: string;
  explainer: Explainer;
}

/** Every published explainer with its digest, in the collection's order. */
export async function explainerEntries(): Promise<ExplainerEntry[]> {
  const entries = liveCollection('explainers') ?? (await getCollection('explainers'));
  return entries.map((entry) => ({
    slug: entry.id,
    digest: String(entry.digest),
    explainer: readModel(entry.data as ModelRef),
  }));
}

/** Every published explainer's model. */
export async function allExplainers(): Promise<Explainer[]> {
  return (await explainerEntries()).map((entry) => entry.explainer);
}
