/**
 * The interface catalogues, one per language, and what every stage needs of them: the catalogue
 * for a page's language, its dates, and the rating scale's labels in that language.
 *
 * A language is matched by its whole tag first (`de-CH`), then by its primary subtag (`de`). To
 * add a language, copy `en.ts` to `<tag>.ts`, translate it, and list it in {@link CATALOGUES}.
 */
import type { Catalogue } from './catalogue.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

export type { Catalogue, Count } from './catalogue.ts';

/** Every built-in catalogue, by language tag (lowercase). */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, de, fr, es };

/** The languages that have a catalogue, for messages. */
export const INTERFACE_LANGUAGES = Object.keys(CATALOGUES);

/** The primary language subtag: `de` of `de-CH`. */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** The entry of `map` for `tag`: by the whole tag, then by its primary subtag. */
export function byLanguage<T>(map: Readonly<Record<string, T>>, tag: string): T | undefined {
  const entries = Object.entries(map).map(([key, value]) => [key.toLowerCase(), value] as const);
  const find = (key: string) => entries.find(([k]) => k === key)?.[1];
  return find(tag.toLowerCase()) ?? find(primaryLanguage(tag));
}

/** True when the interface can be shown in `tag`. */
export const hasCatalogue = (tag: string) => byLanguage(CATALOGUES, tag) !== undefined;

/**
 * The catalogue for `tag`. Content in a language without one fails `check` and the build
 * (`missing-translation`), so this falls back to English only for pages that never get built.
 */
export function catalogueFor(tag: string): Catalogue {
  return byLanguage(CATALOGUES, tag) ?? en;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`YYYY-MM-DD`) written out in `tag`'s way: "14 October 2026", "14. Oktober 2026". */
export function formatDate(date: string, tag: string): string {
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : format.format(parsed);
}

/**
 * True when the rating scale's own words (`label`, `description`) are in `tag`, the site's
 * language being `siteLanguage`: they need no translation.
 */
export const inSiteLanguage = (tag: string, siteLanguage: string) =>
  primaryLanguage(tag) === primaryLanguage(siteLanguage);

/** What a rating has in words (`Rating` in settings.ts). */
export interface RatingWords {
  label: string;
  description: string;
  translations?: Readonly<Record<string, { label: string; description?: string | undefined }>>;
}

/** The label and description of `rating` in `tag`, from its `translations` where it needs one. */
export function ratingIn<R extends RatingWords>(rating: R, tag: string, siteLanguage: string): R {
  if (inSiteLanguage(tag, siteLanguage)) return rating;
  const translation = byLanguage(rating.translations ?? {}, tag);
  if (!translation) return rating;
  return {
    ...rating,
    label: translation.label,
    description: translation.description ?? rating.description,
  };
}

/** The scale in `tag` (see {@link ratingIn}). */
export function ratingsIn<R extends RatingWords>(
  ratings: readonly R[],
  tag: string,
  siteLanguage: string,
): R[] {
  return ratings.map((rating) => ratingIn(rating, tag, siteLanguage));
}

/** The ratings of the scale that have no label in `tag`. */
export function untranslatedRatings<R extends RatingWords>(
  ratings: readonly R[],
  tag: string,
  siteLanguage: string,
): R[] {
  if (inSiteLanguage(tag, siteLanguage)) return [];
  return ratings.filter((rating) => !byLanguage(rating.translations ?? {}, tag));
}
