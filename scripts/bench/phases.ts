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
  /** Pages rendered, counted by their first path segment (`explainers/<slug>` for explainers). */
  renderedBy: Record<string, number>;
  /** The search step's own account: parts of the index, and how many Pagefind indexed. */
  search?: string;
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
    what: 'Astro process ends; Pagefind indexes the parts whose pages or records changed, the others are linked from the build cache',
  },
  {
    name: 'swap-in',
    until: /^Built /,
    what: 'the new output renamed in, the old one renamed aside',
  },
];

/**
 * The phases of a build from its output lines and wall time; `searchMs` (the search step's own
 * time, from the "Built" line) splits Astro's exit from the search index.
 */
export function phasesOf(lines: readonly Line[], totalMs: number, searchMs?: number): Phases {
  const phases: Phase[] = [];
  let from = 0;
  let index = 0;
  for (const mark of MARKS) {
    const found = lines.findIndex((line, i) => i >= index && mark.until.test(line.text));
    if (found < 0) continue;
    const ms = lines[found]!.at - from;
    if (mark.name === 'Astro exit and search index' && searchMs !== undefined) {
      phases.push(
        { name: 'Astro exit', ms: Math.max(0, ms - searchMs), what: 'the Astro process ends' },
        {
          name: 'search index',
          ms: searchMs,
          what: 'Pagefind indexes the parts whose pages or records changed, the others are linked from the build cache',
        },
      );
    } else phases.push({ name: mark.name, ms, what: mark.what });
    from = lines[found]!.at;
    index = found + 1;
  }
  phases.push({
    name: 'clean-up and exit',
    ms: totalMs - from,
    what: 'the work folder (with the previous output) renamed aside for a background removal, the lock released',
  });
  // Concurrent pages can share a line (and run into the next one's time): read page marks.
  const text = lines.map((line) => line.text).join('\n');
  const renderedBy: Record<string, number> = {};
  let rendered = 0;
  let restored = 0;
  for (const [, page, again] of text.matchAll(
    /[├└]─ \/(\S*?(?:\.html|\.jsonld|\.json|\.csv|\.xml|\.txt))( \(restored\))?/g,
  )) {
    if (again) {
      restored += 1;
      continue;
    }
    rendered += 1;
    const parts = page!.split('/');
    const key =
      parts[0] === 'explainers' && parts.length > 2
        ? `explainers/${parts[1]}`
        : parts.length > 1
          ? parts[0]!
          : page!;
    renderedBy[key] = (renderedBy[key] ?? 0) + 1;
  }
  const search = /^Search index: .*? in (\d+ parts?, \d+ indexed)/m.exec(text)?.[1];
  return { phases, rendered, restored, renderedBy, ...(search ? { search } : {}) };
}
