/**
 * What `explainer check` checks: the settings files and the explainers, read and processed by
 * exactly the functions the content loader uses during a build (`src/loading/explainer-files.ts`),
 * so check and build always report the same problems.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf, type Severity } from '../contract/messages.ts';
import {
  explainerOfNotes,
  listExplainerFiles,
  orphanNote,
  orphanNotes,
  readExplainerSource,
  slugCollisions,
  strayFiles,
} from '../loading/explainer-files.ts';
import { loadSettings } from '../loading/load-settings.ts';
import { explainersFolderProblem } from '../loading/refusals.ts';
import { processAll } from '../loading/pipeline-pool.ts';
import { linkableIds, linkProblems, type Linking } from '../loading/explainer-links.ts';
import { isNotesPath } from '../markdown/notes-file.ts';

export interface CheckTargets {
  /** The content folder the settings (site, ratings, people) are read from. */
  contentDir: string;
  /** The explainer files to check. */
  files: string[];
  /** The folders whose every file is checked (where a file that is not Markdown is an error). */
  folders?: string[];
  /** Notes files given whose explainer is not there. */
  orphans?: string[];
}

/** A path the editor gave that is not there: reported as a usage error, not a content one. */
export class CheckUsageError extends Error {
  override name = 'CheckUsageError';
}

/** A folder with a `site.yaml` (of any kind: a broken link there is an error, as in the build). */
const isContentDir = (dir: string) =>
  lstatSync(path.join(dir, 'site.yaml'), { throwIfNoEntry: false }) !== undefined;

/** The explainers folder of a content folder, or a usage error when it has none. */
function explainersOf(contentDir: string): string {
  const problem = explainersFolderProblem(contentDir);
  if (problem) throw new CheckUsageError(`${problem} (see --content)`);
  return path.join(contentDir, 'explainers');
}

/**
 * The files to check for the paths given: a content folder (one with `site.yaml`) means its
 * settings and all its explainers; another folder, the `.md` files in it; a file, itself. With
 * no paths, the whole of `defaultContentDir`.
 */
export function resolveTargets(paths: readonly string[], defaultContentDir: string): CheckTargets {
  if (paths.length === 0) {
    const dir = explainersOf(defaultContentDir);
    return { contentDir: defaultContentDir, files: listExplainerFiles(dir), folders: [dir] };
  }
  const contentDirs = new Set<string>();
  const files: string[] = [];
  const orphans: string[] = [];
  const folders: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(given);
    if (!existsSync(absolute)) {
      throw new CheckUsageError(
        `Unexpected path \`${given}\`, expected an existing file or folder`,
      );
    }
    // Anything but a folder is checked as a file: a named pipe or a device is then an
    // `unreadable-file` error, as it is in the build, not something to wait on.
    if (!statSync(absolute).isDirectory()) {
      // A notes file is checked with its explainer.
      if (isNotesPath(absolute)) {
        const explainer = explainerOfNotes(absolute);
        if (explainer) files.push(explainer);
        else orphans.push(absolute);
      } else files.push(absolute);
      continue;
    }
    if (isContentDir(absolute)) contentDirs.add(absolute);
    const dir = isContentDir(absolute) ? explainersOf(absolute) : absolute;
    folders.push(dir);
    files.push(...listExplainerFiles(dir));
  }
  if (contentDirs.size > 1) {
    throw new CheckUsageError(
      'Unexpected several content folders, expected one (each has its own site settings)',
    );
  }
  return {
    contentDir: [...contentDirs][0] ?? defaultContentDir,
    files: [...new Set(files)],
    folders: [...new Set(folders)],
    orphans,
  };
}

export interface CheckResult {
  /** The settings files, then the explainers, each with its messages. */
  files: VFile[];
  /** How many explainers were checked. */
  checked: number;
  counts: Record<Severity, number>;
}

/** Check the targets; `onProgress` is called after each explainer. Never throws on content. */
export async function checkContent(
  targets: CheckTargets,
  onProgress?: (done: number, total: number) => void,
): Promise<CheckResult> {
  const { settings, files: settingsFiles } = loadSettings(targets.contentDir);
  const files: VFile[] = [...settingsFiles];
  files.push(...(targets.folders ?? []).flatMap(strayFiles));
  const orphans = [...(targets.folders ?? []).flatMap(orphanNotes)];
  for (const notes of targets.orphans ?? [])
    if (!orphans.some((o) => o.path === notes)) orphans.push(orphanNote(notes));
  files.push(...orphans);
  const collisions = slugCollisions(targets.files);
  const linking: Linking[] = [];
  /** The ids of the explainers checked, which links to them may name. */
  const ids = new Map<string, string[]>();
  let done = 0;
  for await (const { explainer, file, notes } of processAll(
    targets.files.map(readExplainerSource),
    settings,
  )) {
    for (const collision of collisions)
      if (collision.path === file.path) file.messages.unshift(...collision.messages);
    files.push(file);
    if (notes) files.push(notes);
    if (explainer) ids.set(explainer.slug, linkableIds(explainer));
    if (explainer?.links)
      linking.push({ path: file.path, slug: explainer.slug, links: explainer.links });
    done += 1;
    onProgress?.(done, targets.files.length);
  }
  // Each explainer's links are looked up in its own folder.
  for (const [dir, some] of Map.groupBy(linking, (l) => path.dirname(l.path)))
    for (const problem of linkProblems(some, listExplainerFiles(dir), {
      idsOf: (slug) => ids.get(slug),
    }))
      files.find((f) => f.path === problem.path)?.messages.push(...problem.messages);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const file of files) for (const m of file.messages) counts[severityOf(m)] += 1;
  return { files, checked: targets.files.length, counts };
}

/** The messages of a file in reading order: by line, then column. */
export function inOrder(file: VFile): VFileMessage[] {
  return [...file.messages].sort(
    (a, b) => (a.line ?? 1) - (b.line ?? 1) || (a.column ?? 1) - (b.column ?? 1),
  );
}

/** One message as a plain object, for `--json`. */
export function messageJson(message: VFileMessage, filePath: string) {
  const end = message.place && 'end' in message.place ? message.place.end : undefined;
  return {
    file: filePath,
    line: message.line ?? 1,
    column: message.column ?? 1,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    severity: severityOf(message),
    ruleId: message.ruleId ?? 'unknown',
    message: message.reason,
    ...(message.note ? { hint: message.note } : {}),
    ...(message.source ? { source: message.source } : {}),
    ...(message.url ? { url: message.url } : {}),
  };
}
