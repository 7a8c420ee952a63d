/**
 * `getStaticPaths` for the outputs made one per explainer from that explainer alone (the Web
 * Annotation export): its slug, the model as props, and an incremental-build key from its digest
 * and the site settings.
 */
import { siteSettings } from './settings.ts';
import { explainerEntries } from './explainers.ts';
import type { Explainer } from '../contract/explainer.ts';
import { cacheKey } from './cache-key.ts';

export async function explainerPaths(): Promise<
  Array<{ params: { slug: string }; props: { explainer: Explainer }; cacheKey: string }>
> {
  const settings = await siteSettings();
  return (await explainerEntries()).map((entry) => ({
    params: { slug: entry.slug },
    props: { explainer: entry.explainer },
    cacheKey: cacheKey(entry.digest, settings),
  }));
}
