/**
 * `getStaticPaths` for the pages made one per explainer from that explainer alone (the
 * annotations-only view, the Markdown source view, the Web Annotation export): its slug, the
 * model as props, and an incremental-build key from its digest and the site settings.
 */
import { siteSettings } from './settings.ts';
import { getCollection } from 'astro:content';
import type { Explainer } from '../model/explainer.ts';
import { cacheKey } from './cache-key.ts';

export async function explainerPaths(): Promise<
  Array<{ params: { slug: string }; props: { explainer: Explainer }; cacheKey: string }>
> {
  const settings = await siteSettings();
  return (await getCollection('explainers')).map((entry) => ({
    params: { slug: entry.id },
    props: { explainer: entry.data },
    cacheKey: cacheKey(entry.digest, settings),
  }));
}
