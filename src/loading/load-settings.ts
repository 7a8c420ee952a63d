/**
 * Read `site.yaml`, `ratings.yaml` and `people.yaml` from the content folder and validate them.
 * Problems are returned as vfile messages with file, line, column and rule id, like the pipeline's.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import type { z } from 'zod';
import { report } from '../contract/messages.ts';
import { parseYaml } from '../markdown/yaml-place.ts';
import { readContentFile, UNREADABLE_HINT } from './read-file.ts';
import { peopleSchema, ratingsSchema, siteSchema, type Settings } from '../contract/settings.ts';

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

function read<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  fallback: z.output<S> | undefined,
  files: VFile[],
): z.output<S> | undefined {
  const filePath = path.join(dir, name);
  // A broken link counts as there (and unreadable), not as a file left out.
  if (!lstatSync(filePath, { throwIfNoEntry: false })) {
    if (fallback !== undefined) return fallback;
    const file = new VFile({ path: filePath });
    report(file, {
      reason: `Missing ${name}, expected it in the content folder`,
      ruleId: 'settings-schema',
      severity: 'error',
      hint: 'See "The content folder" in the README.',
    });
    files.push(file);
    return undefined;
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
    return undefined;
  }
  const result = parseYaml(String(file.value), schema);
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    report(file, {
      reason: problem.reason,
      ruleId: 'settings-schema',
      place: problem.point,
      severity: 'error',
      hint: 'See "The content folder" in the README for the fields this file takes.',
    });
  }
  return undefined;
}

/** Load the settings; where a file is broken its defaults are used and its errors returned. */
export function loadSettings(contentDir: string): LoadedSettings {
  const files: VFile[] = [];
  const site = read(contentDir, 'site.yaml', siteSchema, undefined, files);
  const ratings = read(contentDir, 'ratings.yaml', ratingsSchema, { scale: [] }, files);
  const people = read(contentDir, 'people.yaml', peopleSchema, [], files);
  return {
    settings: {
      site:
        site ??
        siteSchema.parse({
          title: 'Explainers',
          description: 'Annotated explainers',
          baseUrl: 'https://example.org',
        }),
      ratings: ratings?.scale ?? [],
      people: people ?? [],
    },
    files,
  };
}
