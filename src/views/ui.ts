/**
 * The interface of one page in its language: an explainer's pages in the explainer's
 * `language` (the page sets `Astro.locals.language`), every other page in the site's. Components
 * take their words, dates and rating labels from here, never as literals.
 */
import { catalogueFor, formatDate, ratingsIn, type Catalogue } from '../contract/i18n/index.ts';
import type { Rating } from '../contract/settings.ts';
import { siteSettings } from './settings.ts';

export interface Ui {
  /** The page's language (a BCP 47 tag). */
  lang: string;
  t: Catalogue;
  /** A `YYYY-MM-DD` date in the page's language. */
  date: (date: string) => string;
  /** The rating scale with its labels in the page's language. */
  ratings: Rating[];
}

/**
 * Each language's interface, made once per settings object (a page asks for it in most of its
 * components): settings read anew (the dev server after an edit) are a new object.
 */
const made = new WeakMap<object, Map<string, Ui>>();

/** The interface for `language` (the site's language when undefined). */
export async function uiFor(language: string | undefined): Promise<Ui> {
  const settings = await siteSettings();
  const lang = language ?? settings.site.language;
  const make = (): Ui => ({
    lang,
    t: catalogueFor(lang),
    date: (date) => formatDate(date, lang),
    ratings: ratingsIn(settings.ratings, lang, settings.site.language),
  });
  let byLanguage = made.get(settings);
  if (!byLanguage) made.set(settings, (byLanguage = new Map()));
  let ui = byLanguage.get(lang);
  if (!ui) byLanguage.set(lang, (ui = make()));
  return ui;
}
