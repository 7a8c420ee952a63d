/**
 * Where the pipeline's time goes: a CPU profile (V8's sampling profiler, the one `--cpu-prof`
 * writes) of a function, summed by self time per module (our files by path, packages by name)
 * and per function. The raw profile can be written for Chrome DevTools or speedscope.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProfileSummary {
  totalMs: number;
  /** Self time per module, largest first. */
  byModule: Array<{ name: string; ms: number }>;
  /** Self time per function (with its module), largest first. */
  byFunction: Array<{ name: string; ms: number }>;
}

/** Our files by path from the root, packages by name, Node's own code and V8's pseudo-frames. */
function moduleOf(url: string, functionName: string, root: string): string {
  if (!url) return functionName || '(anonymous)';
  if (url.startsWith('node:')) return 'node (built-in)';
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  const packages = file.lastIndexOf('node_modules/');
  if (packages >= 0) {
    const parts = file.slice(packages + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return path.isAbsolute(file) ? path.relative(root, file) : file;
}

export async function profile(
  run: () => Promise<void>,
  root: string,
  writeTo?: string,
): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  await run();
  const { profile: cpu } = await session.post('Profiler.stop');
  session.disconnect();
  if (writeTo) writeFileSync(writeTo, JSON.stringify(cpu));
  return summarise(cpu, root);
}

/** A CPU profile as V8 writes it (the fields {@link summarise} reads). */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { url: string; functionName: string; lineNumber: number };
  }>;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time of a CPU profile per module and per function. */
export function summarise(cpu: CpuProfile, root: string): ProfileSummary {
  const self = new Map<number, number>();
  const samples = cpu.samples ?? [];
  const deltas = cpu.timeDeltas ?? [];
  samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const node of cpu.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    // Stopping the profiler builds the profile on this thread; those samples are not the run's.
    if (url === 'node:inspector/promises' || url === 'node:inspector') continue;
    totalMs += ms;
    const module = moduleOf(url, functionName, root);
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} (${module}${url ? `:${lineNumber + 1}` : ''})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) =>
    [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { totalMs, byModule: sorted(byModule), byFunction: sorted(byFunction) };
}
