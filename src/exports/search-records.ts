/**
 * What the search index holds besides the pages themselves: one record per quotation, claim and
 * comment, so that a result opens the explainer at that exact note and the filters (type, speaker,
 * rating) apply to the annotation itself rather than to the whole page. The build writes these to
 * `SEARCH_RECORDS_PATH` (`src/contract/site-paths.ts`); the Pagefind post-step (`src/cli/search-index.ts`) indexes them.
 */
import { noteIdFor } from '../markdown/render-html.ts';
import type { Explainer } from '../contract/explainer.ts';
import { commentsOnSpans } from '../indexes/comments-on.ts';
import { rowsOf } from '../indexes/rows.ts';
import type { Rating } from '../contract/settings.ts';
import { indexAnnotations } from '../indexes/site-index.ts';
import { annotationPath } from '../contract/site-paths.ts';
import { shorten } from '../contract/text.ts';
import { catalogueFor } from '../contract/i18n/index.ts';

/**
 * The search filters, as the search page's query parameters (`?type=claim`); Pagefind gets them
 * under their names in the site's language (`filters` in the catalogue), its types as `kind`.
 */
export const SEARCH_FILTERS = ['type', 'speaker', 'rating'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchRecord {
  /** Site path of the note, from the site root without the base path: `/explainers/x/#note-y`. */
  url: string;
  /** The words the record is found by. */
  content: string;
  /**
   * The result's title, and the title of the explainer it is in under the catalogue's word for
   * one (`search.explainerLabel`: Pagefind's interface shows each other field as `name: value`).
   */
  meta: { title: string; [explainerLabel: string]: string };
  /** Filter name in the site's language → values. */
  filters: Record<string, string[]>;
  /**
   * Where the annotation is written: `file:line:column` (file as the model has it). Not indexed:
   * the post-step names it when Pagefind fails on the record.
   */
  place: string;
}

export interface SearchRecords {
  /** The site's language; the whole site is one index so every record is found from one page. */
  language: string;
  records: SearchRecord[];
}

/**
 * A filter value as Pagefind's interface needs it: its filter list writes values into the page as
 * HTML, so each value is escaped here and reads as the text it is. The search page escapes the
 * values of `?speaker=…` the same way before it filters (`public/search-page.js`).
 */
export const filterValue = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Record titles are cut (at a grapheme boundary) to this many UTF-16 units. */
const TITLE_LENGTH = 80;

export function searchRecords(
  explainers: readonly Explainer[],
  ratings: readonly Rating[],
  language: string,
): SearchRecords {
  return { language, records: [...recordsOf(explainers, ratings, language)] };
}

/**
 * The records of {@link searchRecords}, each made as it is read (a generator): the site's file
 * is written a few hundred records at a time, so they are never all held at once.
 */
export function* recordsOf(
  explainers: readonly Explainer[],
  ratings: readonly Rating[],
  language: string,
): Generator<SearchRecord> {
  const t = catalogueFor(language);
  const { type, speaker, rating: byRating } = t.search.filters;
  for (const explainer of explainers) {
    // A span with a note is found at its note; a quotation without one, at the quotation.
    const withNote = new Set(
      rowsOf(explainer).flatMap((row) => row.notes.map((n) => n.annotation.id)),
    );
    const commentsOn = commentsOnSpans(explainer);
    for (const { annotation: a, context } of indexAnnotations([explainer])) {
      const meta = { [t.search.explainerLabel]: explainer.title };
      const place = `${explainer.file}:${a.place.line}:${a.place.column}`;
      if (a.kind === 'comment') {
        yield {
          url: `/${annotationPath(explainer.slug, a.id)}`,
          content: a.text,
          meta: {
            ...meta,
            title: t.search.resultTitle(t.kind.comment, undefined, shorten(a.text, TITLE_LENGTH)),
          },
          filters: { [type]: [t.kind.comment] },
          place,
        };
        continue;
      }
      const who = a.kind === 'quote' ? a.speaker : a.claimant;
      const rating =
        a.kind === 'claim' && a.rating ? ratings.find((r) => r.id === a.rating) : undefined;
      yield {
        url: `/${annotationPath(explainer.slug, withNote.has(a.id) ? noteIdFor(a.id) : a.id)}`,
        content: [
          a.text,
          who?.name,
          rating?.label,
          context,
          ...(commentsOn.get(a.id) ?? []).map((c) => c.text),
        ]
          .filter(Boolean)
          .join('\n'),
        meta: {
          ...meta,
          title: t.search.resultTitle(t.kind[a.kind], who?.name, shorten(a.text, TITLE_LENGTH)),
        },
        filters: {
          [type]: [t.kind[a.kind]],
          ...(who ? { [speaker]: [filterValue(who.name)] } : {}),
          ...(rating ? { [byRating]: [filterValue(rating.label)] } : {}),
        },
        place,
      };
    }
  }
}
