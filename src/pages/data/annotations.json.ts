/** `/data/annotations.json`: every explainer and annotation of the site as one JSON dataset. */
import { siteSettings } from '../../views/settings.ts';
import type { APIRoute } from 'astro';
import { allExplainers } from '../../views/explainers.ts';
import { siteUrls } from '../../views/paths.ts';
import { datasetOf } from '../../exports/dataset.ts';
import { jsonListResponse } from '../../views/json-response.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const explainers = await allExplainers();
  const dataset = datasetOf(explainers, settings, siteUrls(site ?? settings.site.baseUrl));
  // Compact: the file grows with the site (about 15 kB per explainer of the sample's size), so
  // its annotations are made and written a few hundred at a time.
  return jsonListResponse(dataset, 'annotations', {
    headers: { 'Content-Type': 'application/json' },
    trailingNewline: true,
  });
};
