/**
 * `robots.txt`: every page may be crawled (the 404 page says `noindex` itself), and the sitemap
 * is where the build wrote it. Crawlers read it only at the root of a host: a site served under
 * a base path (a GitHub project site) needs the host's own robots.txt to name its sitemap.
 */
import type { APIRoute } from 'astro';
import { siteSettings } from '../views/settings.ts';
import { assetHref } from '../views/paths.ts';

export const GET: APIRoute = async (context) => {
  const site = context.site ?? (await siteSettings()).site.baseUrl;
  const sitemap = new URL(assetHref('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
