/** `/explainers/<slug>/annotations.jsonld`: the explainer's annotations as a W3C Web Annotation collection. */
import { siteSettings } from '../../../views/settings.ts';
import type {
  APIRoute,
  GetStaticPaths,
  InferGetStaticParamsType,
  InferGetStaticPropsType,
} from 'astro';
import { explainerPaths } from '../../../views/explainer-paths.ts';
import { siteUrls } from '../../../views/paths.ts';
import { annotationCollection, ANNO_CONTEXT } from '../../../exports/web-annotation.ts';

export const getStaticPaths = explainerPaths satisfies GetStaticPaths;

export const GET: APIRoute<
  InferGetStaticPropsType<typeof getStaticPaths>,
  InferGetStaticParamsType<typeof getStaticPaths>
> = async ({ props, site }) => {
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
