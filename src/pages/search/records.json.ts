/**
 * The search records of every annotation (see `src/model/search-records.ts`), written for the
 * Pagefind post-step of `npm run build`, which indexes them and then removes this file.
 */
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { searchRecords } from '../../model/search-records.ts';

export const GET: APIRoute = async () => {
  const settings = (await getEntry('settings', 'site'))!.data;
  const explainers = (await getCollection('explainers')).map((e) => e.data);
  const records = searchRecords(explainers, settings.ratings, settings.site.language);
  return new Response(JSON.stringify(records));
};
