/**
 * The frontmatter of one explainer (`content/explainers/<slug>.md`): what the editor writes
 * above the source text. Validated with zod; `src/markdown/remark-frontmatter-schema.ts` turns a
 * failure into a message that names the file, the line and the field.
 */
import { z } from 'zod';
import { hasCatalogue, INTERFACE_LANGUAGES } from './i18n/index.ts';

/**
 * True for a day that exists in the Gregorian calendar, written YYYY-MM-DD: `2024-02-29` but not
 * `2025-02-29`, `2026-04-31` or `2026-13-01` (JavaScript's `Date` rolls those over to the next
 * month, so the date is built and read back).
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years 0–99 are not read as 1900–1999
  return (
    year > 0 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * The latest date it is anywhere now (`YYYY-MM-DD`, the date at UTC+14), or `EXPLAINERS_TODAY`
 * when set (to preview what is scheduled, and in tests). An explainer dated after it is scheduled:
 * left out of the site until a build on that day. Reading the latest date on Earth, not the
 * machine's, keeps an explainer dated today in Auckland or Honolulu on the site wherever it is
 * built.
 */
export function latestToday(now: number = Date.now()): string {
  const set = process.env.EXPLAINERS_TODAY;
  if (set && isCalendarDate(set)) return set;
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Why `EXPLAINERS_TODAY` cannot be used (it is set, but not to a day), if it cannot. */
export function todayProblem(): string | undefined {
  const set = process.env.EXPLAINERS_TODAY;
  if (!set || isCalendarDate(set)) return undefined;
  return `Unexpected EXPLAINERS_TODAY=${set}, expected a day of the calendar written YYYY-MM-DD (the day to build the site as of), or no EXPLAINERS_TODAY for today`;
}

/** Dated after today (see `latestToday`): left out of the site until then, as a draft is. */
export const isScheduled = (explainer: { published: string; draft?: boolean }): boolean =>
  !explainer.draft && explainer.published > latestToday();

/** Why the built site leaves an explainer out (`npm run dev` shows it, so marked), if it does. */
export const unpublished = (explainer: {
  published: string;
  draft?: boolean;
}): 'draft' | 'scheduled' | undefined =>
  explainer.draft ? 'draft' : isScheduled(explainer) ? 'scheduled' : undefined;

/** A calendar date as YAML writes it: `2026-10-14`. Kept as a string so the model stays JSON. */
export const isoDate = z
  .string({ error: 'expected a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, {
    error: 'expected a day that exists in the calendar (months 01–12, days up to 28, 29, 30 or 31)',
  });

/** Only these URL schemes ever become links on the page. */
export const SAFE_URL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;
/** Images load, and web addresses in the settings and frontmatter point, only to these. */
const HTTP_SCHEMES: readonly string[] = ['http:', 'https:'];

/** The scheme of an absolute URL (`https:`), or undefined when it is not one. */
export function schemeOf(value: string): string | undefined {
  try {
    return new URL(value).protocol;
  } catch {
    return undefined;
  }
}

/** True for an absolute URL whose scheme is one of {@link SAFE_URL_SCHEMES}. */
export function isSafeUrl(value: string): boolean {
  return (SAFE_URL_SCHEMES as readonly string[]).includes(schemeOf(value) ?? '');
}

/** True for an absolute http(s) URL: an image's source, a web address in the settings. */
export function isHttpUrl(value: string): boolean {
  return HTTP_SCHEMES.includes(schemeOf(value) ?? '');
}

/** True for a URL a link in content keeps: a {@link isSafeUrl safe} one, or `#…` on the page. */
export function isLinkUrl(value: string): boolean {
  return value.startsWith('#') || isSafeUrl(value);
}

export const httpUrl = z.string({ error: 'expected a URL' }).refine(isHttpUrl, {
  error: 'expected an absolute http(s) URL such as https://example.com/article',
});

/** BCP 47 language tag, loosely checked (`en`, `de-CH`, `pt-BR`, `zh-Hant`). */
export const languageTag = z
  .string({ error: 'expected a language tag such as en or de-CH' })
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    error: 'expected a BCP 47 language tag such as en, de or pt-BR',
  });

/** A language the site's interface can be shown in: one with a catalogue in `i18n/`. */
export const interfaceLanguage = languageTag.refine(hasCatalogue, {
  error: `expected a language the interface is translated into (${INTERFACE_LANGUAGES.join(', ')})`,
  params: {
    ruleId: 'missing-translation',
    hint: 'Write one of those languages, or add a catalogue for this one: see "Languages of the interface" in the README.',
  },
});

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, {
      error: `expected ${what}, found an empty value`,
    });

export const sourceSchema = z.strictObject({
  publisher: text('the publisher of the source article'),
  url: httpUrl.optional(),
  author: text('the author').optional(),
  published: isoDate.optional(),
  retrieved: isoDate.optional(),
  credit: text('an image credit').optional(),
  /** SHA-256 of the source text as annotated (`src/contract/provenance.ts`), lowercase hex. */
  sha256: z
    .string({ error: 'expected the SHA-256 of the source text as 64 hexadecimal digits' })
    .regex(/^[0-9a-f]{64}$/, {
      error: 'expected the SHA-256 of the source text as 64 lowercase hexadecimal digits',
    })
    .optional(),
  /** Short hashes of each source block, to find the first one that changed. */
  paragraphs: z
    .string({ error: 'expected short paragraph hashes as text' })
    .regex(/^[0-9a-f]{6}(?: [0-9a-f]{6})*$/, {
      error: 'expected short paragraph hashes: groups of 6 hexadecimal digits separated by spaces',
    })
    .optional(),
});

/**
 * One entry of the corrections log: what was corrected or updated, and when. A correction that
 * changed a claim's rating names the claim and the rating it had before.
 */
export const correctionSchema = z.strictObject({
  date: isoDate,
  text: text('what was corrected or updated'),
  /** The id of the claim whose rating changed. */
  claim: text('the id of a claim in this file').optional(),
  /** The rating the claim had before this correction. */
  previousRating: text('the rating the claim had before').optional(),
});

export const frontmatterSchema = z.strictObject({
  title: text('a title'),
  summary: text('a summary'),
  published: isoDate,
  updated: isoDate.optional(),
  language: interfaceLanguage.optional(),
  tags: z.array(text('a tag')).default([]),
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  editors: z.array(text('an editor name')).default([]),
  source: sourceSchema,
  /** The corrections log, in any order; shown newest first. */
  corrections: z.array(correctionSchema).default([]),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Correction = z.output<typeof correctionSchema>;
