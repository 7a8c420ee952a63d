/**
 * Read `site.yaml`, `ratings.yaml` and `people.yaml` from the content folder and validate them.
 * Problems are returned as vfile messages with file, line, column and rule id, like the pipeline's.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import type { z } from 'zod';
import { reporter } from '../contract/messages.ts';
import { parseYaml } from '../markdown/yaml-place.ts';
import { parseDocument } from 'yaml';
import {
  peopleSchema,
  personSchema,
  ratingSchema,
  ratingsSchema,
  siteSchema,
  type Settings,
  type Site,
  type UnreadIds,
} from '../contract/settings.ts';

const report = reporter('load-settings');
import { readContentFile, UNREADABLE_HINT } from './read-file.ts';

/**
 * The content folder: `explicit` (a `--content` option, a loader option), else
 * $EXPLAINERS_CONTENT, else `content`, resolved against `root`. The build, the dev server and
 * every command find the same folder this way.
 */
export function contentDirFrom(explicit?: string, root = '.'): string {
  return path.resolve(root, explicit ?? process.env.EXPLAINERS_CONTENT ?? 'content');
}

export interface LoadedSettings {
  settings: Settings;
  /** One file per settings file read, with its messages. */
  files: VFile[];
}

interface Read<T> {
  /** The valid value, when the file has no errors. */
  value?: T;
  /** The file's text, when it has errors. */
  broken?: string;
}

function read<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  fallback: z.output<S> | undefined,
  files: VFile[],
): Read<z.output<S>> {
  const filePath = path.join(dir, name);
  // A broken link counts as there (and unreadable), not as a file left out.
  if (!lstatSync(filePath, { throwIfNoEntry: false })) {
    if (fallback !== undefined) return { value: fallback };
    const file = new VFile({ path: filePath });
    report(file, {
      reason: `Missing ${name}, expected it in the content folder`,
      ruleId: 'settings-schema',
      severity: 'error',
      hint: 'See "The content folder" in the README.',
    });
    files.push(file);
    return {};
  }
  const read = readContentFile(filePath);
  const file = new VFile({
    path: filePath,
    value: 'bytes' in read ? new TextDecoder().decode(read.bytes) : '',
  });
  files.push(file);
  if ('unreadable' in read) {
    report(file, {
      reason: read.unreadable,
      ruleId: 'unreadable-file',
      severity: 'error',
      hint: UNREADABLE_HINT,
    });
    return {};
  }
  const result = parseYaml(String(file.value), schema);
  if (result.ok) return { value: result.value };
  for (const problem of result.problems) {
    report(file, {
      reason: problem.reason,
      ruleId: problem.ruleId ?? 'settings-schema',
      place: problem.point,
      severity: 'error',
      hint:
        (problem.suggestion ?? '') +
        (problem.hint ?? 'See "The content folder" in the README for the fields this file takes.'),
    });
  }
  return { broken: String(file.value) };
}

/** A settings file's YAML as data, however wrong its fields; undefined when it is no YAML. */
function looseData(text: string): unknown {
  try {
    return parseDocument(text.replace(/\r(?!\n)/g, '\n')).toJS();
  } catch {
    return undefined;
  }
}

/**
 * The entries of a list in a settings file with errors that are valid on their own, and the ids
 * the file seems to give (read from its `id:` lines, whatever else is wrong), so that explainers
 * are checked against what could be read, without an error for each use of an entry the file
 * got wrong.
 */
function salvage<T>(
  text: string,
  list: (data: unknown) => unknown,
  entry: z.ZodType<T>,
): { valid: T[]; unread: UnreadIds } {
  // A file that is no YAML leaves only the id lines below.
  const items = list(looseData(text));
  const valid = Array.isArray(items)
    ? items.flatMap((item) => {
        const parsed = entry.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  const ids = [...text.matchAll(/^[ \t-]*id:[ \t]*["']?([^\s"'#]+)/gm)].map((m) => m[1]!);
  return { valid, unread: ids.length > 0 ? ids : 'all' };
}

/** What a site takes for the fields of `site.yaml` it cannot use. */
const SITE_DEFAULTS = {
  title: 'Explainers',
  description: 'Annotated explainers',
  baseUrl: 'https://example.org',
};

/**
 * The fields of a `site.yaml` with errors that are valid on their own, over the defaults: a wrong
 * `pageSize` must not also drop the file's `commentPrefixes`, which would make every explainer's
 * "Editor's note:" paragraphs text and fail their source checks, an error that is not theirs.
 */
function salvageSite(text: string): Site {
  const data = looseData(text);
  const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const valid = Object.entries(siteSchema.shape).flatMap(([key, schema]) => {
    if (fields[key] === undefined) return [];
    const parsed = schema.safeParse(fields[key]);
    return parsed.success ? [[key, parsed.data] as const] : [];
  });
  return siteSchema.parse({ ...SITE_DEFAULTS, ...Object.fromEntries(valid) });
}

/** The settings files, in the content folder. */
export const SETTINGS_FILES: readonly string[] = ['site.yaml', 'ratings.yaml', 'people.yaml'];

/** Load the settings; where a file is broken its defaults are used and its errors returned. */
export function loadSettings(contentDir: string): LoadedSettings {
  const files: VFile[] = [];
  const site = read(contentDir, 'site.yaml', siteSchema, undefined, files);
  const ratings = read(contentDir, 'ratings.yaml', ratingsSchema, { scale: [] }, files);
  const people = read(contentDir, 'people.yaml', peopleSchema, [], files);
  const settings: Settings = {
    site: site.value ?? salvageSite(site.broken ?? ''),
    ratings: ratings.value?.scale ?? [],
    people: people.value ?? [],
  };
  if (ratings.broken !== undefined) {
    const { valid, unread } = salvage(
      ratings.broken,
      (data) => (data as { scale?: unknown } | null)?.scale,
      ratingSchema,
    );
    settings.ratings = valid;
    settings.unread = { ...settings.unread, ratings: unread };
  }
  if (people.broken !== undefined) {
    const { valid, unread } = salvage(people.broken, (data) => data, personSchema);
    settings.people = valid;
    settings.unread = { ...settings.unread, people: unread };
  }
  return { settings, files };
}
