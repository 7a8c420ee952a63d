#!/usr/bin/env node
/**
 * `npm run bench [-- --n 200 --runs 3 --only pipeline,build,warm,weight]`: speed, memory and
 * scale, each figure a ratio against a baseline measured in the same run on the same corpus.
 *
 *   a. our remark pipeline vs the same unified parser → remark-rehype → stringify, no plugins
 *   b. our full site build vs a plain Astro 7 site rendering the same Markdown (wall, peak RSS);
 *      post-steps (Pagefind) reported apart
 *   c. a warm rebuild after changing one explainer, against the cold build
 *   d. page weight per page type (gzip)
 *
 * Every figure is the median of --runs runs. Prints a table and writes BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { createProcessor, processExplainer } from '../src/markdown/pipeline.ts';
import { loadSettings } from '../src/loading/load-settings.ts';
import { writeCorpus } from './bench/corpus.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'pipeline,build,warm,weight' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    /** Add this run as a section to an existing report instead of writing a new one. */
    append: { type: 'boolean', default: false },
  },
});
const N = Number(options.n);
const RUNS = Math.max(1, Number(options.runs));
const only = new Set(options.only.split(','));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

const work = mkdtempSync(path.join(os.tmpdir(), 'explainers-bench-'));
const corpus = path.join(work, 'content');
const corpusBytes = writeCorpus({
  count: N,
  dir: corpus,
  settingsFrom: path.join(root, 'content'),
});
const rows: Array<[string, string, string, string]> = [];
const notes: string[] = [];
const log = (line: string) => console.log(line);
log(
  `Corpus: ${N} explainers, ${(corpusBytes / 1024 / 1024).toFixed(2)} MB of Markdown, in ${corpus}`,
);

/** a. The remark pipeline alone. */
async function benchPipeline() {
  const { settings } = loadSettings(corpus);
  const files = readdirSync(path.join(corpus, 'explainers')).map((name) => ({
    path: path.join(corpus, 'explainers', name),
    value: readFileSync(path.join(corpus, 'explainers', name), 'utf8'),
  }));
  const ours = createProcessor(settings);
  const plain = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeStringify);
  const timeOurs = async () => {
    const started = performance.now();
    for (const file of files) await processExplainer(file, settings, ours);
    return performance.now() - started;
  };
  const timePlain = async () => {
    const started = performance.now();
    for (const file of files) await plain.process(file.value);
    return performance.now() - started;
  };
  await timeOurs(); // warm up both (JIT, lazy imports)
  await timePlain();
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    b.push(await timePlain());
    a.push(await timeOurs());
  }
  const [ourMs, plainMs] = [median(a), median(b)];
  const mbps = (ms: number) => `${(corpusBytes / 1024 / 1024 / (ms / 1000)).toFixed(2)} MB/s`;
  rows.push([
    'a. remark pipeline',
    `${seconds(ourMs)} (${mbps(ourMs)})`,
    `${seconds(plainMs)} (${mbps(plainMs)})`,
    ratio(ourMs, plainMs),
  ]);
  log(`a. pipeline: ours ${seconds(ourMs)}, plain ${seconds(plainMs)}, ${ratio(ourMs, plainMs)}`);
}

interface Run {
  ms: number;
  rss: number;
  steps: Record<string, number>;
}

/** Run a command with the RSS probe; returns wall time and the peak RSS of its node processes. */
function measure(args: string[], env: Record<string, string>): Run {
  const rssFile = path.join(work, `rss-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(rssFile, '');
  const probe = path.join(root, 'scripts/bench/rss-probe.ts');
  // Flush what earlier runs wrote, so their write-back does not land in this run's time (on a
  // virtual disk it otherwise made the same build vary by half). No-op where `sync` is missing.
  spawnSync('sync');
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      BENCH_RSS_FILE: rssFile,
      NODE_OPTIONS: `--import=${probe}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const rss =
    Math.max(0, ...readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number)) * 1024;
  const steps: Record<string, number> = {};
  const built = /Built .*\((.*)\)/.exec(result.stdout)?.[1] ?? '';
  for (const [, name, value] of built.matchAll(/([^:,]+): ([\d.]+) s/g))
    steps[name!.trim()] = Number(value) * 1000;
  return { ms, rss, steps };
}

const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
function buildOurs(cache: string, outDir: string): Run {
  return measure(['src/cli/build.ts'], {
    EXPLAINERS_CONTENT: corpus,
    EXPLAINERS_CACHE_DIR: cache,
    OUT_DIR: outDir,
  });
}
function buildBaseline(cache: string, outDir: string): Run {
  return measure(
    [astroBin, 'build', '--root', path.join(root, 'scripts/bench/baseline'), '--outDir', outDir],
    {
      BENCH_CORPUS: corpus,
      EXPLAINERS_CACHE_DIR: cache,
    },
  );
}

/** Pages (HTML and data files) an output folder holds, search index files left out. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) =>
      e.isFile() &&
      /\.(html|json|jsonld|csv|xml)$/.test(e.name) &&
      !e.parentPath.includes('pagefind'),
  ).length;
}

/** b and c: cold builds of both sites, then a warm rebuild of ours after one file changes. */
function benchBuilds() {
  const ours: Run[] = [];
  const base: Run[] = [];
  const warm: Run[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const cacheA = path.join(work, `cache-ours-${run}`);
    const cacheB = path.join(work, `cache-base-${run}`);
    base.push(buildBaseline(cacheB, path.join(work, `out-base-${run}`)));
    ours.push(buildOurs(cacheA, path.join(work, `out-ours-${run}`)));
    log(
      `   run ${run + 1}: ours ${seconds(ours.at(-1)!.ms)}, baseline ${seconds(base.at(-1)!.ms)}`,
    );
    if (only.has('warm')) {
      const changed = path.join(corpus, 'explainers', 'bench-00000.md');
      appendFileSync(changed, `\nAn added sentence for warm run ${run}, said "a bench editor".\n`);
      warm.push(buildOurs(cacheA, path.join(work, `out-ours-${run}`)));
      log(`   run ${run + 1}: warm rebuild ${seconds(warm.at(-1)!.ms)}`);
    }
    rmSync(cacheA, { recursive: true, force: true });
    rmSync(cacheB, { recursive: true, force: true });
  }
  const astroStep = (r: Run) => r.steps['astro build'] ?? r.ms;
  const postSteps = (r: Run) => Object.entries(r.steps).filter(([name]) => name !== 'astro build');
  const ourAstro = median(ours.map(astroStep));
  const baseMs = median(base.map((r) => r.ms));
  rows.push([
    'b. site build, wall (Astro step)',
    seconds(ourAstro),
    seconds(baseMs),
    ratio(ourAstro, baseMs),
  ]);
  const [ourPages, basePages] = [
    countPages(path.join(work, 'out-ours-0')),
    countPages(path.join(work, 'out-base-0')),
  ];
  const perPage = (ms: number, n: number) => `${(ms / n).toFixed(1)} ms × ${n} pages`;
  rows.push([
    'b. Astro step per page written',
    perPage(ourAstro, ourPages),
    perPage(baseMs, basePages),
    ratio(ourAstro / ourPages, baseMs / basePages),
  ]);
  rows.push([
    'b. site build, peak RSS',
    mb(median(ours.map((r) => r.rss))),
    mb(median(base.map((r) => r.rss))),
    ratio(median(ours.map((r) => r.rss)), median(base.map((r) => r.rss))),
  ]);
  for (const [name] of postSteps(ours[0]!)) {
    rows.push([
      `b. post-step: ${name}`,
      seconds(median(ours.map((r) => r.steps[name] ?? 0))),
      '—',
      '—',
    ]);
  }
  rows.push([
    'b. whole `npm run build`',
    seconds(median(ours.map((r) => r.ms))),
    seconds(baseMs),
    ratio(median(ours.map((r) => r.ms)), baseMs),
  ]);
  if (warm.length) {
    const warmMs = median(warm.map(astroStep));
    rows.push([
      'c. warm rebuild, one file changed (Astro step)',
      seconds(warmMs),
      `${seconds(ourAstro)} cold`,
      ratio(warmMs, ourAstro),
    ]);
  }
  return ours;
}

/** d. Page weight of the last build of ours. */
function benchWeight() {
  const outDir = path.join(work, `out-ours-${RUNS - 1}`);
  const result = spawnSync(process.execPath, ['scripts/page-weight.ts', outDir], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status === 0)
    notes.push('### d. Page weight (gzip)\n\n```\n' + result.stdout.trim() + '\n```');
  else
    notes.push(
      `d. Page weight: scripts/page-weight.ts failed: ${result.stderr.trim().split('\n')[0]}`,
    );
}

if (only.has('pipeline')) await benchPipeline();
if (only.has('build') || only.has('warm')) benchBuilds();
if (only.has('weight') && (only.has('build') || only.has('warm'))) benchWeight();

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const table = [
  '| measure | ours | baseline | ratio |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(`\n${table}\n`);
for (const note of notes) console.log(note);
const section = `## ${N} explainers (\`npm run bench -- --n ${N} --runs ${RUNS} --only ${options.only}\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. Corpus: ${N} synthetic explainers
(about 1,000 words, 10 quotations, 3 claims and 3 comments each; ${(corpusBytes / 1024 / 1024).toFixed(2)} MB).
Each figure is the median of ${RUNS} run${RUNS === 1 ? '' : 's'}; ratios compare against a baseline measured in the same run.

${table}

${notes.join('\n\n')}
`;
if (options.out) {
  const file = path.resolve(root, options.out);
  if (options.append) appendFileSync(file, `\n${section}`);
  else
    writeFileSync(
      file,
      `${readFileSync(path.join(root, 'scripts/bench/report-head.md'), 'utf8')}\n${section}`,
    );
}
rmSync(work, { recursive: true, force: true });
