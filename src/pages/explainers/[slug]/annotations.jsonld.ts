/** `/explainers/<slug>/annotations.jsonld`: the explainer's annotations as a W3C Web Annotation collection. */
import { siteSettings } from '../../../components/settings.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { explainerPaths } from '../../../components/explainer-paths.ts';
import { siteUrls } from '../../../components/paths.ts';
import type { Explainer } from '../../../model/explainer.ts';
import { annotationCollection, ANNO_CONTEXT } from '../../../model/web-annotation.ts';

export const getStaticPaths = explainerPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ explainer: Explainer }> = async ({ props, site }) => {
  const settings = await siteSettings();
  const collection = annotationCollection(
    props.explainer,
    settings,
    siteUrls(site ?? settings.site.baseUrl),
  );
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    headers: { 'Content-Type': `application/ld+json; profile="${ANNO_CONTEXT}"` },
  });
};
