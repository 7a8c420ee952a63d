#!/usr/bin/env node
/**
 * `npm run bench [-- options]`: speed, memory and scale, each figure against a baseline measured
 * in the same run on the same corpus, on two corpora: `realistic` (news-shaped text, see
 * `bench/realistic-corpus.ts`) and `synthetic` (the worst case, `bench/corpus.ts`).
 *
 *   a. our remark pipeline vs the same unified parser → remark-rehype → stringify, no plugins
 *   b. our full site build vs a plain Astro 7 site rendering the same Markdown (wall, peak RSS
 *      per step); post-steps (Pagefind) reported apart
 *   c. a warm rebuild after changing one explainer, against the cold build, with its fixed cost
 *      itemised (start-up, content sync and digests, bundling, pages, search index, swap-in)
 *   d. page weight per page type (gzip)
 *   e. the editor's loop: `astro dev`, from saving an explainer to the new page being served
 *   f. scale: cold builds at each of --sizes, time and peak RSS per step, growth with N
 *
 * Options: --n (explainers for a–d, default 1000), --runs (median of, default 3), --only (any of
 * pipeline,profile,build,warm,weight,dev,scale), --cpu-prof (write the pipeline's profile there;
 * `{corpus}` in the name is replaced by the corpus), --corpus (realistic,synthetic), --sizes (for f, default
 * 1000,5000,10000), --edits (for e, default 10), --dev-n (explainers for e beside the sample
 * content, default 1000), --dev-cpu-prof (profile the dev server over the edits and write it
 * there, `{case}` replaced by `sample` or the size), --dev-no-sample (only --dev-n), --out (default BENCHMARKS.md; '' prints only), --append.
 * A quick run: `npm run bench -- --n 100 --runs 1 --sizes 50,100,200 --dev-n 100 --out ''`.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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
import { CORPUS_KINDS, writeCorpus, type CorpusKind } from './bench/corpus.ts';
import { devLoop } from './bench/dev-loop.ts';
import { digestCost } from './bench/digests.ts';
import { describeGrowth, growth } from './bench/growth.ts';
import { phasesOf, type Phases } from './bench/phases.ts';
import { profile, summarise } from './bench/profile.ts';
import { buildStep, measure, type Run } from './bench/run.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'pipeline,profile,build,warm,weight,dev,scale' },
    /** Also write the pipeline's CPU profile to this file (for DevTools or speedscope). */
    'cpu-prof': { type: 'string', default: '' },
    corpus: { type: 'string', default: 'realistic,synthetic' },
    sizes: { type: 'string', default: '1000,5000,10000' },
    edits: { type: 'string', default: '10' },
    'dev-n': { type: 'string', default: '1000' },
    'dev-wait': { type: 'string', default: 'reload' },
    /** Profile the dev server over the edits; `{case}` is replaced by `sample` or the size. */
    'dev-cpu-prof': { type: 'string', default: '' },
    /** Skip the sample content in the editor's loop (only the `--dev-n` explainers). */
    'dev-no-sample': { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    /** Add this run as a section to an existing report instead of writing a new one. */
    append: { type: 'boolean', default: false },
  },
});
const N = Number(options.n);
const RUNS = Math.max(1, Number(options.runs));
const only = new Set(options.only.split(','));
const kinds = options.corpus.split(',').filter(Boolean) as CorpusKind[];
for (const kind of kinds)
  if (!CORPUS_KINDS.includes(kind))
    throw new Error(`--corpus: unknown corpus "${kind}" (one of ${CORPUS_KINDS.join(', ')})`);
const sizes = options.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const EDITS = Math.max(1, Number(options.edits));
const DEV_N = Number(options['dev-n']);
const DEV_WAIT = options['dev-wait'] === 'poll' ? 'poll' : 'reload';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const log = (line: string) => console.log(line);

const work = mkdtempSync(path.join(os.tmpdir(), 'explainers-bench-'));
const probe = path.join(root, 'scripts/bench/rss-probe.ts');
/** One part of the report, in order. */
const report: string[] = [];
/** Rows of the targets table: measure, figure, target, met. */
const targets: string[][] = [];
const target = (measure: string, value: number, shown: string, limit: number, goal: string) => {
  // The scale run reuses the builds at --n: one row per measure.
  if (!targets.some((row) => row[0] === measure))
    targets.push([measure, shown, goal, value <= limit ? 'met' : 'missed']);
};

function corpusFolder(kind: CorpusKind, count: number): { dir: string; bytes: number } {
  const dir = path.join(work, `content-${kind}-${count}`);
  const bytes = writeCorpus({ count, dir, settingsFrom: path.join(root, 'content'), kind });
  log(`Corpus: ${count} ${kind} explainers, ${(bytes / 1024 / 1024).toFixed(2)} MB, in ${dir}`);
  return { dir, bytes };
}

/** a. The remark pipeline alone. */
async function benchPipeline(
  kind: CorpusKind,
  corpus: string,
  bytes: number,
): Promise<{ rows: string[][]; notes: string[] }> {
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
  // The first pass of each is also what a build pays for text it has not seen (the attribution
  // keeps what it learns of words and roles for the process, `src/quotes/patterns.ts`); ours runs
  // first, so the parser's first compilation counts against us.
  const firstOurs = await timeOurs();
  const firstPlain = await timePlain();
  const a: number[] = [];
  const b: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    b.push(await timePlain());
    a.push(await timeOurs());
  }
  const [ourMs, plainMs] = [median(a), median(b)];
  const mbps = (ms: number) => `${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(2)} MB/s`;
  log(
    `a. pipeline: ours ${seconds(ourMs)}, plain ${seconds(plainMs)}, ${ratio(ourMs, plainMs)}; first pass ${ratio(firstOurs, firstPlain)}`,
  );
  const notes: string[] = [];
  if (only.has('profile')) {
    const file = options['cpu-prof']
      ? path.resolve(options['cpu-prof'].replace('{corpus}', kind))
      : undefined;
    const summary = await profile(async () => void (await timeOurs()), root, file);
    const share = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1)} %`;
    const top = (list: typeof summary.byModule) =>
      list.slice(0, 15).map((e) => [e.name.replaceAll('|', '\\|'), millis(e.ms), share(e.ms)]);
    notes.push(
      `### a. Where the pipeline's time goes (${kind}, CPU profile of one pass, self time)\n\n` +
        `${seconds(summary.totalMs)} sampled${file ? `; the profile is in \`${path.basename(file)}\`` : ''}. ` +
        `The plain pipeline's share is what remark-parse, micromark, mdast-util-* and remark-gfm take here too.\n\n` +
        table(['module', 'self time', 'share'], top(summary.byModule)) +
        '\n\n' +
        table(['function', 'self time', 'share'], top(summary.byFunction)),
    );
  }
  return {
    rows: [
      [
        'a. remark pipeline',
        `${seconds(ourMs)} (${mbps(ourMs)})`,
        `${seconds(plainMs)} (${mbps(plainMs)})`,
        ratio(ourMs, plainMs),
      ],
      [
        'a. remark pipeline, first pass',
        seconds(firstOurs),
        seconds(firstPlain),
        ratio(firstOurs, firstPlain),
      ],
    ],
    notes,
  };
}

const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
function buildOurs(corpus: string, cache: string, outDir: string): Promise<Run> {
  return measure(['src/cli/build.ts'], {
    cwd: root,
    work,
    probe,
    stepOf: buildStep,
    env: { EXPLAINERS_CONTENT: corpus, EXPLAINERS_CACHE_DIR: cache, OUT_DIR: outDir },
  });
}
function buildBaseline(corpus: string, cache: string, outDir: string): Promise<Run> {
  return measure(
    [astroBin, 'build', '--root', path.join(root, 'scripts/bench/baseline'), '--outDir', outDir],
    { cwd: root, work, probe, env: { BENCH_CORPUS: corpus, EXPLAINERS_CACHE_DIR: cache } },
  );
}
const astroStep = (r: Run) => r.steps['astro build'] ?? r.ms;

/** Pages (HTML and data files) an output folder holds, search index files left out. */
function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) =>
      e.isFile() &&
      /\.(html|json|jsonld|csv|xml)$/.test(e.name) &&
      !e.parentPath.includes('pagefind'),
  ).length;
}

/** Cold builds of both sites at one size, kept for the scale table. */
const coldBuilds = new Map<string, { ours: Run[]; base: Run[] }>();

/** b and c: cold builds of both sites, then a warm rebuild of ours after one file changes. */
async function benchBuilds(
  kind: CorpusKind,
  corpus: string,
): Promise<{ rows: string[][]; notes: string[] }> {
  const ours: Run[] = [];
  const base: Run[] = [];
  const warm: Run[] = [];
  let warmPhases: Phases | undefined;
  let coldPhases: Phases | undefined;
  let digests: Awaited<ReturnType<typeof digestCost>> | undefined;
  const notes: string[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const cacheA = path.join(work, `cache-ours-${run}`);
    const cacheB = path.join(work, `cache-base-${run}`);
    base.push(await buildBaseline(corpus, cacheB, path.join(work, `out-base-${run}`)));
    ours.push(await buildOurs(corpus, cacheA, path.join(work, `out-ours-${run}`)));
    coldPhases = phasesOf(ours.at(-1)!.lines, ours.at(-1)!.ms, ours.at(-1)!.steps['search index']);
    log(
      `   run ${run + 1}: ours ${seconds(ours.at(-1)!.ms)}, baseline ${seconds(base.at(-1)!.ms)}`,
    );
    if (only.has('warm')) {
      const changed = path.join(corpus, 'explainers', 'bench-00000.md');
      appendFileSync(changed, `\nAn added sentence for warm run ${run}, said "a bench editor".\n`);
      warm.push(await buildOurs(corpus, cacheA, path.join(work, `out-ours-${run}`)));
      warmPhases = phasesOf(
        warm.at(-1)!.lines,
        warm.at(-1)!.ms,
        warm.at(-1)!.steps['search index'],
      );
      log(`   run ${run + 1}: warm rebuild ${seconds(warm.at(-1)!.ms)}`);
      if (run === RUNS - 1) digests = await digestCost(root, corpus, cacheA);
    }
    rmSync(cacheA, { recursive: true, force: true });
    rmSync(cacheB, { recursive: true, force: true });
    if (run < RUNS - 1) {
      rmSync(path.join(work, `out-ours-${run}`), { recursive: true, force: true });
      rmSync(path.join(work, `out-base-${run}`), { recursive: true, force: true });
    }
  }
  coldBuilds.set(`${kind}:${N}`, { ours, base });
  const rows: string[][] = [];
  const ourAstro = median(ours.map(astroStep));
  const baseMs = median(base.map((r) => r.ms));
  rows.push([
    'b. site build, wall (Astro step)',
    seconds(ourAstro),
    seconds(baseMs),
    ratio(ourAstro, baseMs),
  ]);
  const [ourPages, basePages] = [
    countPages(path.join(work, `out-ours-${RUNS - 1}`)),
    countPages(path.join(work, `out-base-${RUNS - 1}`)),
  ];
  const perPage = (ms: number, n: number) => `${(ms / n).toFixed(1)} ms × ${n} pages`;
  rows.push([
    'b. Astro step per page written',
    perPage(ourAstro, ourPages),
    perPage(baseMs, basePages),
    ratio(ourAstro / ourPages, baseMs / basePages),
  ]);
  const astroRss = median(ours.map((r) => r.rssByScript['astro.mjs'] ?? r.rss));
  const baseRss = median(base.map((r) => r.rss));
  rows.push(['b. peak RSS, Astro step', mb(astroRss), mb(baseRss), ratio(astroRss, baseRss)]);
  const searchTree = median(ours.map((r) => r.treeRss['search index'] ?? 0));
  if (searchTree > 0)
    rows.push(['b. peak RSS, search index (with Pagefind, sampled)', mb(searchTree), '—', '—']);
  for (const name of Object.keys(ours[0]!.steps).filter((s) => s !== 'astro build')) {
    rows.push([
      `b. post-step: ${name}`,
      seconds(median(ours.map((r) => r.steps[name] ?? 0))),
      '—',
      '—',
    ]);
  }
  const wholeMs = median(ours.map((r) => r.ms));
  rows.push([
    'b. whole `npm run build`',
    seconds(wholeMs),
    seconds(baseMs),
    ratio(wholeMs, baseMs),
  ]);
  if (kind === kinds[0]) {
    target(
      `Astro step vs plain site, ${N} ${kind}`,
      ourAstro / baseMs,
      ratio(ourAstro, baseMs),
      1.3,
      '≤ 1.3×',
    );
    target(
      `whole build vs plain site, ${N} ${kind}`,
      wholeMs / baseMs,
      ratio(wholeMs, baseMs),
      1.6,
      '≤ 1.6×',
    );
  }
  if (warm.length) {
    const warmMs = median(warm.map((r) => r.ms));
    rows.push([
      'c. warm rebuild, one file changed (whole build)',
      seconds(warmMs),
      `${seconds(wholeMs)} cold`,
      ratio(warmMs, wholeMs),
    ]);
    rows.push([
      'c. warm rebuild, one file changed (Astro step)',
      seconds(median(warm.map(astroStep))),
      `${seconds(ourAstro)} cold`,
      ratio(median(warm.map(astroStep)), ourAstro),
    ]);
    if (kind === kinds[0])
      target(
        `warm rebuild vs cold, ${N} ${kind}`,
        warmMs / wholeMs,
        ratio(warmMs, wholeMs),
        0.1,
        '≤ 0.10×',
      );
  }
  if (warmPhases && coldPhases) {
    const cold = new Map(coldPhases.phases.map((p) => [p.name, p.ms]));
    const itemRows = warmPhases.phases.map((p) => [
      p.name,
      seconds(p.ms),
      cold.has(p.name) ? seconds(cold.get(p.name)!) : '—',
      p.what,
    ]);
    if (digests) {
      itemRows.push(
        [
          '… of which: code digest',
          millis(digests.codeMs),
          '',
          'every module the pipeline loads and the lockfile, read and hashed (measured apart)',
        ],
        [
          '… of which: file digests',
          millis(digests.filesMs),
          '',
          `${N} explainer files read and hashed (measured apart)`,
        ],
        [
          '… of which: model checks',
          millis(digests.modelsMs),
          '',
          `${digests.models} cached models read back and checked by the hash they were written with (measured apart; ${millis(digests.modelsSchemaMs)} checking each against the schema instead)`,
        ],
      );
    }
    notes.push(
      `### c. Warm rebuild, itemised (${kind}, last run)\n\n` +
        `Pages rendered ${warmPhases.rendered}, restored from Astro's cache ${warmPhases.restored} ` +
        `(cold: ${coldPhases.rendered} rendered); rendered again: ` +
        Object.entries(warmPhases.renderedBy)
          .sort((x, y) => y[1] - x[1])
          .map(([where, count]) => `${where} ${count}`)
          .join(', ') +
        (warmPhases.search ? `; search index: ${warmPhases.search}` : '') +
        '. Each phase ends at the log line that closes it.\n\n' +
        table(['phase', 'warm', 'cold', 'what it does'], itemRows),
    );
  }
  return { rows, notes };
}

/** d. Page weight of the last build of ours. */
function benchWeight(): string {
  const outDir = path.join(work, `out-ours-${RUNS - 1}`);
  const result = spawnSync(process.execPath, ['scripts/page-weight.ts', outDir], {
    cwd: root,
    encoding: 'utf8',
  });
  return result.status === 0
    ? '```\n' + result.stdout.trim() + '\n```'
    : `scripts/page-weight.ts failed: ${result.stderr.trim().split('\n')[0]}`;
}

/** e. The editor's loop on the sample content and on a generated corpus. */
async function benchDev(): Promise<string> {
  const rows: string[][] = [];
  const cases: Array<{ name: string; content: string; limit: number; goal: string }> = [];
  const sample = path.join(work, 'content-sample');
  cpSync(path.join(root, 'content'), sample, { recursive: true });
  if (!options['dev-no-sample'])
    cases.push({ name: 'sample content', content: sample, limit: 300, goal: '≤ 300 ms' });
  if (DEV_N > 0) {
    const kind = kinds[0]!;
    cases.push({
      name: `${DEV_N} ${kind} explainers`,
      content: corpusFolder(kind, DEV_N).dir,
      limit: 500,
      goal: '≤ 500 ms',
    });
  }
  for (const c of cases) {
    const cache = path.join(work, `cache-dev-${rows.length}`);
    const profileTo = options['dev-cpu-prof']
      ? path.resolve(
          options['dev-cpu-prof'].replace(
            '{case}',
            c.content === sample ? 'sample' : String(DEV_N),
          ),
        )
      : undefined;
    const result = await devLoop({
      root,
      content: c.content,
      cache,
      edits: EDITS,
      wait: DEV_WAIT,
      cpuProfile: profileTo !== undefined,
    });
    if (profileTo && result.profile) {
      writeFileSync(profileTo, JSON.stringify(result.profile));
      const summary = summarise(result.profile, root);
      const top = (list: typeof summary.byModule) =>
        list
          .slice(0, 25)
          .map((e) => `     ${millis(e.ms).padStart(9)}  ${e.name}`)
          .join('\n');
      log(
        `   dev server profile over ${EDITS} edits (${profileTo}), ${millis(summary.totalMs)} sampled, self time:\n` +
          `${top(summary.byModule)}\n   by function:\n${top(summary.byFunction)}`,
      );
    }
    const m = median(result.edits);
    log(`e. dev loop, ${c.name}: median ${millis(m)} (${result.edits.map(millis).join(', ')})`);
    if (result.cpu.length > 0) {
      log(
        `   dev server CPU, save to page: median ${millis(median(result.cpu))} (${result.cpu.map(millis).join(', ')})`,
      );
    }
    result.marks.forEach((marks, i) => {
      if (marks.length === 0) return;
      const page = result.edits[i]!;
      const lines = marks.map(([at, label]) => `${at.toFixed(0).padStart(6)} ms  ${label}`);
      log(`   edit ${i + 1} (page at ${page.toFixed(0)} ms):\n${lines.join('\n')}`);
    });
    rows.push([
      c.name,
      millis(m),
      `${millis(Math.min(...result.edits))} – ${millis(Math.max(...result.edits))}`,
      seconds(result.startMs),
    ]);
    target(`editor's loop, ${c.name}`, m, millis(m), c.limit, c.goal);
    rmSync(cache, { recursive: true, force: true });
  }
  return (
    `### e. Editor's loop (\`astro dev\`, ${EDITS} edits each)\n\n` +
    'From writing the explainer file to the dev server serving its page with the new sentence ' +
    (DEV_WAIT === 'reload'
      ? '(the page fetched when the dev server tells the browser to reload, as the browser does).\n\n'
      : '(the page fetched again and again until it appears).\n\n') +
    table(['content', 'median', 'range', 'server start to first page'], rows)
  );
}

/** f. Cold builds at each size: time and peak RSS per step, and how each grows with N. */
async function benchScale(kind: CorpusKind): Promise<string> {
  interface Point {
    n: number;
    ours: Run;
    base: Run;
    phases: Phases;
  }
  const points: Point[] = [];
  for (const n of sizes) {
    let known = coldBuilds.get(`${kind}:${n}`);
    if (!known) {
      const { dir } = corpusFolder(kind, n);
      const base = await buildBaseline(
        dir,
        path.join(work, `cache-sb-${n}`),
        path.join(work, `out-sb-${n}`),
      );
      const ours = await buildOurs(
        dir,
        path.join(work, `cache-so-${n}`),
        path.join(work, `out-so-${n}`),
      );
      for (const name of [
        `cache-sb-${n}`,
        `out-sb-${n}`,
        `cache-so-${n}`,
        `out-so-${n}`,
        `content-${kind}-${n}`,
      ])
        rmSync(path.join(work, name), { recursive: true, force: true });
      known = { ours: [ours], base: [base] };
      log(`f. scale ${kind} ${n}: ours ${seconds(ours.ms)}, baseline ${seconds(base.ms)}`);
    }
    const ours = known.ours[known.ours.length >> 1]!;
    points.push({
      n,
      ours,
      base: known.base[known.base.length >> 1]!,
      phases: phasesOf(ours.lines, ours.ms, ours.steps['search index']),
    });
  }
  const phaseMs = (p: Point, name: string) => p.phases.phases.find((x) => x.name === name)?.ms ?? 0;
  const measures: Array<{
    name: string;
    value: (p: Point) => number;
    show: (v: number) => string;
  }> = [
    { name: 'whole `npm run build`', value: (p) => p.ours.ms, show: seconds },
    { name: 'Astro step', value: (p) => astroStep(p.ours), show: seconds },
    { name: '… content sync', value: (p) => phaseMs(p, 'content sync'), show: seconds },
    { name: '… bundling', value: (p) => phaseMs(p, 'bundling'), show: seconds },
    { name: '… pages', value: (p) => phaseMs(p, 'pages'), show: seconds },
    { name: 'search index', value: (p) => p.ours.steps['search index'] ?? 0, show: seconds },
    { name: 'plain Astro site', value: (p) => p.base.ms, show: seconds },
    {
      name: 'Astro step / plain site',
      value: (p) => astroStep(p.ours) / p.base.ms,
      show: (v) => `${v.toFixed(2)}×`,
    },
    {
      name: 'whole build / plain site',
      value: (p) => p.ours.ms / p.base.ms,
      show: (v) => `${v.toFixed(2)}×`,
    },
    {
      name: 'peak RSS, Astro step',
      value: (p) => p.ours.rssByScript['astro.mjs'] ?? p.ours.rss,
      show: mb,
    },
    {
      name: 'peak RSS, search index (tree, sampled)',
      value: (p) => p.ours.treeRss['search index'] ?? 0,
      show: mb,
    },
    { name: 'peak RSS, plain site', value: (p) => p.base.rss, show: mb },
  ];
  const rows = measures.map((m) => {
    const isRatio = m.name.includes('/');
    return [
      m.name,
      ...points.map((p) => m.show(m.value(p))),
      isRatio ? '—' : describeGrowth(growth(points.map((p) => ({ n: p.n, value: m.value(p) })))),
    ];
  });
  for (const p of points) {
    if (p.n === 1000 || p.n === 10_000) {
      const r = astroStep(p.ours) / p.base.ms;
      target(`Astro step vs plain site, ${p.n} ${kind}`, r, `${r.toFixed(2)}×`, 1.3, '≤ 1.3×');
      const w = p.ours.ms / p.base.ms;
      target(`whole build vs plain site, ${p.n} ${kind}`, w, `${w.toFixed(2)}×`, 1.6, '≤ 1.6×');
    }
    if (p.n === 10_000) {
      const rss = Math.max(p.ours.rss, ...Object.values(p.ours.treeRss));
      target(`peak RSS at 10,000 ${kind}`, rss / 1024 ** 3, mb(rss), 3.5, '≤ 3.5 GB');
    }
  }
  return (
    `### f. Scale (${kind}; one cold build of each site per size)\n\n` +
    'Growth: the exponent k of t ∝ N^k fitted over all sizes, and the factor per doubling of N ' +
    'between neighbouring sizes (×2.00 is linear).\n\n' +
    table(['measure', ...points.map((p) => `N=${p.n}`), 'growth'], rows)
  );
}

for (const kind of kinds) {
  const sectionRows: string[][] = [];
  const notes: string[] = [];
  const needsCorpus = ['pipeline', 'build', 'warm'].some((m) => only.has(m));
  if (needsCorpus) {
    const { dir, bytes } = corpusFolder(kind, N);
    if (only.has('pipeline')) {
      const { rows, notes: more } = await benchPipeline(kind, dir, bytes);
      sectionRows.push(...rows);
      notes.push(...more);
      if (kind === kinds[0]) {
        const r = Number(rows[0]![3]!.replace('×', ''));
        target(`pipeline vs bare unified, ${kind}`, r, rows[0]![3]!, 1.15, '≤ 1.15×');
      }
    }
    if (only.has('build') || only.has('warm')) {
      const { rows, notes: more } = await benchBuilds(kind, dir);
      sectionRows.push(...rows);
      notes.push(...more);
      if (only.has('weight')) notes.push(`### d. Page weight (gzip, ${kind})\n\n${benchWeight()}`);
    }
    report.push(
      `## ${kind === 'realistic' ? 'Realistic' : 'Synthetic (worst case)'} corpus, ${N} explainers (${(bytes / 1024 / 1024).toFixed(2)} MB)\n\n` +
        `Each figure is the median of ${RUNS} run${RUNS === 1 ? '' : 's'}; ratios compare against a baseline measured in the same run.\n\n` +
        table(['measure', 'ours', 'baseline', 'ratio'], sectionRows) +
        (notes.length ? `\n\n${notes.join('\n\n')}` : ''),
    );
    rmSync(dir, { recursive: true, force: true });
  }
}
if (only.has('dev')) report.push(await benchDev());
if (only.has('scale')) for (const kind of kinds) report.push(await benchScale(kind));

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const command = process.argv.slice(2).join(' ');
const section = [
  `## Run of ${new Date().toISOString().slice(0, 10)} (\`npm run bench${command ? ` -- ${command}` : ''}\`)`,
  `Measured on ${machine}.`,
  targets.length
    ? `### Targets (issue 18)\n\n${table(['measure', 'now', 'target', ''], targets)}`
    : '',
  ...report,
]
  .filter(Boolean)
  .join('\n\n');
console.log(`\n${section}\n`);
if (options.out) {
  const file = path.resolve(root, options.out);
  if (options.append) appendFileSync(file, `\n${section}\n`);
  else
    writeFileSync(
      file,
      `${readFileSync(path.join(root, 'scripts/bench/report-head.md'), 'utf8')}\n${section}\n`,
    );
}
// Old outputs may still be being removed in the background (src/cli/output-folder.ts).
rmSync(work, { recursive: true, force: true, maxRetries: 50, retryDelay: 100 });
