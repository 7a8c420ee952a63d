/**
 * Explainer models kept beside Astro's content store, one JSON file per explainer, in the build
 * cache (`<cacheDir>/explainer-models/<slug>.<digest>.json`; the model is plain JSON by design).
 *
 * Astro's store holds, for each explainer, only a reference to its file ({@link ModelRef}). The
 * store is written whole on every build and compiled into the build's server bundle as one
 * module, so keeping the models in it (source text, HTML and plain text of every block, every
 * annotation) made the store, the bundling, the module and the peak memory of a build grow with
 * the whole site's text. Pages read the models through `src/views/explainers.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { explainerLinkSchema, explainerSchema, type Explainer } from '../contract/explainer.ts';

/**
 * What the `explainers` collection stores per entry: where its model is, and the SHA-256 of the
 * file as written (the model was checked against its schema before it was written, so a file
 * that still has this hash needs no second check; see {@link hasModel}); and the explainer's
 * links to others, which the loader looks up again on every build, unchanged files' included,
 * without reading their models.
 */
export const modelRefSchema = z.object({
  modelFile: z.string(),
  sha256: z.string().optional(),
  links: z.array(explainerLinkSchema).optional(),
});
export type ModelRef = z.output<typeof modelRefSchema>;

/**
 * The folder for the models, in Astro's cache folder: one for builds, one for the dev server
 * (each keeps only the models its own content store points to, so they must not share).
 */
export function modelDir(cacheDir: string, dev: boolean): string {
  return path.join(cacheDir, dev ? 'explainer-models-dev' : 'explainer-models');
}

/** A model's file: named by slug and digest, so a file is never read for other content. */
const fileFor = (dir: string, slug: string, digest: string) =>
  path.join(dir, `${slug}.${digest}.json`);

/** The hash a store entry records of its model file's text (`ModelRef.sha256`). */
export const modelHash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A model file read back: when its text still has the hash it was written with, as it was
 * written (checked against the schema then; the loader's digest covers the schema's code, so a
 * model of an older shape never has a current name); otherwise checked against the model's
 * schema. Throws, saying why, when the file is missing, is not JSON (cut short, overwritten) or
 * is not a model of today's shape.
 */
function parseModel(file: string, expected?: string): Explainer {
  const text = readFileSync(file, 'utf8');
  if (expected !== undefined && modelHash(text) === expected) return JSON.parse(text) as Explainer;
  const result = explainerSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `not an explainer model: ${issue?.path.join('.') || 'the file'}: ${issue?.message}`,
    );
  }
  return result.data;
}

/**
 * The last model read for each slug (a file's name starts with its slug): every page of a build
 * shares one copy of each, and a long dev session keeps one per explainer, not one per edit.
 * Kept on `globalThis`: the content loader and the pages' server bundle each have their own
 * instance of this module in one process, and they must share the models the loader checked.
 */
const READ = Symbol.for('annotated-explainers.model-store.read');
const read = ((globalThis as Record<symbol, unknown>)[READ] ??= new Map()) as Map<
  string,
  { file: string; explainer: Explainer }
>;

/** Forget the models read so far, so the next check of each reads its file again (the bench). */
export const forgetReadModels = () => read.clear();

/**
 * Whether the model of this slug and digest is there and valid (the hash its store entry `ref`
 * recorded, else the schema); if not (missing, corrupt, or of an older shape), the loader
 * processes the file again and writes it anew. A valid model is
 * kept for {@link readModel}, so each model file is read and checked once per process: the pages
 * of a warm rebuild use the copy the loader checked, and the dev server checks a model again only
 * when its file is new (it reloads every explainer on each save).
 */
export function hasModel(dir: string, slug: string, digest: string, ref?: ModelRef): boolean {
  const file = fileFor(dir, slug, digest);
  if (read.get(slug)?.file === file) return existsSync(file);
  if (!existsSync(file)) return false;
  try {
    read.set(slug, { file, explainer: parseModel(file, ref?.sha256) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Write an explainer's model; `digest` is the one of what it was made from. The file is written
 * in the background, so the disk works while the next file is processed: `written` settles when
 * it is on disk, and must be awaited before any page reads it.
 */
export function writeModel(
  dir: string,
  digest: string,
  explainer: Explainer,
): { ref: ModelRef; written: Promise<void> } {
  mkdirSync(dir, { recursive: true });
  const modelFile = fileFor(dir, explainer.slug, digest);
  const text = JSON.stringify(explainer);
  const links = explainer.links ? { links: explainer.links } : {};
  return {
    ref: { modelFile, sha256: modelHash(text), ...links },
    written: writeFile(modelFile, text),
  };
}

/** Remove every model file but these (the ones the store points to now). */
export function pruneModels(dir: string, keep: readonly ModelRef[]): void {
  if (!existsSync(dir)) return;
  const kept = new Set(keep.map((ref) => path.resolve(ref.modelFile)));
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!kept.has(path.resolve(file))) rmSync(file, { force: true });
  }
}

/**
 * The model a store entry points to, checked against the schema. A file that is missing or not
 * valid fails the page with its name; the next build processes the explainer again.
 */
export function readModel(ref: ModelRef): Explainer {
  const slug = path.basename(ref.modelFile).split('.')[0]!;
  const known = read.get(slug);
  if (known?.file === ref.modelFile) return known.explainer;
  let explainer: Explainer;
  try {
    explainer = parseModel(ref.modelFile, ref.sha256);
  } catch (error) {
    throw new Error(
      `Cannot read the explainer model ${ref.modelFile} (${(error as Error).message}): the build cache is incomplete or damaged. Build again.`,
      { cause: error },
    );
  }
  read.set(slug, { file: ref.modelFile, explainer });
  return explainer;
}
