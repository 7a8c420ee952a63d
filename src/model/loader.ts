/**
 * The Astro content loader for `content/explainers/*.md`. It runs each file through the same
 * pipeline as the CLI and the tests (`src/markdown/pipeline.ts`), stores the typed model, and
 * skips files whose text (and the site settings) did not change since the last build.
 *
 * Warnings are printed with file, line and column (Astro's own Markdown renderer drops them);
 * any error fails the build after every file has been checked, listing them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import type { VFile } from 'vfile';
import { formatMessage, hasErrors, severityOf } from '../markdown/messages.ts';
import { createProcessor, processExplainer, slugFromPath } from '../markdown/pipeline.ts';
import { loadSettings } from './load-settings.ts';

export interface ExplainerLoaderOptions {
  /** The content folder, relative to the project root (default: $EXPLAINERS_CONTENT or `content`). */
  contentDir?: string;
}

function contentDirOf(root: string, options: ExplainerLoaderOptions): string {
  return path.resolve(root, options.contentDir ?? process.env.EXPLAINERS_CONTENT ?? 'content');
}

/**
 * Thrown when content has errors; its message lists every one. Astro prints it without a stack
 * trace: the places that matter are the content's, and they are in the message.
 */
export class ContentError extends AstroError {
  override name = 'ContentError';
  constructor(message: string) {
    super(message, 'Fix the errors listed above, then build again.');
    this.stack = undefined;
  }
}

/** All messages of these files, formatted with paths relative to `root`, worst first. */
export function describeMessages(files: readonly VFile[], root: string): string[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return files
    .flatMap((file) => file.messages.map((m) => ({ m, file })))
    .sort((a, b) => rank[severityOf(a.m)] - rank[severityOf(b.m)])
    .map(({ m, file }) => formatMessage(m, path.relative(root, file.path) || file.path));
}

export function explainerLoader(options: ExplainerLoaderOptions = {}): Loader {
  return {
    name: 'explainer-loader',
    load: async ({ config, store, logger, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const contentDir = contentDirOf(root, options);
      const explainersDir = path.join(contentDir, 'explainers');
      const { settings, files: settingsFiles } = loadSettings(contentDir);
      const failed: VFile[] = settingsFiles.filter(hasErrors);
      const settingsDigest = generateDigest(JSON.stringify(settings));
      const processor = createProcessor(settings);
      const untouched = new Set(store.keys());
      const names = readdirSync(explainersDir)
        .filter((name) => /\.(md|markdown)$/i.test(name))
        .sort();

      for (const name of names) {
        const absolute = path.join(explainersDir, name);
        const relative = path.relative(root, absolute);
        const value = readFileSync(absolute, 'utf8');
        const digest = generateDigest(`${settingsDigest}\n${value}`);
        const slug = slugFromPath(name);
        if (store.get(slug)?.digest === digest) {
          untouched.delete(slug);
          continue;
        }
        const { explainer, file } = await processExplainer(
          { path: absolute, value },
          settings,
          processor,
        );
        for (const line of describeMessages([file], root)) {
          if (line.includes('  error  ')) continue; // listed together below
          if (line.includes('  info  ')) logger.info(line);
          else logger.warn(line);
        }
        if (!explainer) {
          failed.push(file);
          continue;
        }
        if (explainer.draft) continue;
        untouched.delete(explainer.slug);
        const data = await parseData({
          id: explainer.slug,
          data: { ...explainer, file: relative },
          filePath: relative,
        });
        store.set({ id: explainer.slug, data, digest, filePath: relative });
      }
      for (const id of untouched) store.delete(id);

      if (failed.length > 0) {
        const lines = describeMessages(failed, root).filter((line) => line.includes('  error  '));
        throw new ContentError(
          `Content has ${lines.length} error${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
        );
      }
    },
  };
}

/** The site settings as a one-entry collection (`getEntry('settings', 'site')`), typed for pages. */
export function settingsLoader(options: ExplainerLoaderOptions = {}): Loader {
  return {
    name: 'settings-loader',
    load: async ({ config, store, parseData }) => {
      const root = fileURLToPath(config.root);
      const { settings, files } = loadSettings(contentDirOf(root, options));
      const failed = files.filter(hasErrors);
      if (failed.length > 0) {
        throw new ContentError(
          `Site settings have errors:\n${describeMessages(failed, root).join('\n')}`,
        );
      }
      store.set({ id: 'site', data: await parseData({ id: 'site', data: { ...settings } }) });
    },
  };
}
