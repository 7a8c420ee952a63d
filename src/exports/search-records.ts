/**
 * What the search index holds besides the pages themselves: one record per quotation, claim and
 * comment, so that a result opens the explainer at that exact note and the filters (type, speaker,
 * rating) apply to the annotation itself rather than to the whole page. The build writes these to
 * `SEARCH_RECORDS_PATH`; the Pagefind post-step (`src/cli/search-index.ts`) indexes them.
 */
import { guardFor } from '../contract/vocabulary.ts';
import { noteIdFor } from '../markdown/render-html.ts';
import type { Explainer } from '../contract/explainer.ts';
import { rowsOf } from '../indexes/rows.ts';
import type { Rating } from '../contract/settings.ts';
import { explainerPath, indexAnnotations } from '../indexes/site-index.ts';

/** The search filters, as Pagefind filter names. */
export const SEARCH_FILTERS = ['type', 'speaker', 'rating'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export const isSearchFilter = guardFor(SEARCH_FILTERS);

/** Where the build leaves the records for the post-step, in the output folder. */
export const SEARCH_RECORDS_PATH = 'search/records.json';

export interface SearchRecord {
  /** Site path of the note, from the site root without the base path: `/explainers/x/#note-y`. */
  url: string;
  /** The words the record is found by. */
  content: string;
  meta: { title: string; explainer: string };
  filters: Partial<Record<SearchFilter, string[]>>;
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

const shorten = (text: string, max = 80) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

export function searchRecords(
  explainers: readonly Explainer[],
  ratings: readonly Rating[],
  language: string,
): SearchRecords {
  const records: SearchRecord[] = [];
  for (const explainer of explainers) {
    // A span with a note is found at its note; a quotation without one, at the quotation.
    const withNote = new Set(
      rowsOf(explainer).flatMap((row) => row.notes.map((n) => n.annotation.id)),
    );
    const commentsOn = new Map<string, string[]>();
    for (const a of explainer.annotations) {
      if (a.kind === 'comment' && a.target !== a.blockId) {
        commentsOn.set(a.target, [...(commentsOn.get(a.target) ?? []), a.text]);
      }
    }
    const base = `/${explainerPath(explainer.slug)}`;
    for (const { annotation: a, context } of indexAnnotations([explainer])) {
      const meta = { explainer: explainer.title };
      const place = `${explainer.file}:${a.place.line}:${a.place.column}`;
      if (a.kind === 'comment') {
        records.push({
          url: `${base}#${a.id}`,
          content: a.text,
          meta: { ...meta, title: `Comment: ${shorten(a.text)}` },
          filters: { type: ['comment'] },
          place,
        });
        continue;
      }
      const who = a.kind === 'quote' ? a.speaker : a.claimant;
      const rating =
        a.kind === 'claim' && a.rating ? ratings.find((r) => r.id === a.rating) : undefined;
      const kind = a.kind === 'quote' ? 'Quotation' : 'Claim';
      records.push({
        url: `${base}#${withNote.has(a.id) ? noteIdFor(a.id) : a.id}`,
        content: [a.text, who?.name, rating?.label, context, ...(commentsOn.get(a.id) ?? [])]
          .filter(Boolean)
          .join('\n'),
        meta: { ...meta, title: `${kind}${who ? ` by ${who.name}` : ''}: ${shorten(a.text)}` },
        filters: {
          type: [a.kind],
          ...(who ? { speaker: [who.name] } : {}),
          ...(rating ? { rating: [rating.label] } : {}),
        },
        place,
      });
    }
  }
  return { language, records };
}
