/** The RSS feed: every published explainer, newest first. */
import { siteSettings } from '../views/settings.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allExplainers } from '../views/explainers.ts';
import { explainerHref } from '../views/paths.ts';
import { newestFirst } from '../views/topics.ts';

export const GET: APIRoute = async (context) => {
  const settings = await siteSettings();
  const explainers = newestFirst(await allExplainers());
  return rss({
    title: settings.site.title,
    description: settings.site.description,
    site: context.site ?? settings.site.baseUrl,
    trailingSlash: true,
    customData: `<language>${settings.site.language}</language>`,
    items: explainers.map((e) => ({
      title: e.title,
      link: explainerHref(e.slug),
      pubDate: new Date(`${e.published}T00:00:00Z`),
      description: e.summary,
      categories: [...e.tags],
    })),
  });
};
