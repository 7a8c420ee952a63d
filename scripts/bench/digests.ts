/**
 * The digest work of a warm rebuild's content sync, measured apart in this process on the same
 * content and cache (the loader does the same work inside Astro, where it cannot be timed alone):
 * the pipeline's code digest, every explainer read and hashed, every cached model checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import xxhash from 'xxhash-wasm';
import { pipelineCode } from '../../src/loading/code-digest.ts';
import { forgetReadModels, hasModel, modelDir, modelHash } from '../../src/loading/model-store.ts';

export interface DigestCost {
  /** Reading every module the pipeline loads, and the lockfile, and hashing them. */
  codeMs: number;
  /** Reading and hashing every explainer file. */
  filesMs: number;
  /**
   * Reading every cached model back and checking it as the loader does: by the hash of the file
   * as written, which its store entry records.
   */
  modelsMs: number;
  /** The same, checking every model against the schema instead (as before the hash). */
  modelsSchemaMs: number;
  models: number;
}

export async function digestCost(
  root: string,
  content: string,
  cache: string,
): Promise<DigestCost> {
  const { h64ToString } = await xxhash();
  const loader = path.join(root, 'src/loading/loader.ts');
  let started = performance.now();
  h64ToString(pipelineCode(root, loader));
  const codeMs = performance.now() - started;

  const folder = path.join(content, 'explainers');
  started = performance.now();
  for (const name of readdirSync(folder))
    h64ToString(readFileSync(path.join(folder, name), 'utf8'));
  const filesMs = performance.now() - started;

  const models = modelDir(cache, false);
  const files = readdirSync(models).filter((name) => name.endsWith('.json'));
  const time = (refOf: (file: string) => { modelFile: string; sha256?: string }) => {
    const refs = files.map((name) => refOf(path.join(models, name)));
    // The store keeps every model it checked for the process: forget them.
    forgetReadModels();
    const start = performance.now();
    for (const [i, name] of files.entries()) {
      const [slug, digest] = name.split('.');
      hasModel(models, slug!, digest!, refs[i]);
    }
    return performance.now() - start;
  };
  const modelsSchemaMs = time((modelFile) => ({ modelFile }));
  const modelsMs = time((modelFile) => ({
    modelFile,
    sha256: modelHash(readFileSync(modelFile, 'utf8')),
  }));
  return { codeMs, filesMs, modelsMs, modelsSchemaMs, models: files.length };
}
