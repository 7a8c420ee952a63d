/**
 * The Astro content loader for `content/explainers/*.md`. It reads and runs each file through
 * the same functions as `explainer check` (`explainer-files.ts`, which runs the one pipeline of
 * `src/markdown/pipeline.ts`), stores the typed model, and skips files whose text (and the site
 * settings) did not change since the last build.
 *
 * Warnings are printed with file, line and column (Astro's own Markdown renderer drops them).
 * In a build, any error fails it after every file has been checked, listing them all. In the dev
 * server (`npm run dev`) the loaders watch the content folder and reload a file when it is saved;
 * an error there does not stop the server: the last good version of the page stays, and the
 * error is shown in the browser (see `content-problems.ts`) as well as in the terminal.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { VFile } from 'vfile';
import { formatMessage, hasErrors } from '../contract/messages.ts';
import { explainerPathOf, notesPathOf } from '../markdown/notes-file.ts';
import { slugFromPath } from '../markdown/ids.ts';
import { todayProblem, unpublished } from '../contract/frontmatter.ts';
import { pipelineCode } from './code-digest.ts';
import { contentErrorName, publishProblems, type Problem } from './content-problems.ts';
import {
  listExplainerFiles,
  orphanNotes,
  readExplainerSource,
  slugCollisions,
  strayFiles,
  type ExplainerSource,
} from './explainer-files.ts';
import { explainerSchema } from '../contract/explainer.ts';
import { contentDirFrom, loadSettings, SETTINGS_FILES } from './load-settings.ts';
import {
  hasModel,
  modelDir,
  pruneModels,
  readModel,
  writeModel,
  type ModelRef,
} from './model-store.ts';
import { processAll } from './pipeline-pool.ts';
import { linkableIds, linkProblems, type Linking } from './explainer-links.ts';
import { devMark } from './dev-timing.ts';
import {
  describeMessages,
  explainersFolderProblem,
  settingsErrors,
  type Described,
} from './refusals.ts';
import { publishCollection, reloadComing } from './live-content.ts';

export interface ExplainerLoaderOptions {
  /** The content folder, relative to the project root (default: $EXPLAINERS_CONTENT or `content`). */
  contentDir?: string;
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
  override toString = contentErrorName;
}

/** The lines of the errors among `described`. */
const errorLines = (described: readonly Described[]) =>
  described.filter((d) => d.severity === 'error').map((d) => d.line);

/** Print each message at the logger's level for its severity. */
function log(logger: LoaderContext['logger'], described: readonly Described[]): void {
  for (const { severity, line } of described) {
    if (severity === 'error') logger.error(line);
    else if (severity === 'warning') logger.warn(line);
    else logger.info(line);
  }
}

/** The errors of these files, for the dev server's overlay (an explainer's: on its page). */
function problemsOf(files: readonly VFile[], root: string, explainers = false): Problem[] {
  return files.flatMap((file) =>
    file.messages
      .filter((m) => m.fatal === true)
      .map((m) => ({
        file: file.path,
        line: m.line ?? 1,
        column: m.column ?? 1,
        text: formatMessage(m, path.relative(root, file.path) || file.path),
        // A notes file's errors show on its explainer's page.
        ...(explainers ? { slug: slugFromPath(explainerPathOf(file.path)) } : {}),
      })),
  );
}

/**
 * In dev, call `reload` whenever a file in the content folder is added, changed or removed.
 * Reloads run one at a time; each one picks up every change made before it starts.
 */
function watchContent(
  { watcher, logger }: LoaderContext,
  contentDir: string,
  reload: () => Promise<void>,
  concerns: (relative: string) => boolean = () => true,
): void {
  if (!watcher) return;
  watcher.add(contentDir);
  let queue = Promise.resolve();
  let pending = false;
  const onEvent = (changed: string) => {
    const relative = path.relative(contentDir, changed);
    if (relative.startsWith('..') || path.isAbsolute(relative) || pending) return;
    if (!concerns(relative)) return;
    devMark(`watcher event ${relative}`);
    pending = true;
    const done = reloadComing();
    queue = queue
      .then(async () => {
        pending = false;
        devMark('reload start');
        await reload();
        devMark('reload end');
      })
      .catch((error: unknown) => logger.error(String(error)))
      .finally(done);
  };
  watcher.on('add', onEvent);
  watcher.on('change', onEvent);
  watcher.on('unlink', onEvent);
}

export function explainerLoader(options: ExplainerLoaderOptions = {}): Loader {
  return {
    name: 'explainer-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = contentDirFrom(options.contentDir, root);
      const dev = context.watcher !== undefined;
      const memo = dev ? newDevMemo() : undefined;
      const load = () => loadExplainers(context, root, contentDir, dev, memo);
      await load();
      watchContent(context, contentDir, async () => {
        context.logger.info('Content changed, reloading explainers');
        await load();
      });
    },
  };
}

/**
 * What the dev server's loader remembers between two reloads of one save after another: each
 * file's text with the stamp it was read at, so an unchanged file is not read again (one file
 * changed among 1,000: the reload read and decoded every one of them).
 */
interface DevMemo {
  sources: Map<string, { stamp: string; source: ExplainerSource; digest?: [string, string] }>;
  /** What the settings digest was made of, and the digest. */
  settings?: { json: string; code: string; models: string; digest: string };
}

const newDevMemo = (): DevMemo => ({ sources: new Map() });

/**
 * A file's identity for {@link DevMemo}: size, inode, and change and modification times in
 * nanoseconds (any write changes the change time), or missing.
 */
function stamp(file: string): string {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}` : 'missing';
}

/**
 * An explainer file read as the build reads it, with its digest (`digestOf` its text), or both as
 * they were when nothing changed since (the file, its notes file, and what `key` stands for: the
 * settings and the pipeline's code).
 */
function readSource(
  absolute: string,
  memo: DevMemo | undefined,
  key: string,
  digestOf: (source: ExplainerSource) => string,
): { source: ExplainerSource; digest: string } {
  if (!memo) {
    const source = readExplainerSource(absolute);
    return { source, digest: digestOf(source) };
  }
  const now = `${stamp(absolute)}\n${stamp(notesPathOf(absolute))}`;
  let known = memo.sources.get(absolute);
  if (known?.stamp !== now) {
    known = { stamp: now, source: readExplainerSource(absolute) };
    memo.sources.set(absolute, known);
  }
  if (known.digest?.[0] !== key) known.digest = [key, digestOf(known.source)];
  return { source: known.source, digest: known.digest[1] };
}

async function loadExplainers(
  { store, logger, parseData, generateDigest, config, collection }: LoaderContext,
  root: string,
  contentDir: string,
  dev: boolean,
  memo?: DevMemo,
): Promise<void> {
  const folderProblem = todayProblem() ?? explainersFolderProblem(contentDir);
  if (folderProblem) throw new ContentError(folderProblem);
  const loaded = loadSettings(contentDir);
  // In dev, a published explainer's unfilled placeholders are warnings: the page stays visible.
  // The base path is for the links from one explainer to another.
  const settings = { ...loaded.settings, basePath: config.base, ...(dev ? { preview: true } : {}) };
  const settingsFiles = loaded.files;
  const cacheDir = fileURLToPath(config.cacheDir);
  const failed: VFile[] = settingsFiles.filter(hasErrors);
  const models = modelDir(cacheDir, dev);
  // The cache holds models made by the pipeline: any change to its code (or to the installed
  // packages) must make every file be processed again. So must a new place for the model files:
  // Astro keeps an entry as it was when its digest is unchanged, reference and all.
  const settingsJson = JSON.stringify(settings);
  const code = pipelineCode(root, fileURLToPath(import.meta.url));
  const digestOf = () => generateDigest(`${settingsJson}\n${code}\n${models}`);
  // The dev server would hash the same text, the pipeline's code in it, on every save: kept
  // while its parts are the same (the code is the same string while its files are unchanged).
  const known = memo?.settings;
  if (memo && (known?.json !== settingsJson || known.code !== code || known.models !== models)) {
    memo.settings = { json: settingsJson, code, models, digest: digestOf() };
  }
  const settingsDigest = memo ? memo.settings!.digest : digestOf();
  const untouched = new Set(store.keys());
  /** The model an entry points to. */
  const refOf = (slug: string) => store.get<ModelRef>(slug)?.data;
  const writes: Array<Promise<void>> = [];

  // The files whose text, settings or pipeline code changed, processed together (on worker
  // threads when there are many), in order.
  const changed: Array<{
    source: ExplainerSource;
    relative: string;
    digest: string;
    slug: string;
  }> = [];
  devMark('explainers: settings and code digest');
  const explainersDir = path.join(contentDir, 'explainers');
  const all = listExplainerFiles(explainersDir);
  // Files that are not Markdown, and two files for one page, fail the build (as `check`).
  failed.push(...strayFiles(explainersDir), ...orphanNotes(explainersDir));
  const collisions = new Map(slugCollisions(all).map((file) => [file.path, file]));
  devMark('explainers: files listed');
  for (const absolute of all) {
    const slug = slugFromPath(absolute);
    const collision = collisions.get(absolute);
    if (collision) {
      failed.push(collision);
      if (dev) untouched.delete(slug);
      continue;
    }
    const relative = path.relative(root, absolute);
    const { source, digest } = readSource(absolute, memo, settingsDigest, (read) => {
      // A stand-off notes file is part of the explainer: editing it processes it again.
      const notes = read.notes ? `\n${read.notes.path}\n${read.notes.value}` : '';
      return generateDigest(`${settingsDigest}\n${relative}\n${read.value}${notes}`);
    });
    if (store.get(slug)?.digest === digest && hasModel(models, slug, digest, refOf(slug))) {
      untouched.delete(slug);
      continue;
    }
    changed.push({ source, relative, digest, slug });
  }
  devMark(`explainers read and digested, ${changed.length} changed`);
  /** The explainers processed now that link to others (unchanged ones' links are in the store). */
  const linking: Linking[] = [];
  let index = 0;
  for await (const { explainer, file, notes } of processAll(
    changed.map((c) => c.source),
    settings,
  )) {
    const { relative, digest, slug } = changed[index++]!;
    const files = notes ? [file, notes] : [file];
    // Errors are listed together below.
    log(
      logger,
      describeMessages(files, root).filter((d) => d.severity !== 'error'),
    );
    if (!explainer) {
      failed.push(...files.filter(hasErrors));
      // In dev, the last good version stays on the site while the editor fixes the file.
      if (dev) untouched.delete(slug);
      continue;
    }
    if (explainer.links) linking.push({ path: file.path, slug, links: explainer.links });
    // A draft, or a scheduled explainer (processed again on every build, so the first on its day
    // publishes it), is left out of the site; the dev server shows it, marked as such, so that
    // the editor can read it as it will be before publishing it.
    if (!dev && unpublished(explainer)) continue;
    untouched.delete(explainer.slug);
    const model = explainerSchema.parse({ ...explainer, file: relative });
    const { ref, written } = writeModel(models, digest, model);
    writes.push(written);
    const data = await parseData({ id: explainer.slug, data: ref, filePath: relative });
    store.set({ id: explainer.slug, data, digest, filePath: relative });
  }
  devMark('explainers processed');
  for (const id of untouched) store.delete(id);
  await Promise.all(writes);
  devMark('explainers: models written');
  // Models of changed or removed explainers go; so do those of a store Astro has reset.
  pruneModels(
    models,
    store.keys().flatMap((id) => refOf(id) ?? []),
  );
  // Links are looked up across the folder on every build: a change to one file (a draft, a
  // rename, an id) can break another's links. A link's `#id` is looked up in the model of the
  // explainer it leads to, read as its page will read it.
  const processed = new Set(linking.map((l) => l.slug));
  for (const { id, filePath } of store.values()) {
    const links = refOf(id)?.links;
    if (links && filePath && !processed.has(id))
      linking.push({ path: path.resolve(root, filePath), slug: id, links });
  }
  const linkFiles = linkProblems(linking, all, {
    dev,
    idsOf: (slug) => {
      const ref = refOf(slug);
      return ref && linkableIds(readModel(ref));
    },
  });
  log(
    logger,
    describeMessages(linkFiles, root).filter((d) => d.severity !== 'error'),
  );
  failed.push(...linkFiles.filter(hasErrors));
  devMark('explainers: models pruned');
  const explainerFailures = failed.filter((file) => !settingsFiles.includes(file));
  if (dev) {
    publishCollection(collection, store.values());
    for (const line of errorLines(describeMessages(explainerFailures, root))) logger.error(line);
    publishProblems('explainers', problemsOf(explainerFailures, root, true));
    return;
  }
  if (failed.length > 0) {
    const lines = errorLines(describeMessages(failed, root));
    throw new ContentError(
      `Content has ${lines.length} error${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    );
  }
}

/** The site settings as a one-entry collection (`getEntry('settings', 'site')`), typed for pages. */
export function settingsLoader(options: ExplainerLoaderOptions = {}): Loader {
  return {
    name: 'settings-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentDir = contentDirFrom(options.contentDir, root);
      const dev = context.watcher !== undefined;
      const load = async () => {
        const { settings, files } = loadSettings(contentDir);
        const failed = files.filter(hasErrors);
        if (failed.length > 0 && !dev) {
          throw new ContentError(settingsErrors(failed, root));
        }
        if (dev) {
          log(context.logger, describeMessages(failed, root));
          publishProblems('settings', problemsOf(failed, root));
        }
        const data = await context.parseData({ id: 'site', data: { ...settings } });
        context.store.set({ id: 'site', data });
        if (dev) publishCollection(context.collection, context.store.values());
      };
      await load();
      // Only the settings files change the settings: a saved explainer is not their concern.
      watchContent(context, contentDir, load, (relative) => SETTINGS_FILES.includes(relative));
    },
  };
}
