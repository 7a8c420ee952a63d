/**
 * The site's open data: one JSON dataset of every annotation (`data/annotations.json`) and a CSV
 * of the claims for editors (`data/claims.csv`). Both are built from the same indexes as the
 * pages, so they never disagree with them.
 */
import type { Explainer, RatingChange, Speaker } from '../contract/explainer.ts';
import type { Correction, Source } from '../contract/frontmatter.ts';
import { lastModified, newestFirst } from '../indexes/corrections.ts';
import { quoteKey, siteSaidElsewhere } from '../indexes/quote-index.ts';
import { siteClaims, type IndexedClaim } from '../indexes/claim-index.ts';
import { findRating, ratingScore } from '../indexes/ratings.ts';
import type { Rating, Site } from '../contract/settings.ts';
import { indexAnnotations } from '../indexes/site-index.ts';
import type { SiteUrls } from './site-urls.ts';
import {
  annotationPath,
  explainerPath,
  homePath,
  webAnnotationPath,
} from '../contract/site-paths.ts';
import { sourceTextOf, textQuoteOf, type TextQuote } from './web-annotation.ts';

/** Bumped when a field changes meaning or goes away; adding a field keeps the version. */
export const DATASET_VERSION = 1;

interface DatasetAnnotationBase {
  id: string;
  explainer: string;
  /** The exact spot on the explainer page. */
  url: string;
  blockId: string;
  /** Where the annotation starts in the explainer's Markdown file. */
  line: number;
  column: number;
  /** The passage, as a W3C text-quote selector on the source text. */
  selector: TextQuote;
}

export type DatasetAnnotation =
  | (DatasetAnnotationBase & {
      kind: 'quote';
      text: string;
      context: string;
      speaker: Speaker | null;
      cue: string | null;
      explicit: boolean;
      /** URLs of the same speaker's same words in other explainers. */
      saidElsewhere: string[];
    })
  | (DatasetAnnotationBase & {
      kind: 'claim';
      text: string;
      context: string;
      claimant: Speaker | null;
      rating: string | null;
      /** Each change of its rating, oldest first (from the corrections log). */
      ratingChanges: RatingChange[];
      /** Ids of the comments that analyse the claim. */
      comments: string[];
      /** URLs of the same claim in other explainers. */
      related: string[];
    })
  | (DatasetAnnotationBase & {
      kind: 'comment';
      /** The block or the marked span the comment is about. */
      target: string;
      form: 'directive' | 'prefix';
      text: string;
      html: string;
    });

export interface Dataset {
  version: typeof DATASET_VERSION;
  site: { title: string; description: string; url: string; language: string };
  ratings: Array<Rating & { value: number | null }>;
  explainers: Array<{
    slug: string;
    title: string;
    summary: string;
    url: string;
    webAnnotations: string;
    language: string;
    published: string;
    updated: string | null;
    /** The last change: `updated` or the newest correction, whichever is later. */
    modified: string | null;
    tags: string[];
    editors: string[];
    source: Source;
    /** The corrections log, newest first. */
    corrections: Correction[];
  }>;
  annotations: DatasetAnnotation[];
}

/** Every explainer and annotation of the site as plain JSON, in explainer (slug) order. */
export function buildDataset(
  explainers: readonly Explainer[],
  settings: { site: Site; ratings: readonly Rating[] },
  urls: SiteUrls,
): Dataset {
  const dataset = datasetOf(explainers, settings, urls);
  return { ...dataset, annotations: [...dataset.annotations] };
}

/**
 * {@link buildDataset} with its annotations made one at a time as they are read (a generator),
 * for the site's file: at 10,000 explainers the annotations are hundreds of thousands of objects
 * and the source text of every explainer, which the file does not need all at once.
 */
export function datasetOf(
  explainers: readonly Explainer[],
  settings: { site: Site; ratings: readonly Rating[] },
  urls: SiteUrls,
): Omit<Dataset, 'annotations'> & { annotations: Iterable<DatasetAnnotation> } {
  const sorted = [...explainers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return {
    version: DATASET_VERSION,
    site: {
      title: settings.site.title,
      description: settings.site.description,
      url: urls(homePath),
      language: settings.site.language,
    },
    ratings: settings.ratings.map((rating) => ({
      ...rating,
      value: ratingScore(settings.ratings, rating.id)?.ratingValue ?? null,
    })),
    explainers: sorted.map((explainer) => ({
      slug: explainer.slug,
      title: explainer.title,
      summary: explainer.summary,
      url: urls(explainerPath(explainer.slug)),
      webAnnotations: urls(webAnnotationPath(explainer.slug)),
      language: explainer.language,
      published: explainer.published,
      updated: explainer.updated ?? null,
      modified: lastModified(explainer) ?? null,
      tags: explainer.tags,
      editors: explainer.editors,
      source: explainer.source,
      corrections: newestFirst(explainer.corrections),
    })),
    annotations: datasetAnnotations(sorted, urls),
  };
}

function* datasetAnnotations(
  sorted: readonly Explainer[],
  urls: SiteUrls,
): Generator<DatasetAnnotation> {
  const claims = new Map(
    siteClaims(sorted).map((claim) => [`${claim.explainer.slug}#${claim.annotation.id}`, claim]),
  );
  const said = siteSaidElsewhere(sorted);
  for (const explainer of sorted) {
    const source = sourceTextOf(explainer);
    for (const { annotation, explainer: ref, context } of indexAnnotations([explainer])) {
      const base: DatasetAnnotationBase = {
        id: annotation.id,
        explainer: ref.slug,
        url: urls(annotationPath(ref.slug, annotation.id)),
        blockId: annotation.blockId,
        line: annotation.place.line,
        column: annotation.place.column,
        selector: textQuoteOf(explainer, annotation, source),
      };
      switch (annotation.kind) {
        case 'quote':
          yield {
            ...base,
            kind: 'quote',
            text: annotation.text,
            context,
            speaker: annotation.speaker,
            cue: annotation.cue ?? null,
            explicit: annotation.explicit,
            saidElsewhere: (said.get(quoteKey(ref.slug, annotation.id)) ?? []).map((r) =>
              urls(annotationPath(r.explainer.slug, r.id)),
            ),
          };
          break;
        case 'claim': {
          const claim = claims.get(`${ref.slug}#${annotation.id}`);
          yield {
            ...base,
            kind: 'claim',
            text: annotation.text,
            context,
            claimant: annotation.claimant,
            rating: annotation.rating,
            ratingChanges: annotation.ratingChanges ?? [],
            comments: claim?.comments.map((comment) => comment.id) ?? [],
            related: claim?.related.map((r) => urls(annotationPath(r.explainer.slug, r.id))) ?? [],
          };
          break;
        }
        case 'comment':
          yield {
            ...base,
            kind: 'comment',
            target: annotation.target,
            form: annotation.form,
            text: annotation.text,
            html: annotation.html,
          };
      }
    }
  }
}

/**
 * Cells that spreadsheets would run as a formula start with one of these, after any white space:
 * `=`, `+`, `-`, `@`, their full-width forms (`＝＋－＠`, which some spreadsheets fold), and `|` or
 * `｜` (DDE in older ones); a tab or carriage return at the start counts too.
 */
const FORMULA_START = /^\s*[=+\-@|\uff1d\uff0b\uff0d\uff20\uff5c]|^[\t\r]/u;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quotation mark or a line break, with
 * quotation marks doubled. A value a spreadsheet would read as a formula ({@link FORMULA_START})
 * gets a leading `'` so it stays text (CSV injection).
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: fields separated by commas, every record ended by CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>) {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export const CLAIMS_CSV_COLUMNS = [
  'explainer',
  'explainer_title',
  'published',
  'claim_id',
  'claim',
  'claimant',
  'claimant_id',
  'rating',
  'rating_label',
  'context',
  'comments',
  'related',
  'url',
  'file',
  'line',
] as const;

/**
 * The claims as CSV for editors: a header row, then one row per claim. Starts with a byte-order
 * mark so spreadsheet programs read it as UTF-8 (the £, € and accents in the text survive).
 */
export function claimsCsv(
  claims: readonly IndexedClaim[],
  explainers: readonly Pick<Explainer, 'slug' | 'file'>[],
  ratings: readonly Rating[],
  urls: SiteUrls,
): string {
  const files = new Map(explainers.map((e) => [e.slug, e.file.split(/[\\/]/).pop() ?? e.file]));
  const rows = claims.map(({ annotation, explainer, context, comments, related }) => [
    explainer.slug,
    explainer.title,
    explainer.published,
    annotation.id,
    annotation.text,
    annotation.claimant?.name ?? '',
    annotation.claimant?.id ?? '',
    annotation.rating ?? '',
    findRating(ratings, annotation.rating)?.label ?? '',
    context,
    comments.map((comment) => comment.text).join('\n\n'),
    related.map((r) => urls(annotationPath(r.explainer.slug, r.id))).join(' '),
    urls(annotationPath(explainer.slug, annotation.id)),
    files.get(explainer.slug) ?? '',
    annotation.place.line,
  ]);
  return `\uFEFF${toCsv([[...CLAIMS_CSV_COLUMNS], ...rows])}`;
}
