/**
 * The search records of every annotation (see `src/exports/search-records.ts`), written for the
 * Pagefind post-step of `npm run build`, which indexes them and then removes this file.
 */
import { siteSettings } from '../../views/settings.ts';
import type { APIRoute } from 'astro';
import { allExplainers } from '../../views/explainers.ts';
import { recordsOf } from '../../exports/search-records.ts';
import { jsonListResponse } from '../../views/json-response.ts';

export const GET: APIRoute = async () => {
  const settings = await siteSettings();
  const explainers = await allExplainers();
  const { language } = settings.site;
  // As many records as annotations: made and written a few hundred at a time.
  return jsonListResponse(
    { language, records: recordsOf(explainers, settings.ratings, language) },
    'records',
  );
};
