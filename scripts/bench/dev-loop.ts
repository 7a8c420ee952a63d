/**
 * The editor's loop: with `astro dev` running on a content folder, how long from saving an
 * explainer to the dev server serving the page with the new text. Each edit writes a sentence with
 * a fresh marker into the file, then fetches the page again and again (one request at a time)
 * until the marker is in it; the time is taken when that response has arrived.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { CpuProfile } from './profile.ts';

export interface DevLoop {
  /** Milliseconds from each save to the updated page, in order. */
  edits: number[];
  /**
   * With `EXPLAINERS_DEV_TIMING` set: per edit, the dev server's timestamps (`src/loading/
   * dev-timing.ts`) as milliseconds after the save, in order, each with its label.
   */
  marks: Array<Array<[number, string]>>;
  /**
   * CPU milliseconds the dev server's process used (all its threads) from each save to the
   * updated page, from `/proc` (Linux; empty elsewhere), in steps of the kernel's clock tick.
   */
  cpu: number[];
  /** Milliseconds from starting `astro dev` to the first page served. */
  startMs: number;
  /** With `cpuProfile`: the dev server's main thread profiled over all the edits. */
  profile?: CpuProfile;
}

/** A TCP port on the loopback interface that nothing listens on now. */
/** `astro dev` of the project at `root` on 127.0.0.1:`port`, with what it prints collected. */
export function spawnAstroDev(
  root: string,
  port: number,
  env: NodeJS.ProcessEnv,
  nodeOptions: readonly string[] = [],
): { server: ChildProcessByStdio<null, Readable, Readable>; output: () => string } {
  const server = spawn(
    process.execPath,
    [
      ...nodeOptions,
      path.join(root, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      // Astro 7 keeps one dev server per project in a lock file and refuses a second one: the
      // tests start two (on different content) that may overlap, and a lock left by a killed
      // server must not stop the next. The flag also keeps the server in the foreground where
      // Astro would move it to the background for a coding agent.
      '--ignore-lock',
    ],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { server, output: () => output };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Wall-clock milliseconds, comparable with the dev server's `[dev-timing]` lines. */
const now = () => performance.timeOrigin + performance.now();

/** CPU milliseconds (user and system) a process has used so far, if `/proc` says. */
function cpuOf(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from the third: utime is 14th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** The `[dev-timing]` lines of `text`, as [milliseconds after `since`, label]. */
function marksIn(text: string, since: number): Array<[number, string]> {
  return [...text.matchAll(/^\[dev-timing\] ([\d.]+) (.*)$/gm)].map((m): [number, string] => [
    Number(m[1]) - since,
    m[2]!,
  ]);
}

/**
 * V8's sampling profiler in the dev server (started with `--inspect`), driven over the inspector's
 * websocket: `start()` before the edits, `stop()` after them gives the profile.
 */
async function inspectorProfiler(
  output: () => string,
): Promise<{ start: () => Promise<void>; stop: () => Promise<CpuProfile> }> {
  let address: string | undefined;
  for (let i = 0; i < 300 && !address; i += 1) {
    address = /Debugger listening on (ws:\/\/\S+)/.exec(output())?.[1];
    if (!address) await sleep(100);
  }
  if (!address) throw new Error(`The dev server gave no inspector address:\n${output()}`);
  const socket = new WebSocket(address);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let id = 0;
  const answers = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) answers.get(message.id)?.(message.result);
  });
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      id += 1;
      answers.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    start: async () => {
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
    },
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
      socket.close();
      return profile;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetch `url` until its body passes `done`; returns when it does, or throws after `limitMs`. */
async function pollUntil(
  url: string,
  done: (body: string) => boolean,
  limitMs: number,
  log: () => string,
): Promise<void> {
  const until = performance.now() + limitMs;
  while (performance.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok && done(await response.text())) return;
    } catch {
      // Not listening yet, or restarting.
    }
    await sleep(10);
  }
  throw new Error(`${url} did not show the change within ${limitMs} ms:\n${log().slice(-4000)}`);
}

/**
 * The dev server's reload messages, as the browser gets them: Vite's HMR websocket (with the
 * token its client script carries). `next()` resolves at the next `full-reload` after the call.
 */
async function reloadMessages(
  base: string,
): Promise<{ next: () => Promise<void>; close: () => void }> {
  const client = await (await fetch(new URL('@vite/client', base))).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}?token=${token}`, 'vite-hmr');
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let waiting: Array<() => void> = [];
  socket.addEventListener('message', (event) => {
    const payload = JSON.parse(String(event.data)) as { type?: string };
    if (payload.type !== 'full-reload') return;
    const resolve = waiting;
    waiting = [];
    for (const r of resolve) r();
  });
  return {
    next: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: () => socket.close(),
  };
}

export async function devLoop({
  root,
  content,
  cache,
  edits,
  limitMs = 600_000,
  wait = 'reload',
  cpuProfile = false,
}: {
  root: string;
  /** A content folder the benchmark may edit (a copy). */
  content: string;
  cache: string;
  edits: number;
  limitMs?: number;
  /**
   * How the page is fetched after a save: `reload` as a browser does (when the dev server sends
   * its reload message, and again at each further one until the page shows the change), `poll`
   * again and again (each request renders the page, on the dev server's one thread).
   */
  wait?: 'reload' | 'poll';
  /** Profile the dev server's main thread over the edits (it runs with `--inspect`). */
  cpuProfile?: boolean;
}): Promise<DevLoop> {
  const folder = path.join(content, 'explainers');
  const name = readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .sort()[0]!;
  const file = path.join(folder, name);
  const original = readFileSync(file, 'utf8');
  const slug = name.replace(/\.md$/, '');
  const port = await freePort();
  const started = performance.now();
  const { server, output } = spawnAstroDev(
    root,
    port,
    {
      ...process.env,
      NODE_ENV: 'development',
      EXPLAINERS_CONTENT: content,
      EXPLAINERS_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    cpuProfile ? ['--inspect=127.0.0.1:0'] : [],
  );
  const url = `http://127.0.0.1:${port}/explainers/${slug}/`;
  const times: number[] = [];
  const marks: Array<Array<[number, string]>> = [];
  const cpu: number[] = [];
  let closeReloads = () => {};
  try {
    await pollUntil(url, () => true, limitMs, output);
    const startMs = performance.now() - started;
    const reloads = wait === 'reload' ? await reloadMessages(new URL('/', url).href) : undefined;
    closeReloads = () => reloads?.close();
    const profiler = cpuProfile ? await inspectorProfiler(output) : undefined;
    await profiler?.start();
    for (let edit = 0; edit < edits; edit += 1) {
      const marker = `benchedit${edit}x${Math.random().toString(36).slice(2, 8)}`;
      const outputBefore = output().length;
      const cpuBefore = cpuOf(server.pid);
      const savedAt = now();
      writeFileSync(file, `${original}\nThe editor added ${marker} in this sentence.\n`);
      const saved = performance.now();
      if (reloads) {
        const until = saved + limitMs;
        for (;;) {
          const reloaded = reloads.next();
          // A reload lost or not sent: look again every second.
          await Promise.race([reloaded, sleep(1000)]);
          if ((await (await fetch(url)).text()).includes(marker)) break;
          if (performance.now() > until) throw new Error(`${url} did not change:\n${output()}`);
        }
      } else {
        await pollUntil(url, (body) => body.includes(marker), limitMs, output);
      }
      times.push(performance.now() - saved);
      const cpuAfter = cpuOf(server.pid);
      if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
      // Let the watcher settle, as between two saves by hand.
      await sleep(200);
      marks.push(marksIn(output().slice(outputBefore), savedAt));
    }
    const profile = await profiler?.stop();
    return { edits: times, startMs, marks, cpu, ...(profile ? { profile } : {}) };
  } finally {
    closeReloads();
    writeFileSync(file, original);
    if (server.exitCode === null) {
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }
}
