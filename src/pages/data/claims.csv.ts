/** `/data/claims.csv`: every claim of the site as CSV (RFC 4180), for editors' spreadsheets. */
import { siteSettings } from '../../views/settings.ts';
import type { APIRoute } from 'astro';
import { allExplainers } from '../../views/explainers.ts';
import { siteUrls } from '../../views/paths.ts';
import { siteClaims } from '../../indexes/claim-index.ts';
import { claimsCsv } from '../../exports/dataset.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const explainers = await allExplainers();
  const csv = claimsCsv(
    siteClaims(explainers),
    explainers,
    settings.ratings,
    siteUrls(site ?? settings.site.baseUrl),
  );
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
