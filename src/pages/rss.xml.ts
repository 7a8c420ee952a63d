/**
 * The RSS feed: every published explainer, newest first. The channel's link is the home page
 * under the base path, and `atom:link rel="self"` gives the feed's own address.
 */
import { siteSettings } from '../views/settings.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allExplainers } from '../views/explainers.ts';
import { explainerHref, feedHref, href } from '../views/paths.ts';
import { newestFirst } from '../views/topics.ts';
import { newestFirst as correctionsNewestFirst } from '../indexes/corrections.ts';
import type { Explainer } from '../contract/explainer.ts';
import { catalogueFor } from '../contract/i18n/index.ts';

/** The item's description: the summary, then the corrections log, newest first, in its language. */
const descriptionOf = (e: Explainer) =>
  [
    e.summary,
    ...correctionsNewestFirst(e.corrections).map((c) =>
      catalogueFor(e.language).corrections.feedItem(c.date, c.text),
    ),
  ].join('\n\n');

export const GET: APIRoute = async (context) => {
  const settings = await siteSettings();
  const explainers = newestFirst(await allExplainers());
  const site = context.site ?? settings.site.baseUrl;
  const self = new URL(feedHref(), site).href;
  return rss({
    title: settings.site.title,
    description: settings.site.description,
    // The home page, under the base path (@astrojs/rss takes `site` as the channel's link).
    site: new URL(href(), site).href,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${settings.site.language}</language>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: explainers.map((e) => ({
      title: e.title,
      link: explainerHref(e.slug),
      pubDate: new Date(`${e.published}T00:00:00Z`),
      description: descriptionOf(e),
      categories: [...e.tags],
    })),
  });
};
