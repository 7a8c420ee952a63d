/**
 * Why a build cannot use a content folder at all, decided before any explainer is read: it has no
 * `explainers/` folder, or its settings files have errors (or `EXPLAINERS_TODAY` is no day). The
 * content loaders (`loader.ts`) refuse such a folder inside Astro; the build script
 * (`src/cli/build.ts`) asks here first, so that it refuses with the same message before starting
 * Astro (about 8 s of CPU to reach the loaders). Loads no part of the pipeline.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { formatMessage, hasErrors, severityOf, type Severity } from '../contract/messages.ts';
import { loadSettings } from './load-settings.ts';
import { todayProblem } from '../contract/frontmatter.ts';

/** Why a content folder cannot be built (no `explainers/` folder in it), if it cannot. */
export function explainersFolderProblem(contentDir: string): string | undefined {
  const dir = path.join(contentDir, 'explainers');
  if (existsSync(dir) && statSync(dir).isDirectory()) return undefined;
  return `Unexpected content folder \`${path.relative(process.cwd(), contentDir) || '.'}\` without an \`explainers/\` folder, expected a content folder with its explainers in \`explainers/\``;
}

/** A message as the terminal shows it, with its severity (read from the message). */
export interface Described {
  severity: Severity;
  line: string;
}

/** All messages of these files, formatted with paths relative to `root`, worst first. */
export function describeMessages(files: readonly VFile[], root: string): Described[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return files
    .flatMap((file) => file.messages.map((m) => ({ m, file, severity: severityOf(m) })))
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map(({ m, file, severity }) => ({
      severity,
      line: formatMessage(m, path.relative(root, file.path) || file.path),
    }));
}

/** What a build says when settings files have errors (`failed`: those files). */
export const settingsErrors = (failed: readonly VFile[], root: string) =>
  `Site settings have errors:\n${describeMessages(failed, root)
    .map((d) => d.line)
    .join('\n')}`;

/** Why a build must refuse `contentDir` before reading any explainer, if it must. */
export function contentRefusal(contentDir: string, root: string): string | undefined {
  const today = todayProblem();
  if (today) return today;
  const folderProblem = explainersFolderProblem(contentDir);
  if (folderProblem) return folderProblem;
  const failed = loadSettings(contentDir).files.filter(hasErrors);
  return failed.length > 0 ? settingsErrors(failed, root) : undefined;
}
