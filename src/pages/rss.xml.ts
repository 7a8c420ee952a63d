/** The RSS feed: every published explainer, newest first. */
import { siteSettings } from '../views/settings.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allExplainers } from '../views/explainers.ts';
import { explainerHref } from '../views/paths.ts';
import { newestFirst } from '../views/topics.ts';
import { newestFirst as correctionsNewestFirst } from '../indexes/corrections.ts';
import type { Explainer } from '../contract/explainer.ts';

/** The item's description: the summary, then the corrections log, newest first. */
const descriptionOf = (e: Explainer) =>
  [
    e.summary,
    ...correctionsNewestFirst(e.corrections).map((c) => `Correction (${c.date}): ${c.text}`),
  ].join('\n\n');

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
      description: descriptionOf(e),
      categories: [...e.tags],
    })),
  });
};
