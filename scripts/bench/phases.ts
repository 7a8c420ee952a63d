/**
 * The phases of one `npm run build`, from the time each line of its output arrived (Astro's own
 * log lines mark where a phase ends), and how many pages Astro rendered against how many it
 * restored from its incremental cache. Used to itemise the fixed cost of a warm rebuild.
 */
import type { Line } from './run.ts';

export interface Phase {
  name: string;
  ms: number;
  /** What the phase does, for the report. */
  what: string;
}

export interface Phases {
  phases: Phase[];
  rendered: number;
  restored: number;
}

/** Each phase ends at the first line (after the previous phase's end) matching `until`. */
const MARKS: Array<{ name: string; until: RegExp; what: string }> = [
  {
    name: 'start-up',
    until: /\[content\] Syncing content/,
    what: 'Node, the build lock and fresh work folder, Astro and its config (which loads the settings and the pipeline), Vite',
  },
  {
    name: 'content sync',
    until: /\[content\] Synced content/,
    what: 'every file read and digested, every unchanged model checked, changed files through the pipeline, the store written',
  },
  {
    name: 'types and build info',
    until: /Building static entrypoints/,
    what: 'Astro generates the content types and collects the routes',
  },
  {
    name: 'bundling',
    until: /generating static routes/,
    what: 'Vite bundles the server and client code (the store is in the server bundle)',
  },
  {
    name: 'pages',
    until: /^(?:\S+ )?✓ Completed in/,
    what: 'getStaticPaths (site-wide indexes), pages rendered or restored from the incremental cache and written',
  },
  {
    name: 'site-wide finish',
    until: /\[build\] Complete!/,
    what: 'sitemap, static assets copied, the incremental cache saved',
  },
  {
    name: 'Astro exit and search index',
    until: /^Search index:/,
    what: 'Astro process ends; Pagefind indexes every explainer page and every annotation record again',
  },
  {
    name: 'swap-in and clean-up',
    until: /^Built /,
    what: 'the new output renamed in, the old one and the work folder removed',
  },
];

export function phasesOf(lines: readonly Line[], totalMs: number): Phases {
  const phases: Phase[] = [];
  let from = 0;
  let index = 0;
  for (const mark of MARKS) {
    const found = lines.findIndex((line, i) => i >= index && mark.until.test(line.text));
    if (found < 0) continue;
    phases.push({ name: mark.name, ms: lines[found]!.at - from, what: mark.what });
    from = lines[found]!.at;
    index = found + 1;
  }
  phases.push({ name: 'process exit', ms: totalMs - from, what: 'the build script ends' });
  // Concurrent pages can share a line; count the page marks, not the lines.
  const text = lines.map((line) => line.text).join('\n');
  const pages = text.match(/[├└]─ \//g)?.length ?? 0;
  const restored = text.match(/\(restored\)/g)?.length ?? 0;
  return { phases, rendered: pages - restored, restored };
}
