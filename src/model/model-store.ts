/**
 * Explainer models kept beside Astro's content store, one file per explainer, in the build cache
 * (`<cacheDir>/explainer-models/<slug>.<digest>.bin`, in Node's structured-clone format, which
 * keeps dates).
 *
 * Astro's store holds, for each explainer, only a reference to its file ({@link ModelRef}). The
 * store is written whole on every build and compiled into the build's server bundle as one
 * module, so keeping the models in it (source text, HTML and plain text of every block, every
 * annotation) made the store, the bundling, the module and the peak memory of a build grow with
 * the whole site's text. Pages read the models through `src/components/explainers.ts`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod';
import type { Explainer } from './explainer.ts';

/** What the `explainers` collection stores per entry: where its model is. */
export const modelRefSchema = z.object({ modelFile: z.string() });
export type ModelRef = z.output<typeof modelRefSchema>;

/** The folder for the models of a build whose Astro cache folder is `cacheDir`. */
export function modelDir(cacheDir: string): string {
  return path.join(cacheDir, 'explainer-models');
}

/** A model's file: named by slug and digest, so a file is never read for other content. */
const fileFor = (dir: string, slug: string, digest: string) =>
  path.join(dir, `${slug}.${digest}.bin`);

/** Whether the model of this slug and digest is there (if not, the file is processed again). */
export function hasModel(dir: string, slug: string, digest: string): boolean {
  return existsSync(fileFor(dir, slug, digest));
}

/** Write an explainer's model; `digest` is the one of what it was made from. */
export function writeModel(dir: string, digest: string, explainer: Explainer): ModelRef {
  mkdirSync(dir, { recursive: true });
  const modelFile = fileFor(dir, explainer.slug, digest);
  writeFileSync(modelFile, serialize(explainer));
  return { modelFile };
}

/** Remove a model that no store entry points to any more. */
export function removeModel(ref: ModelRef): void {
  rmSync(ref.modelFile, { force: true });
}

/** Models read so far, by file: every page of a build shares one copy of each. */
const read = new Map<string, Explainer>();

/** The model a store entry points to. */
export function readModel(ref: ModelRef): Explainer {
  let explainer = read.get(ref.modelFile);
  if (!explainer) {
    try {
      explainer = deserialize(readFileSync(ref.modelFile)) as Explainer;
    } catch (error) {
      throw new Error(
        `Cannot read the explainer model ${ref.modelFile} (${String(error)}): the build cache is incomplete. Build again.`,
      );
    }
    read.set(ref.modelFile, explainer);
  }
  return explainer;
}
