/**
 * Site-wide settings from `content/`: `site.yaml`, `ratings.yaml` and the optional `people.yaml`.
 * Each is validated with zod; a bad field is reported with its file, line, column and path.
 */
import { z } from 'zod';
import { httpUrl, interfaceLanguage, languageTag } from './frontmatter.ts';

const slugId = z.string({ error: 'expected an id as text' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a lowercase id with hyphens, such as mostly-false',
});

export const siteSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  language: interfaceLanguage.default('en'),
  baseUrl: httpUrl,
  author: z.string().trim().min(1).optional(),
  /** Paragraphs starting with one of these are editor comments (as republishing sites write them). */
  commentPrefixes: z.array(z.string().trim().min(1)).default(['Comment:']),
  /**
   * Show images from other hosts (`![alt](https://…)`). Off by default: a remote image loads from
   * its host for every reader (a tracking pixel), so it is shown as its alt text and a link.
   */
  remoteImages: z.boolean().default(false),
  /**
   * Claims per page on the claims index and on each rating's page: a list that grows with the
   * site is split into pages of this many, so no page grows without bound.
   */
  pageSize: z.number().int().min(1).max(10_000).default(100),
});

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Markup in a name: no real name or label contains `<` or `>`, and one that does is an attempt
 * to reach a page as HTML (search filters show names as HTML).
 */
export const MARKUP = /[<>]/;

/**
 * Characters no name is written with and no reader sees: zero-width space, word joiner,
 * byte-order mark, soft hyphen, and bidirectional controls. Pasted in, they make a name that
 * looks like another (`dafydd\u200B-pryce`) or reorder the text after it. (Zero-width joiners, which
 * some scripts need, are allowed.)
 */
export const INVISIBLE_IN_NAME = /[\u200B\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/;

/** `U+202E` for a character. */
export const codePointName = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A person's name or alias, or a rating's label: text shown everywhere, refused with markup. */
const displayName = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !MARKUP.test(value), {
    error: 'expected a name without `<` or `>`',
    params: { ruleId: 'unsafe-name' },
  })
  .refine((value) => !INVISIBLE_IN_NAME.test(value), {
    error:
      'expected a name without invisible characters (zero-width spaces, soft hyphens, direction controls)',
    params: { ruleId: 'unsafe-name' },
  });

/** A rating's label and description in another language than the site's. */
const ratingTranslation = z.strictObject({
  label: displayName,
  description: z.string().trim().min(1).optional(),
});

export const ratingSchema = z.strictObject({
  /** Not `page`: `/claims/page/<n>/` holds the claims index's later pages. */
  id: slugId.refine((id) => id !== 'page', {
    error: 'expected another id than "page", which the claims index\'s pages use (/claims/page/2/)',
  }),
  /** In the site's language (`site.yaml`). */
  label: displayName,
  description: z.string().trim().min(1),
  /** The label (and description) in each other language an explainer is written in. */
  translations: z.record(languageTag, ratingTranslation).optional(),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour written as #rrggbb' })
    .refine((c) => contrastRatio(c, '#ffffff') >= 4.5, {
      error: 'expected a colour with at least 4.5:1 contrast against white (WCAG AA)',
    }),
});

export const ratingsSchema = z
  .strictObject({ scale: z.array(ratingSchema).default([]) })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.scale.forEach((rating, index) => {
      if (seen.has(rating.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected an id no other rating has: an earlier one is \`${rating.id}\` too`,
          path: ['scale', index, 'id'],
        });
      }
      seen.add(rating.id);
    });
  });

export const personSchema = z.strictObject({
  id: slugId,
  name: displayName,
  aliases: z.array(displayName).default([]),
  role: z.string().trim().min(1).optional(),
  url: httpUrl.optional(),
});

/**
 * A name or alias as people are matched to names in the text and in `by=` (case, apostrophes,
 * full stops and spacing set aside): "Mr. O’Neill" and "mr o'neill" are one.
 */
export const personNameKey = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export const peopleSchema = z.array(personSchema).superRefine((people, ctx) => {
  const seen = new Set<string>();
  // Each name and alias, and whose it is: one that two people share would send every quotation
  // the text gives it to whichever is listed first.
  const owners = new Map<string, string>();
  people.forEach((person, index) => {
    if (seen.has(person.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an id no other person has: an earlier one is \`${person.id}\` too, so \`by=${person.id}\` could mean either`,
        path: [index, 'id'],
      });
    }
    seen.add(person.id);
    const names: Array<[string, (string | number)[]]> = [
      [person.name, [index, 'name']],
      ...person.aliases.map((alias, at): [string, (string | number)[]] => [
        alias,
        [index, 'aliases', at],
      ]),
    ];
    for (const [name, path] of names) {
      const key = personNameKey(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== person.id) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a name or alias of one person: \`${owner}\` has it too, so every mention of it would go to whichever is listed first`,
          path,
          params: {
            hint: `Keep it for one of them only, and write the other's full name where the text means them (by="First Last").`,
          },
        });
      } else owners.set(key, person.id);
    }
  });
});

export type Site = z.output<typeof siteSchema>;
export type Rating = z.output<typeof ratingSchema>;
export type Person = z.output<typeof personSchema>;

/**
 * Ids a settings file with errors seems to define, though they could not be read as valid
 * entries (`'all'`: the file could not be read at all). Explainers are not blamed for using them:
 * the settings file's own error is the one to fix.
 */
export type UnreadIds = readonly string[] | 'all';

/** Everything the pipeline needs to know about the site besides the file it is processing. */
export interface Settings {
  site: Site;
  /** The valid ratings (of a `ratings.yaml` with errors: those that could be read). */
  ratings: Rating[];
  /** The valid people (of a `people.yaml` with errors: those that could be read). */
  people: Person[];
  /** Set when `ratings.yaml` or `people.yaml` has errors. */
  unread?: { ratings?: UnreadIds; people?: UnreadIds };
  /** True in the dev server: an explainer's unfilled placeholders are warnings, not errors. */
  preview?: boolean;
  /**
   * The site's base path (Astro's `base`, `/` by default), for the links from one explainer to
   * another that the pipeline writes into a block's HTML. Given by the content loader.
   */
  basePath?: string;
}

/** True when `id` may be defined in a settings file that could not be read whole. */
export function mayBeUnread(unread: UnreadIds | undefined, id: string): boolean {
  return unread === 'all' || (unread?.includes(id) ?? false);
}
