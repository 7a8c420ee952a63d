/**
 * The digest work of a warm rebuild's content sync, measured apart in this process on the same
 * content and cache (the loader does the same work inside Astro, where it cannot be timed alone):
 * the pipeline's code digest, every explainer read and hashed, every cached model checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import xxhash from 'xxhash-wasm';
import { pipelineCode } from '../../src/loading/code-digest.ts';
import { hasModel, modelDir } from '../../src/loading/model-store.ts';

export interface DigestCost {
  /** Reading every module the pipeline loads, and the lockfile, and hashing them. */
  codeMs: number;
  /** Reading and hashing every explainer file. */
  filesMs: number;
  /** Reading every cached model back and checking it against the schema. */
  modelsMs: number;
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
  started = performance.now();
  for (const name of files) {
    const [slug, digest] = name.split('.');
    hasModel(models, slug!, digest!);
  }
  const modelsMs = performance.now() - started;
  return { codeMs, filesMs, modelsMs, models: files.length };
}
