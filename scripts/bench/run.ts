/**
 * Running one benchmarked command: wall time, the time each line of its output arrived (for the
 * phases of a build, see `phases.ts`), the exact peak RSS of each of its Node processes (from
 * `rss-probe.ts`), and the peak RSS of its whole process tree sampled from /proc (which also
 * sees Pagefind's native process), kept apart per build step.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { withAllocatorEnv } from '../../src/cli/allocator.ts';

export interface Line {
  /** Milliseconds after the command started. */
  at: number;
  text: string;
}

export interface Run {
  ms: number;
  /** Largest peak RSS of one Node process (bytes). */
  rss: number;
  /** Peak RSS of each Node process, by its script (bytes). */
  rssByScript: Record<string, number>;
  /** Peak RSS of the whole process tree while each step ran (bytes; sampled), by step. */
  treeRss: Record<string, number>;
  /** Step durations from `npm run build`'s "Built … (step: s, …)" line. */
  steps: Record<string, number>;
  lines: Line[];
  stdout: string;
}

export interface RunOptions {
  cwd: string;
  env: Record<string, string>;
  /** Folder for the probe's files. */
  work: string;
  probe: string;
  /** Which step a process tree is in, from its command lines (default: "all"). */
  stepOf?: (commands: readonly string[]) => string;
}

/** The pid, parent pid and command line of every process (Linux /proc; empty elsewhere). */
function processTable(): Array<{ pid: number; ppid: number; command: string }> {
  const table: Array<{ pid: number; ppid: number; command: string }> = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      table.push({ pid: Number(pid), ppid, command });
    } catch {
      // Gone while we looked.
    }
  }
  return table;
}

/** Resident set size of a process in bytes (0 when it is gone). */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** The processes under `root` (itself included), with their command lines. */
function tree(root: number): Array<{ pid: number; command: string }> {
  const table = processTable();
  const children = new Map<number, typeof table>();
  for (const entry of table) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
  const found: Array<{ pid: number; command: string }> = [];
  const pending = table.filter((entry) => entry.pid === root);
  while (pending.length > 0) {
    const entry = pending.pop()!;
    found.push(entry);
    pending.push(...(children.get(entry.pid) ?? []));
  }
  return found;
}

/** Run `process.execPath args…` and measure it; throws with its output when it fails. */
export async function measure(args: string[], options: RunOptions): Promise<Run> {
  const rssFile = path.join(
    options.work,
    `rss-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  );
  writeFileSync(rssFile, '');
  // Flush what earlier runs wrote, so their write-back does not land in this run's time (on a
  // virtual disk it otherwise made the same build vary by half). No-op where `sync` is missing.
  spawnSync('sync');
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    // Both sites' Astro with the allocator setting `npm run build` gives Astro (`allocator.ts`).
    env: {
      ...withAllocatorEnv(process.env),
      ...options.env,
      BENCH_RSS_FILE: rssFile,
      NODE_OPTIONS: `--import=${options.probe}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Line[] = [];
  let stdout = '';
  let stderr = '';
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (text) => {
    lines.push({ at: performance.now() - started, text });
    stdout += `${text}\n`;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const treeRss: Record<string, number> = {};
  const stepOf = options.stepOf ?? (() => 'all');
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const processes = tree(child.pid);
    if (processes.length === 0) return;
    const step = stepOf(processes.map((p) => p.command));
    const total = processes.reduce((sum, p) => sum + rssOf(p.pid), 0);
    treeRss[step] = Math.max(treeRss[step] ?? 0, total);
  }, 100);
  const [status] = (await once(child, 'close')) as [number | null];
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (status !== 0) throw new Error(`${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  const rssByScript: Record<string, number> = {};
  for (const line of readFileSync(rssFile, 'utf8').split('\n').filter(Boolean)) {
    const [kib, script = '?'] = line.split('\t');
    const name = path.basename(script);
    rssByScript[name] = Math.max(rssByScript[name] ?? 0, Number(kib) * 1024);
  }
  const steps: Record<string, number> = {};
  const built = /Built .*\((.*)\)/.exec(stdout)?.[1] ?? '';
  for (const [, name, value] of built.matchAll(/([^:,]+): ([\d.]+) s/g))
    steps[name!.trim()] = Number(value) * 1000;
  return {
    ms,
    rss: Math.max(0, ...Object.values(rssByScript)),
    rssByScript,
    treeRss,
    steps,
    lines,
    stdout,
  };
}

/** The step of `npm run build` a process tree is in: Astro's while it runs, then the post-steps. */
export function buildStep(commands: readonly string[]): string {
  if (commands.some((c) => c.includes('astro.mjs'))) return 'astro build';
  return 'search index';
}
